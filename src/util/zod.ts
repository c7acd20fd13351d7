/**
 * The one place zod is imported from. MV3 extension pages forbid `new Function`, so zod must
 * never try its JIT: jitless is set before any schema is built.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
