/**
 * Content-side logic (issue 3) in happy-dom: one debounced MutationObserver, resend only on
 * change, ignore StarGuard's own hosts, follow SPA navigation, stop cleanly on invalidation,
 * features isolated from each other.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { observePage, hashText, insideStarGuard, type ContentContext } from '../../src/content/observe';
import { FeatureRunner, type Feature } from '../../src/content/features';
import { readPageWithRows } from '../../src/readers';
import type { Observation } from '../../src/snapshot/observation';
import { lengthenFusionTable } from '../readers/load';

const fixture = (p: string) => readFileSync(resolve(__dirname, '../fixtures/portal', p), 'utf8');
const bodyOf = (html: string) => /<body>([\s\S]*)<\/body>/.exec(html)![1]!;

function setup(path: string, url = 'https://i.alibaba.com/logistics.htm', onChange?: () => void) {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  win.document.write(fixture(path));
  let valid = true;
  const callbacks: Array<() => void> = [];
  const ctx: ContentContext & { invalidate(): void } = {
    get isValid() { return valid; },
    onInvalidated(cb) { callbacks.push(cb); return () => {}; },
    setTimeout: (h, t) => win.setTimeout(h, t) as unknown as number,
    invalidate() { valid = false; callbacks.forEach((c) => c()); },
  };
  const sent: Observation[] = [];
  const send = vi.fn(async (o: Observation) => { sent.push(o); return { ok: true }; });
  const reads = vi.fn(readPageWithRows);
  const doc = win.document as unknown as Document;
  const observer = observePage({ document: doc, window: win as unknown as globalThis.Window & typeof globalThis, ctx, send, read: reads, debounceMs: 20, retryDelaysMs: [30, 30], now: () => new Date('2022-11-08T02:00:00Z'), onChange });
  return { win, doc, ctx, sent, send, reads, observer };
}

/** Long enough for a debounced read to have run: before asserting that NOTHING was read. */
const settle = (win: Window) => new Promise<void>((r) => win.setTimeout(() => r(), 80));
/** Waits for what a read does (a loaded machine may take longer than `settle`). */
const until = (assertion: () => void) => vi.waitFor(assertion, { timeout: 3000, interval: 10 });
const windows: Window[] = [];
afterEach(async () => { for (const w of windows.splice(0)) await w.happyDOM.close(); });

/**
 * A 100-row page whose every slice is over as soon as it is asked (a clock that runs fast), with
 * `idle` as the page's requestIdleCallback: the observer's sliced read (issue 16).
 */
