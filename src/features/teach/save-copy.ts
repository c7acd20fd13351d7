/** The redacted copy of the page as it is now (issue 18): a clone is redacted, the live page never changes. */
import { createPlaceholders, redactDocument, serializeDocument } from '../../redact';

export function redactedCopy(doc: Document): string {
  const clone = doc.cloneNode(true) as Document;
  redactDocument(clone, createPlaceholders());
  return serializeDocument(clone);
}


