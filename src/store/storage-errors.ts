/**
 * What an IndexedDB failure means (issue 15), as Chromium 156 reports it on a real full disk
 * (test/browser/store-disk-full.test.ts; the messages below were seen there).
 */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const nameOf = (e: unknown): unknown => (e as { name?: unknown } | null)?.name;

/**
 * With `unlimitedStorage` no quota applies: a large value (a big account record, kept as a blob)
 * fails with DataError "Failed to write blobs (IOError)" and a small one with UnknownError
 * "… IO error: …: FILE_ERROR_NO_SPACE …"; QuotaExceededError where a quota does apply.
 */
const FULL_DISK = /quota|Failed to write blobs|FILE_ERROR_NO_SPACE|no space left/i;

export function isStorageFull(e: unknown): boolean {
  return nameOf(e) === 'QuotaExceededError' || FULL_DISK.test(errorMessage(e));
}

/**
 * Errors of a connection lost under an operation, not of the operation itself:
 * - Chrome closes idle connections ("The database connection is closing").
 * - When one write meets a full disk, Chromium closes EVERY connection to the database: that
 *   write fails with the disk's error, every other request in flight fails with AbortError
 *   ("The transaction was aborted, …") and an open racing the close with "Backend aborted error";
 *   opening again fails with "Internal error opening backing store" until the close is over.
 * StarGuard's own code never aborts a transaction without its own error, so an AbortError here is
 * the browser's.
 */
const LOST = /database connection is closing|connection was closed|Backend aborted error|Internal error opening backing store/i;

export function isConnectionLost(e: unknown): boolean {
  if (isStorageFull(e)) return false;
  return nameOf(e) === 'AbortError' || LOST.test(errorMessage(e));
}
