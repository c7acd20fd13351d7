/** `npm run score -- <snapshot.json> [--as-of YYYY-MM-DD]`: prints one JSON report (issue 2). */
import { readFileSync } from 'node:fs';
import { runScoreCli } from '../src/engine/cli';

const result = runScoreCli(process.argv.slice(2), {
  readText: (path) => readFileSync(path, 'utf8'),
  now: () => new Date(),
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
