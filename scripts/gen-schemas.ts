/** `npm run schemas`: regenerates docs/*.schema.json from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildJsonSchemas } from '../src/engine/jsonSchemas';

const docs = join(import.meta.dirname, '..', 'docs');
for (const [name, text] of Object.entries(buildJsonSchemas())) {
  writeFileSync(join(docs, name), text);
  console.log(`wrote docs/${name}`);
}