function longPage(idle: (cb: () => void) => number) {
  const win = new Window({ url: 'https://i.alibaba.com/logistics.htm', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  windows.push(win);
  win.document.write(fixture('logistics-performance/2022-11-08-zh-fusion.html'));
  const doc = win.document as unknown as Document;
  lengthenFusionTable(doc, 25);
  let t = 0;
  Object.defineProperty(win, 'performance', { value: { now: () => (t += 100) } });
  Object.defineProperty(win, 'requestIdleCallback', { value: idle });
  const sent: Observation[] = [];
  const ctx: ContentContext = { isValid: true, onInvalidated: () => () => {}, setTimeout: (h, ms) => win.setTimeout(h, ms) as unknown as number };
  const observer = observePage({ document: doc, window: win as unknown as globalThis.Window & typeof globalThis, ctx, send: async (o) => { sent.push(o); return { ok: true }; }, now: () => new Date('2022-11-08T02:00:00Z'), debounceMs: 100_000 });
  return { doc, sent, observer };
}

describe('observe, a long first read (issue 16)', () => {
  it('reads in slices, each going on where the last stopped, and sends the whole page once', async () => {
    const idle = vi.fn((cb: () => void) => { setTimeout(cb, 0); return 1; });
    const { sent, observer } = longPage(idle);
    await observer.scan();
    observer.stop();
    expect(idle.mock.calls.length).toBeGreaterThan(3);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.orders).toHaveLength(100);
    expect(new Set(sent[0]!.orders.map((o) => o.id)).size).toBe(100);
  });

  it('a scan asked for between two slices joins the read under way, which reads the change: one read, one message', async () => {
    const asked: Array<Promise<void>> = [];
    let waits = 0;
    const page = longPage((cb) => {
      // Between the 2nd and 3rd slice: the last row changes and two scans are asked for (a tick, a change).
      if (++waits === 2) {
        const cells = Array.from(page.doc.querySelectorAll('.next-table-body tr')).at(-1)!.querySelectorAll('td');
        cells[1]!.querySelector('div')!.textContent = '新西兰';
        asked.push(page.observer.scan(), page.observer.scan());
      }
      setTimeout(cb, 0);
      return 1;
    });
    const reading = vi.spyOn(console, 'debug');
    await page.observer.scan();
    await Promise.all(asked);
    page.observer.stop();
    const reads = reading.mock.calls.filter(([m]) => /read in \d+ slices/.test(String(m)));
    reading.mockRestore();
    expect(asked).toHaveLength(2);
    expect(reads).toHaveLength(1);
    expect(page.sent).toHaveLength(1);
    expect(page.sent[0]!.orders).toHaveLength(100);
    expect(page.sent[0]!.orders.at(-1)!.destination).toBe('NZ');
  });
});

describe('observe', () => {
  it('reads on load and sends one observation with the page account and url', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    await s.observer.scan();
    expect(s.sent).toHaveLength(1);
    const o = s.sent[0]!;
    expect(o).toMatchObject({ kind: 'logistics-performance', accountId: 'cn1519380001', url: 'https://i.alibaba.com/logistics.htm', readAt: '2022-11-08T02:00:00.000Z' });
    expect(o.orders.map((x) => x.id)).toEqual(['153408703501026709', '153408703501026710', '153408703501026711', '153408703501026712']);
  });

  it('holds a read while the page shows no member id, then sends it under the id the header shows, invisible marks stripped (issue 12)', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    const header = s.doc.querySelector('.ma-header')!;
    header.remove();
    await s.observer.scan();
    expect(s.sent).toEqual([]);
    // The header loads late, with direction marks and a word joiner around the id.
    const late = s.doc.createElement('div');
    const label = s.doc.createElement('span'); label.textContent = '会员ID:';
    const id = s.doc.createElement('span'); id.textContent = '\u200e\u202acn1519380001\u202c\u2066\u2060\u2069\u00a0';
    late.append(label, id);
    s.doc.body.prepend(late);
    await settle(s.win);
    expect(s.sent).toHaveLength(1);
    expect(s.sent[0]!.accountId).toBe('cn1519380001');
  });

  it('hands the page account to the features with the read (read once, not scanned again per feature)', async () => {
    const win = new Window({ url: 'https://i.alibaba.com/logistics.htm', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    windows.push(win);
    win.document.write(fixture('logistics-performance/2022-11-08-zh-fusion.html'));
    const accounts: Array<string | null | undefined> = [];
    const observer = observePage({
      document: win.document as unknown as Document, window: win as unknown as globalThis.Window & typeof globalThis,
      ctx: { isValid: true, onInvalidated: () => () => {}, setTimeout: (h, t) => win.setTimeout(h, t) as unknown as number },
      send: async () => ({ ok: true }), onRead: (read) => accounts.push(read.accountId), debounceMs: 20,
    });
    await observer.scan();
    observer.stop();
    expect(accounts).toEqual(['cn1519380001']);
  });

  it('a read of one slice tells the features only once its observation is being sent (the overlay asks the worker for verdicts)', async () => {
    const win = new Window({ url: 'https://i.alibaba.com/logistics.htm', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    windows.push(win);
    win.document.write(fixture('logistics-performance/2022-11-08-zh-fusion.html'));
    const order: string[] = [];
    const observer = observePage({
      document: win.document as unknown as Document, window: win as unknown as globalThis.Window & typeof globalThis,
      ctx: { isValid: true, onInvalidated: () => () => {}, setTimeout: (h, t) => win.setTimeout(h, t) as unknown as number },
      send: async () => { order.push('send'); return { ok: true }; }, onRead: () => order.push('features'), debounceMs: 20,
    });
    await observer.scan();
    observer.stop();
    expect(order).toEqual(['send', 'features']);
  });

  it('keeps the header account for the JSON relay: the same until the page changes outside the tables (issue 16)', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    await s.observer.scan();
    expect(s.observer.accountId()).toBe('cn1519380001');
    const id = [...s.doc.querySelectorAll('.ma-header span')].find((e) => e.textContent === 'cn1519380001')!;
    id.textContent = 'cn1519380009';
    await until(() => expect(s.observer.accountId()).toBe('cn1519380009'));
  });

  it('does not resend an identical read; resends when a row changes; debounces a burst into one read', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    await s.observer.scan();
    // A re-render that changes nothing read (a tooltip appears): read again, not resent.
    const tip = s.doc.createElement('div'); tip.textContent = '提示'; s.doc.body.appendChild(tip);
    await settle(s.win);
    expect(s.sent).toHaveLength(1);
    // A burst of changes, one of them a value: one read, one send, with the new value.
    const readsBefore = s.reads.mock.calls.length;
    const cells = Array.from(s.doc.querySelectorAll('.next-table-body tr'))[0]!.querySelectorAll('td');
    for (let i = 0; i < 5; i++) s.doc.body.appendChild(s.doc.createElement('span'));
    cells[6]!.querySelector('div')!.textContent = '否';
    await until(() => expect(s.sent).toHaveLength(2));
    await settle(s.win);
    expect(s.reads.mock.calls.length - readsBefore).toBe(1);
    expect(s.sent).toHaveLength(2);
    expect(s.sent[1]!.orders[0]).toMatchObject({ id: '153408703501026709', portalTraceable: false });
  });

  it('ignores mutations inside StarGuard hosts', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    const host = s.doc.createElement('div'); host.setAttribute('data-starguard-host', '');
    s.doc.body.appendChild(host);
    await settle(s.win);
    await s.observer.scan();
    const before = s.reads.mock.calls.length;
    for (let i = 0; i < 3; i++) host.appendChild(s.doc.createElement('p')).textContent = `badge ${i}`;
    await settle(s.win);
    expect(s.reads.mock.calls.length).toBe(before);
    expect(insideStarGuard(host.firstChild)).toBe(true);
    expect(insideStarGuard(s.doc.body)).toBe(false);
    // In one batch, ancestors found outside every host are not asked again, and a host below them still counts.
    const clean = new Set<Node>();
    const row = s.doc.querySelector('.next-table-body td')!;
    expect(insideStarGuard(row, clean)).toBe(false);
    expect(clean.has(s.doc.body)).toBe(true);
    expect(insideStarGuard(host.firstChild, clean)).toBe(true);
    expect(insideStarGuard(row.parentElement, clean)).toBe(false);
  });

  it('knows a host placed in a row after an earlier batch found the row\'s ancestors outside every host', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    await settle(s.win);
    await s.observer.scan();
    const cell = s.doc.querySelector('.next-table-body td')!;
    // A change in the row: its ancestors are walked and found clean.
    cell.appendChild(s.doc.createElement('span')).textContent = ' ';
    await settle(s.win);
    await s.observer.scan();
    const before = s.reads.mock.calls.length;
    const chip = cell.appendChild(s.doc.createElement('span'));
    chip.setAttribute('data-starguard-overlay', 'chip');
    for (let i = 0; i < 3; i++) chip.appendChild(s.doc.createElement('b')).textContent = `chip ${i}`;
    await settle(s.win);
    expect(s.reads.mock.calls.length).toBe(before);
  });

  it('does not ask the ancestors of a table found outside every host again at the next change of its rows (issue 16)', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    await settle(s.win);
    await s.observer.scan();
    const swapRows = () => { const tbody = s.doc.querySelector('.next-table-body tbody')!; tbody.replaceWith(tbody.cloneNode(true)); };
    swapRows();
    await settle(s.win);
    const asked: Element[] = [];
    for (let el: Element | null = s.doc.querySelector('.next-table-body table'); el; el = el.parentElement) {
      const names = el.getAttributeNames.bind(el);
      el.getAttributeNames = () => { asked.push(el!); return names(); };
    }
    swapRows();
    await until(() => expect(s.sent.length).toBeGreaterThan(0));
    await settle(s.win);
    expect(asked).toEqual([]);
  });

  it('tells who listens (the JSON relay) of every change of the page, none of its own hosts, with no observer of theirs (issue 16)', async () => {
    let told = 0;
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html', undefined, () => { told++; }); windows.push(s.win);
    await s.observer.scan();
    await settle(s.win);
    told = 0;
    const chip = s.doc.createElement('starguard-chip'); chip.setAttribute('data-starguard-overlay', 'chip');
    s.doc.querySelector('td')!.appendChild(chip);
    chip.appendChild(s.doc.createElement('p')).textContent = 'badge';
    await settle(s.win);
    expect(told).toBe(0);
    // A ticking text outside the tables re-reads nothing, but it is a change of the page (the header may have rendered).
    s.doc.body.appendChild(s.doc.createElement('span')).textContent = '会员ID: cn1519380001';
    await until(() => expect(told).toBe(1));
  });

  it('ignores its own hosts being added to or removed from page elements (a chip placed in a row)', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    await s.observer.scan();
    await settle(s.win);
    const before = s.reads.mock.calls.length;
    const cell = s.doc.querySelector('td')!;
    const chip = s.doc.createElement('starguard-chip'); chip.setAttribute('data-starguard-overlay', 'chip');
    cell.appendChild(chip);
    await settle(s.win);
    chip.remove();
    await settle(s.win);
    expect(s.reads.mock.calls.length).toBe(before);
    cell.appendChild(s.doc.createElement('span')).textContent = 'page change';
    await until(() => expect(s.reads.mock.calls.length).toBe(before + 1));
  });

  it('follows client-side navigation to another page kind (pushState + re-render)', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    await s.observer.scan();
    s.win.history.pushState({}, '', '/star-level.htm');
    s.doc.body.innerHTML = bodyOf(fixture('star-level/2022-09-28-zh-fusion.html'));
    // Waits for the read rather than a fixed time: a loaded machine (CI) took longer than 80 ms.
    await vi.waitFor(() => expect(s.sent).toHaveLength(2), { timeout: 3000, interval: 20 });
    expect(s.sent.map((o) => o.kind)).toEqual(['logistics-performance', 'star-level']);
    expect(s.sent[1]!.url).toBe('https://i.alibaba.com/star-level.htm');
    expect(s.sent[1]!.starLevel).toMatchObject({ dueOrders: 745 });
  });

  it('sends nothing for an unknown page, and retries a delivery the stopped worker never acknowledged', async () => {
    const u = setup('unknown/2022-11-08-zh-home.html'); windows.push(u.win);
    await u.observer.scan();
    expect(u.send).not.toHaveBeenCalled();
    const s = setup('dispute-center/2022-11-08-zh-fusion.html'); windows.push(s.win);
    s.send.mockRejectedValueOnce(new Error('The message port closed before a response was received.'));
    await s.observer.scan(); // resolves once the retry was acknowledged
    expect(s.send).toHaveBeenCalledTimes(2);
    expect(s.send.mock.calls[1]![0]).toEqual(s.send.mock.calls[0]![0]); // the same read, resent
    expect(s.sent).toHaveLength(1); // acknowledged once
    await s.observer.scan(); // unchanged and delivered: not sent again
    expect(s.send).toHaveBeenCalledTimes(2);
  });

  it('forgets a read it gave up on, so the next scan sends it again', async () => {
    const s = setup('dispute-center/2022-11-08-zh-fusion.html'); windows.push(s.win);
    s.send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await s.observer.scan(); // 1 try + 2 retries, then given up
    expect(s.send).toHaveBeenCalledTimes(3);
    s.send.mockImplementation(async (o: Observation) => { s.sent.push(o); return { ok: true }; });
    await s.observer.scan();
    expect(s.send).toHaveBeenCalledTimes(4);
    expect(s.sent.at(-1)!.accountId).toBe(s.sent[0]!.accountId);
  });

  it('stops cleanly when the extension context is invalidated', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    await s.observer.scan();
    s.doc.body.appendChild(s.doc.createElement('div'));
    s.ctx.invalidate(); // pending debounce is cancelled too
    const cells = Array.from(s.doc.querySelectorAll('.next-table-body tr'))[0]!.querySelectorAll('td');
    cells[6]!.querySelector('div')!.textContent = '否';
    await settle(s.win);
    await s.observer.scan();
    expect(s.observer.stopped).toBe(true);
    expect(s.sent).toHaveLength(1);
  });

  it('hashText is stable and discriminating', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
  });
});

