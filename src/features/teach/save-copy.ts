/**
 * "Save redacted copy" (issue 18): the page as it is now, with every identifying value replaced
 * (src/redact), saved as an HTML file through the export download pattern (a Blob URL; no
 * network). A clone is redacted; the live page never changes. Part of rescue.js (loaded on demand).
 */
import { createPlaceholders, redactDocument, serializeDocument } from '../../redact';
import { downloadText } from '../../export/download';

export function redactedCopy(doc: Document): string {
  const clone = doc.cloneNode(true) as Document;
  redactDocument(clone, createPlaceholders());
  return serializeDocument(clone);
}

export function redactedFilename(kind: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `starguard-${kind}-redacted-${stamp}.html`;
}

export function saveRedactedCopy(doc: Document, kind: string, now: Date): void {
  downloadText(redactedFilename(kind, now), redactedCopy(doc), 'text/html;charset=utf-8', doc);
}
