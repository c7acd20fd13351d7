/**
 * "Save redacted copy" (issue 18): the page as it is now, with every identifying value replaced
 * (src/redact), saved as an HTML file through the export download pattern (a Blob URL; no
 * network). The live page is never changed: a clone is redacted.
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

export function buildSaveCopyButton(doc: Document, kind: string, label: string, title: string, now: () => Date): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = 'copy';
  b.dataset.saveCopy = '';
  b.textContent = label;
  b.title = title;
  b.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    downloadText(redactedFilename(kind, now()), redactedCopy(doc), 'text/html;charset=utf-8', doc);
  });
  return b;
}