describe('feature registry', () => {
  it('starts features for their page kinds, isolates failures, and stops them when the kind changes', async () => {
    const win = new Window({ url: 'https://i.alibaba.com/' }); windows.push(win);
    win.document.write(fixture('logistics-performance/2022-11-08-zh-fusion.html'));
    const doc = win.document as unknown as Document;
    const log: string[] = [];
    const features: Feature[] = [
      { id: 'broken', pageKinds: ['logistics-performance'], init() { throw new Error('boom'); } },
      { id: 'badges', pageKinds: ['logistics-performance'], init(ctx) { log.push(`start ${ctx.read.rows.length}`); return () => log.push('stop'); } },
      { id: 'radar', pageKinds: ['product-radar'], init() { log.push('radar'); } },
    ];
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const runner = new FeatureRunner(() => features);
    runner.update(doc, 'u', readPageWithRows(doc, 'u'));
    runner.update(doc, 'u', readPageWithRows(doc, 'u')); // same kind: not restarted
    expect(log).toEqual(['start 4']);
    expect(debug).toHaveBeenCalledWith('[StarGuard] feature broken failed:', 'boom');
    doc.body.innerHTML = bodyOf(fixture('product-radar/2022-11-08-zh-fusion.html'));
    runner.update(doc, 'u', readPageWithRows(doc, 'u'));
    expect(log).toEqual(['start 4', 'stop', 'radar']);
    runner.stopAll();
    expect(runner.isRunning('radar')).toBe(false);
    debug.mockRestore();
  });
});

