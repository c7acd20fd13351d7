/**
 * StarGuard's shadow roots are closed (issue 12): `host.shadowRoot` is null for everyone but the
 * code that attached them. Unit tests (happy-dom) read them through this recorder instead, which
 * wraps `attachShadow` in the test's own window only; nothing of it is in the build.
 * Importing it records in the global window (happy-dom environment); `recordShadowRoots(doc)`
 * records in another happy-dom window. Either must run before the code under test makes a host.
 */
const roots = new WeakMap<Element, ShadowRoot>();
const RECORDING = Symbol.for('starguard.test.recordShadowRoots');

export function recordShadowRoots(doc?: Document): void {
  const ctor = (doc?.defaultView as (Window & typeof globalThis) | null | undefined)?.Element ?? globalThis.Element;
  if (!ctor) return;
  const proto = ctor.prototype as Element & { [RECORDING]?: true };
  if (proto[RECORDING]) return;
  const attach = proto.attachShadow;
  proto.attachShadow = function attachShadow(this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
  proto[RECORDING] = true;
}

recordShadowRoots();

/** The (closed) shadow root StarGuard attached to `host`; throws if it has none. */
export function shadowOf(host: Element): ShadowRoot {
  const root = roots.get(host);
  if (!root) throw new Error(`no shadow root recorded for <${host.localName}>`);
  return root;
}
