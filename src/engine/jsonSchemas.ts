/**
 * JSON Schemas published in docs/ (issue 2), generated from the zod schemas with zod 4's
 * z.toJSONSchema. `npm run schemas` writes them; test/engine/schemas.test.ts fails when stale.
 */
import { z } from '../util/zod';
import { Snapshot } from '../snapshot/schema';
import { Report } from '../report/schema';

/** File name under docs/ → file contents (stable formatting, trailing newline). */
export function buildJsonSchemas(): Record<string, string> {
  return {
    // A snapshot is what producers write: describe the input side.
    'snapshot.schema.json': `${JSON.stringify({ ...z.toJSONSchema(Snapshot, { io: 'input' }), $id: 'https://starguard.local/snapshot.schema.json', title: 'StarGuard snapshot v1' }, null, 2)}\n`,
    'report.schema.json': `${JSON.stringify({ ...z.toJSONSchema(Report, { io: 'output' }), $id: 'https://starguard.local/report.schema.json', title: 'StarGuard scoring report' }, null, 2)}\n`,
  };
}
