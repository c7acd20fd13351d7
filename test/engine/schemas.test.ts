import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas } from '../../src/engine/jsonSchemas';

const docs = join(import.meta.dirname, '..', '..', 'docs');

describe('published JSON Schemas', () => {
  it.each(Object.entries(buildJsonSchemas()))('docs/%s is up to date (run `npm run schemas`)', (name, text) => {
    expect(readFileSync(join(docs, name), 'utf8')).toBe(text);
  });

  it('the snapshot schema names the v1 format and requires the contract fields', () => {
    const s = JSON.parse(buildJsonSchemas()['snapshot.schema.json']!);
    expect(s.properties.format.const).toBe('starguard.snapshot');
    expect(s.required).toEqual(expect.arrayContaining(['format', 'version', 'capturedAt', 'account', 'orders', 'radarTasks', 'starLevel']));
  });
});
