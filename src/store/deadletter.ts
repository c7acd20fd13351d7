/**
 * The inbox's dead-letter slot (issue 15): a page read that cannot be merged now (its account was
 * written by a newer StarGuard, or it failed every retry) is kept here with why, never dropped,
 * and never blocks the reads behind it.
 */
import { INBOX_PREFIX } from './records';

export const DEAD_LETTER_PREFIX = 'deadletter:';

export const deadLetterKey = (inboxKey: string): string => `${DEAD_LETTER_PREFIX}${inboxKey.slice(INBOX_PREFIX.length)}`;

export interface DeadLetter { at: string; error: string; raw: unknown }

export function deadLetter(raw: unknown, error: string, now: Date): DeadLetter {
  return { at: now.toISOString(), error, raw };
}
