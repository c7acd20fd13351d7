/**
 * Saves text as a file through a Blob URL and <a download>: local only, no network. A large
 * export comes in parts (issue 15): the Blob joins them, no single string holds the file.
 */
export function downloadText(filename: string, text: string | readonly string[], mime: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : [...text], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: revoking synchronously can cancel the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