describe('only relevant mutations re-read (issue 16)', () => {
  const firstRow = (doc: Document) => Array.from(doc.querySelectorAll('.next-table-body tr'))[0]!;

  it('attribute-only changes (hover classes, a greyed-out button) do not re-read', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    await s.observer.scan();
    await settle(s.win);
    const before = s.reads.mock.calls.length;
    firstRow(s.doc).classList.add('hovered');
    s.doc.body.setAttribute('class', 'animating');
    firstRow(s.doc).querySelector('button')!.setAttribute('disabled', '');
    await settle(s.win);
    expect(s.reads.mock.calls.length).toBe(before);
  });

  it('a text ticking outside the read tables (a countdown) does not re-read; a change in a row does', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    const clock = s.doc.createElement('span'); clock.textContent = '00:10';
    s.doc.body.appendChild(clock);
    await settle(s.win);
    await s.observer.scan();
    await settle(s.win);
    const before = s.reads.mock.calls.length;
    clock.textContent = '00:09';
    clock.firstChild!.textContent = '00:08';
    await settle(s.win);
    expect(s.reads.mock.calls.length).toBe(before);
    firstRow(s.doc).querySelectorAll('td')[6]!.querySelector('div')!.textContent = '否';
    await until(() => expect(s.sent.at(-1)!.orders[0]).toMatchObject({ portalTraceable: false }));
    expect(s.reads.mock.calls.length).toBe(before + 1);
    expect(s.sent.at(-1)!.orders[0]).toMatchObject({ id: '153408703501026709', portalTraceable: false });
  });

  it('reads what changed in the same task as the scan (records not yet delivered to the observer)', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    const observer = observePage({
      document: s.doc, window: s.win as unknown as globalThis.Window & typeof globalThis, ctx: s.ctx, send: s.send, debounceMs: 20,
    });
    await observer.scan();
    firstRow(s.doc).querySelectorAll('td')[6]!.querySelector('div')!.textContent = '否';
    await observer.scan();
    observer.stop();
    expect(s.sent.at(-1)!.orders[0]).toMatchObject({ id: '153408703501026709', portalTraceable: false });
  });

  it('a new element outside the tables (a re-render, a table appearing) still re-reads', async () => {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    await s.observer.scan();
    await settle(s.win);
    const before = s.reads.mock.calls.length;
    s.doc.body.appendChild(s.doc.createElement('section')).textContent = '新内容';
    await until(() => expect(s.reads.mock.calls.length).toBe(before + 1));
  });
});

