/**
 * Records keyed by ids a page wrote (order ids, radar task ids): an order id "__proto__" or
 * "constructor" is an id like any other (issue 12). Plain `{}` lookups would read
 * Object.prototype's members and `obj.__proto__ = x` would set the prototype, so these records
 * have no prototype and are read with `Object.hasOwn`. zod's `z.record` drops a "__proto__" key
 * when it parses; stored records use `idRecordOf` instead.
 */
import { z } from './zod';

/** A prototype-less copy of `from` (own keys only, "__proto__" included). */
export function idRecord<V>(from?: Readonly<Record<string, V>>): Record<string, V> {
  const out = Object.create(null) as Record<string, V>;
  if (from) for (const [k, v] of Object.entries(from)) out[k] = v;
  return out;
}

export function idGet<V>(record: Readonly<Record<string, V>>, id: string): V | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

const isPlainObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `z.record(z.string(), value)` that keeps every own key, "__proto__" too; parses to an `idRecord`. */
export function idRecordOf<T extends z.ZodMiniType>(value: T): z.ZodMiniType<Record<string, z.output<T>>, Record<string, z.input<T>>> {
  // Parsed as [key, value] pairs so that every key survives; issue paths are ["…", index, 1].
  const pairs = z.array(z.tuple([z.string(), value] as const));
  return z.pipe(
    z.transform((v: unknown) => (isPlainObject(v) ? Object.entries(v) : v)),
    z.pipe(pairs, z.transform((entries) => idRecord(Object.fromEntries(entries) as Record<string, z.output<T>>))),
  ) as unknown as z.ZodMiniType<Record<string, z.output<T>>, Record<string, z.input<T>>>;
}
