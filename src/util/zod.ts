/**
 * The one place zod is imported from. MV3 extension pages forbid `new Function`, so zod must
 * never try its JIT: jitless is set before any schema is built.
 *
 * zod/mini (same zod 4 core, functional API: `z.nullable(x)`, `x.check(z.minLength(1))`) rather
 * than classic zod: classic's method chains and built-in JSON-schema support cost ~12 KB gzipped
 * in every bundle that validates, which the worker's 40 KB budget cannot carry (issue 7,
 * budgets.json; measured with bench/composition.ts). Parsing, inferred types, error issues and
 * `z.toJSONSchema` are the same. Classic zod registers the English error messages by itself;
 * mini does not, so they are registered here to keep every error message as it was.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config({ jitless: true });
z.config(en());

export { z };
