/**
 * "Save redacted copy" (issue 18): the page as it is now, with every identifying value replaced
 * (src/redact, loaded on the first click), saved as an HTML file through the export download
 * pattern (a Blob URL; no network). Only a trusted click (the seller) saves.
 */
import { downloadText } from '../../export/download';

export function redactedFilename(kind: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `starguard-${kind}-redacted-${stamp}.html`;
}

/** The redacted copy: `redactedCopy` itself in tests and redact.js, the lazily loaded one in the content script. */
export type CopyMaker = () => Promise<(doc: Document) => string>;

export function buildSaveCopyButton(doc: Document, kind: string, label: string, title: string, now: () => Date, make: CopyMaker): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = 'copy';
  b.dataset.saveCopy = '';
  b.textContent = label;
  b.title = title;
  b.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    make().then((copy) => downloadText(redactedFilename(kind, now()), copy(doc), 'text/html;charset=utf-8', doc))
      .catch((err: unknown) => console.debug('[StarGuard] redacted copy failed:', err instanceof Error ? err.message : err));
  });
  return b;
}