describe('a pagination, as the content script reads it (issue 16)', () => {
  /** The default (cached, sliced) read, as the content script runs it. */
  function cachedObserver() {
    const s = setup('logistics-performance/2022-11-08-zh-fusion.html'); windows.push(s.win);
    const observer = observePage({
      document: s.doc, window: s.win as unknown as globalThis.Window & typeof globalThis, ctx: s.ctx, send: s.send, debounceMs: 20,
      now: () => new Date('2022-11-08T02:00:00Z'),
    });
    return { ...s, observer };
  }
  /** Fusion's Pagination: the body rows replaced, each row's cells edited by `edit`. */
  const paginate = (doc: Document, edit: (cells: HTMLTableCellElement[], row: number) => void) => {
    const body = doc.querySelector('.next-table-body tbody')!;
    const next = body.cloneNode(true) as Element;
    Array.from(next.querySelectorAll('tr')).forEach((tr, i) => edit(Array.from(tr.querySelectorAll('td')), i));
    body.replaceWith(next);
  };
  const setText = (cell: Element, text: string) => { cell.querySelector('div')!.textContent = text; };
  const fresh = (doc: Document) => readPageWithRows(doc, 'https://i.alibaba.com/logistics.htm').result;

  it('sends each new page as a fresh read reads it; an identical re-render sends nothing', async () => {
    const s = cachedObserver();
    await s.observer.scan();
    paginate(s.doc, (cells, i) => setText(cells[0]!, `15340870350102${7000 + i}`));
    await s.observer.scan();
    expect(s.sent).toHaveLength(2);
    expect(s.sent[1]!.orders.map((o) => o.id)).toEqual(['153408703501027000', '153408703501027001', '153408703501027002', '153408703501027003']);
    const { kind, orders, diagnostics } = fresh(s.doc);
    expect(s.sent[1]).toMatchObject({ kind, orders, diagnostics });
    // The same rows rendered again (new elements, same content): nothing new to send.
    paginate(s.doc, () => {});
    await s.observer.scan();
    expect(s.sent).toHaveLength(2);
    // One cell changed on the page: sent.
    const was = s.sent[1]!.orders[2]!.portalTraceable;
    paginate(s.doc, (cells, i) => { if (i === 2) setText(cells[6]!, was ? '否' : '是'); });
    await s.observer.scan();
    s.observer.stop();
    expect(s.sent).toHaveLength(3);
    expect(s.sent[2]!.orders[2]).toMatchObject({ id: '153408703501027002', portalTraceable: !was });
  });

  it('a page whose values contradict the header is reported, and the next page that fits is read again', async () => {
    const s = cachedObserver();
    await s.observer.scan();
    expect(s.sent[0]!.diagnostics).toEqual([]);
    paginate(s.doc, (cells) => setText(cells[6]!, '2022-11-01'));
    await s.observer.scan();
    expect(s.sent[1]!.diagnostics.map((d) => d.code)).toEqual(['value-mismatch', 'missing-column']);
    expect(s.sent[1]).toMatchObject({ orders: fresh(s.doc).orders, diagnostics: fresh(s.doc).diagnostics });
    paginate(s.doc, (cells, i) => setText(cells[6]!, i % 2 ? '是' : '否'));
    await s.observer.scan();
    s.observer.stop();
    expect(s.sent[2]!.diagnostics).toEqual([]);
    expect(s.sent[2]!.orders.map((o) => o.portalTraceable)).toEqual([false, true, false, true]);
  });

  it('a client-side navigation to another page kind under the same observer reads the new kind', async () => {
    const s = cachedObserver();
    await s.observer.scan();
    s.win.history.pushState({}, '', 'https://i.alibaba.com/order-list.htm');
    s.doc.body.innerHTML = bodyOf(fixture('order-list/2022-11-08-zh-fusion.html'));
    await s.observer.scan();
    s.observer.stop();
    expect(s.sent.map((o) => o.kind)).toEqual(['logistics-performance', 'order-list']);
    expect(s.sent[1]).toMatchObject({ orders: fresh(s.doc).orders });
  });
});
