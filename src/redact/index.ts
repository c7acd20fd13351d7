/** Redacted copies of pages and JSON responses for bug reports (issue 18). */
export { createPlaceholders, type Placeholders } from './placeholder';
export { redactText, looksLikeId, type RedactMode } from './text';
export { redactDocument, IDENTIFYING_FIELDS } from './html';
export { redactJson, redactJsonText } from './json';
export { serializeDocument } from './serialize';
