/**
 * "Save redacted copy" (issue 18): the button only; the redaction and the download (src/redact,
 * ./save-copy.ts) load on the first trusted click (rescue.js). Only the seller's click saves.
 */
export function buildSaveCopyButton(doc: Document, label: string, title: string, save: () => Promise<void>): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = 'copy';
  b.textContent = label;
  b.title = title;
  b.addEventListener('click', (e) => {
    if (e.isTrusted) save().catch((err: unknown) => console.debug('[StarGuard]', err));
  });
  return b;
}
