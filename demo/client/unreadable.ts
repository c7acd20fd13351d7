/**
 * Tests only (issue 13): `window.__demoUnreadable = true` (set by a test's init script in every
 * frame) makes the demo render pages whose tables and detail facts no table reader can read, as
 * after a redesign, while the pages still load their own JSON: a browsing whose only source is
 * the JSON. Never set by the demo itself.
 */
export function tablesUnreadable(): boolean {
  return (window as unknown as { __demoUnreadable?: unknown }).__demoUnreadable === true;
}
