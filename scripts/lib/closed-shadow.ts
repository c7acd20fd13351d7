/**
 * Reading and clicking inside StarGuard's CLOSED shadow roots from Playwright (issue 12), for the
 * browser tests (test/browser/shadow.ts re-exports it) and the screenshot scripts.
 *
 * Page scripts get `host.shadowRoot === null`, and Playwright's locators pierce open roots only.
 * The DevTools protocol sees every root: `DOM.getDocument({ pierce: true })` lists closed ones,
 * `DOM.querySelectorAll` runs inside them, `DOM.resolveNode` + `Runtime.callFunctionOn` read
 * them, `DOM.getContentQuads` + `page.mouse` click them as a person would (trusted events).
 * So the tests read the production build as it ships: no backdoor in the extension.
 * Chromium only. Node ids are per call: every helper fetches the document afresh.
 */
import type { CDPSession, Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
  templateContent?: CdpNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

function index(node: CdpNode, into: Map<number, CdpNode>): Map<number, CdpNode> {
  into.set(node.nodeId, node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) index(child, into);
  if (node.contentDocument) index(node.contentDocument, into);
  return into;
}

/** The page re-renders under us (a node id gone stale between two calls): read again. */
async function fresh<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (e) {
      if (attempt >= 3 || !/No node|Could not find node|not found|detached|Cannot find context/i.test(String(e))) throw e;
    }
  }
}

/** Node ids of every element matching `inner` inside each host matching `host`, host by host. */
async function nodesIn(page: Page, host: string, inner: string): Promise<{ session: CDPSession; perHost: number[][] }> {
  const session = await cdp(page);
  const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: CdpNode };
  const nodes = index(root, new Map());
  const { nodeIds: hosts } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: host });
  const perHost: number[][] = [];
  for (const hostId of hosts) {
    const shadow = nodes.get(hostId)?.shadowRoots?.[0];
    if (!shadow) { perHost.push([]); continue; }
    const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector: inner });
    perHost.push(nodeIds);
  }
  return { session, perHost };
}

/**
 * Runs `fn` (serialised: it sees only its argument) on every element matching `inner` inside the
 * shadow root of each host matching `host`; one array per host, in document order.
 */
export function inShadow<T>(page: Page, host: string, inner: string, fn: (el: Element) => T): Promise<T[][]> {
  return fresh(() => readInShadow(page, host, inner, fn));
}

async function readInShadow<T>(page: Page, host: string, inner: string, fn: (el: Element) => T): Promise<T[][]> {
  const { session, perHost } = await nodesIn(page, host, inner);
  const out: T[][] = [];
  for (const ids of perHost) {
    const values: T[] = [];
    for (const nodeId of ids) {
      const { object } = await session.send('DOM.resolveNode', { nodeId });
      const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        // (`__name`: a bundler's keep-names helper the serialised function may call.)
        functionDeclaration: `function () { const __name = (f) => f; return (${fn.toString()})(this); }`,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`inShadow(${host} ${inner}): ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      values.push(result.value as T);
      await session.send('Runtime.releaseObject', { objectId: object.objectId! });
    }
    out.push(values);
  }
  return out;
}

/** textContent of every match, all hosts together. */
export async function shadowTexts(page: Page, host: string, inner: string): Promise<string[]> {
  return (await inShadow(page, host, inner, (el) => el.textContent ?? '')).flat();
}

export async function shadowCount(page: Page, host: string, inner: string): Promise<number> {
  return (await fresh(() => nodesIn(page, host, inner))).perHost.flat().length;
}

/** Waits until an element matches (and is rendered, with `visible`), polling like a locator's waitFor. */
export async function waitForShadow(page: Page, host: string, inner: string, o: { timeoutMs?: number; visible?: boolean } = {}): Promise<void> {
  const timeoutMs = o.timeoutMs ?? 20_000;
  const until = Date.now() + timeoutMs;
  const present = () => (o.visible ? shadowVisible(page, host, inner) : shadowCount(page, host, inner).then((n) => n > 0));
  for (;;) {
    if (await present().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`waitForShadow: no "${inner}" inside "${host}" after ${timeoutMs} ms`);
    await page.waitForTimeout(200);
  }
}

/** The viewport box of the `nth` match (after scrolling it into view), like a locator's boundingBox. */
export function shadowBox(page: Page, host: string, inner: string, nth = 0): Promise<{ x: number; y: number; width: number; height: number }> {
  return fresh(() => boxOf(page, host, inner, nth));
}

async function boxOf(page: Page, host: string, inner: string, nth: number): Promise<{ x: number; y: number; width: number; height: number }> {
  const { session, perHost } = await nodesIn(page, host, inner);
  const nodeId = perHost.flat()[nth];
  if (nodeId === undefined) throw new Error(`shadowBox: no "${inner}" #${nth} inside "${host}"`);
  await session.send('DOM.scrollIntoViewIfNeeded', { nodeId });
  const { quads } = await session.send('DOM.getContentQuads', { nodeId });
  const quad = quads[0];
  if (!quad) throw new Error(`shadowBox: "${inner}" inside "${host}" is not rendered`);
  const xs = [quad[0]!, quad[2]!, quad[4]!, quad[6]!];
  const ys = [quad[1]!, quad[3]!, quad[5]!, quad[7]!];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** A person's click (a trusted event from the mouse) in the middle of the `nth` match. */
export async function shadowClick(page: Page, host: string, inner: string, nth = 0): Promise<void> {
  const box = await shadowBox(page, host, inner, nth);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Whether the `nth` match is rendered (not hidden, not display:none), like a locator's isVisible. */
export async function shadowVisible(page: Page, host: string, inner: string, nth = 0): Promise<boolean> {
  const visible = (await inShadow(page, host, inner, (el) => el.checkVisibility())).flat();
  return visible[nth] ?? false;
}
