/**
 * The scoring command's logic, kept free of process/fs so it can be tested in-process; the thin
 * wrapper is scripts/score.ts. `npm run score -- <snapshot.json> [--as-of YYYY-MM-DD]`.
 */
import type { z } from '../util/zod';
import { Snapshot } from '../snapshot/schema';
import { Report } from '../report/schema';
import { isCalendarDate, todayInCst } from '../util/dates';
import { scoreSnapshot } from './score';

export const USAGE = 'usage: npm run score -- <snapshot.json> [--as-of YYYY-MM-DD]';

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CliDeps {
  readText(path: string): string;
  now(): Date;
}

/** `orders[3].shippedAt` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** One line per issue: `orders[3].shippedAt: expected a date YYYY-MM-DD`. */
export function formatIssues(error: z.core.$ZodError, max = 20): string {
  const lines = error.issues.slice(0, max).map((i) => `${formatPath(i.path)}: ${i.message}`);
  if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more`);
  return lines.join('\n');
}

function fail(message: string, exitCode = 1): CliResult {
  return { exitCode, stdout: '', stderr: `${message}\n` };
}

export function runScoreCli(args: readonly string[], deps: CliDeps): CliResult {
  let file: string | null = null;
  let asOf: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
    if (a === '--as-of' || a.startsWith('--as-of=')) {
      const value = a === '--as-of' ? args[++i] : a.slice('--as-of='.length);
      if (value === undefined || !isCalendarDate(value)) return fail(`--as-of: expected a date YYYY-MM-DD, got ${JSON.stringify(value ?? '')}\n${USAGE}`, 2);
      asOf = value;
    } else if (a.startsWith('-')) {
      return fail(`unknown option ${a}\n${USAGE}`, 2);
    } else if (file === null) {
      file = a;
    } else {
      return fail(`unexpected argument ${a}\n${USAGE}`, 2);
    }
  }
  if (file === null) return fail(USAGE, 2);

  let text: string;
  try {
    text = deps.readText(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return fail(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code ?? String(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = Snapshot.safeParse(json);
  if (!parsed.success) return fail(`${file} is not a valid StarGuard snapshot v1:\n${formatIssues(parsed.error)}`);

  const report = scoreSnapshot(parsed.data, asOf ?? todayInCst(deps.now()));
  const checked = Report.safeParse(report);
  if (!checked.success) return fail(`internal error: the report does not match its schema:\n${formatIssues(checked.error)}`, 3);
  return { exitCode: 0, stdout: `${JSON.stringify(checked.data, null, 2)}\n`, stderr: '' };
}
