/**
 * Side panel first render with 10,000 stored orders (issue 7), in Chromium: the real panel
 * component (src/ui/SidePanelApp, with entrypoints/sidepanel/style.css) bundled with esbuild and
 * mounted in a side-panel-sized page, fed by a fake UiApi that answers `getState` at once with an
 * AccountView holding 10,000 orders merged by the worker's merge and scored by the real engine.
 * So the figure is the UI's own cost (no messaging, no IndexedDB), timed in the page until the
 * view is in the DOM and laid out:
 * - first render (the Overview tab, what opens first);
 * - opening the Actions tab: the long, virtualised list of every action item.
 * Baseline: building and laying out a plain, non-virtualised <ul> of the same 10,000 orders.
 */
import { build, type Plugin } from 'esbuild';
import type { Browser } from 'playwright-core';
import { scoreSnapshot } from '../src/engine/score';
import { DEFAULT_SETTINGS, type AccountView } from '../src/state/view';
import { emptyMergeState, mergeObservation } from '../src/store/merge';
import { buildActionItems } from '../src/ui/actions';
import { ROOT } from './build';
import { median, reasonOf, unavailable, type Figure } from './figures';
import { BENCH_AS_OF } from './generator';
import { observation } from './observed';

export const PANEL_ORDERS = 10_000;
const REPS = 5;

export function benchAccountView(orders = PANEL_ORDERS): AccountView {
  const obs = observation(orders);
  const { snapshot } = mergeObservation(emptyMergeState(obs.accountId, obs.readAt), obs);
  return {
    accountId: obs.accountId, accounts: [obs.accountId], snapshot, report: scoreSnapshot(snapshot, BENCH_AS_OF),
    history: [], pageReads: [], firstSeenNonTraceable: {}, firstSeenAppealFiled: {}, settings: DEFAULT_SETTINGS,
  };
}

/** The panel never reaches the extension API here: `wxt/browser` becomes an inert object. */
const noExtensionApi: Plugin = {
  name: 'no-extension-api',
  setup(b) {
    b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: 'wxt-browser-stub', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const browser = {};', loader: 'js' }));
  },
};

async function buildPanelBundle(): Promise<{ js: string; css: string }> {
  const entry = `
    import { h, render } from 'preact';
    import { SidePanelApp } from './src/ui/SidePanelApp';
    import { panelViews } from './src/state/panel';
    import './entrypoints/sidepanel/style.css';
    globalThis.__starguardPanel = {
      mount(view, today) {
        // The worker's views of the account (issue 15), answered at once: the UI's own cost.
        const v = panelViews(view, today);
        const api = {
          getState: () => Promise.resolve(v.summary()),
          getActions: (r) => Promise.resolve(v.actions(r.from, r.count)),
          getOrder: (r) => Promise.resolve(v.order(r.orderId)),
          setSettings: () => Promise.resolve({ ok: true }),
          importSnapshot: () => Promise.resolve({ ok: true }),
          onStateChanged: () => () => {},
        };
        render(h(SidePanelApp, { api, today, browserLanguage: 'zh-CN' }), document.getElementById('app'));
      },
    };`;
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'tsx', sourcefile: 'bench-sidepanel-entry.tsx' },
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', outdir: 'bench-sidepanel', write: false,
    logLevel: 'silent', tsconfig: `${ROOT}/tsconfig.json`, jsx: 'automatic', jsxImportSource: 'preact',
    plugins: [noExtensionApi], loader: { '.svg': 'dataurl', '.png': 'dataurl', '.woff2': 'dataurl' },
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.filter((f) => f.path.endsWith('.css')).map((f) => f.text).join('\n');
  return { js, css };
}

interface PanelTiming { firstMs: number; actionsMs: number; bareMs: number; rows: number; overviewShown: boolean }

export async function sidePanelFigures(browser: Browser, log: (line: string) => void): Promise<Figure[]> {
  const labels = {
    first: `Side panel: first render, ${PANEL_ORDERS.toLocaleString('en')} orders`,
    actions: `Side panel: open action list, ${PANEL_ORDERS.toLocaleString('en')} orders`,
  };
  let bundle: { js: string; css: string };
  let viewJson: string;
  let itemCount: number;
  try {
    const view = benchAccountView();
    viewJson = JSON.stringify(view);
    itemCount = buildActionItems(view.report, view.snapshot, BENCH_AS_OF).length;
    bundle = await buildPanelBundle();
  } catch (error) {
    const reason = reasonOf(error);
    return [unavailable('worker', 'sidepanel.first', labels.first, reason), unavailable('worker', 'sidepanel.actions', labels.actions, reason)];
  }
  const context = await browser.newContext({ viewport: { width: 400, height: 900 }, locale: 'zh-CN' });
  const samples: PanelTiming[] = [];
  try {
    for (let rep = 0; rep <= REPS; rep++) {
      log(`  side panel: render ${rep === 0 ? 'warm-up' : `${rep}/${REPS}`}`);
      const page = await context.newPage();
      await page.setContent('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><div id="app"></div></body></html>');
      await page.addStyleTag({ content: bundle.css });
      await page.addScriptTag({ content: bundle.js });
      await page.evaluate('globalThis.__name ??= (f) => f');
      const timing = await page.evaluate(async ({ viewJson, today }) => {
        const view = JSON.parse(viewJson) as { snapshot: { orders: Array<{ id: string; shippedAt: string | null }> } };
        const panel = (globalThis as unknown as { __starguardPanel: { mount(v: unknown, today: string): void } }).__starguardPanel;
        const tick = () => new Promise<void>((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
        const until = async (ok: () => boolean) => { for (let i = 0; i < 10_000 && !ok(); i++) await tick(); };
        const app = document.getElementById('app')!;

        let t = performance.now();
        panel.mount(view, today);
        await until(() => !!app.querySelector('main') && !app.querySelector('main [role="status"]'));
        app.getBoundingClientRect();
        const firstMs = performance.now() - t;
        const overviewShown = !!app.querySelector('main h2, main section');

        const tabs = app.querySelectorAll<HTMLButtonElement>('nav button');
        t = performance.now();
        tabs[1]?.click();
        await until(() => !!app.querySelector('main [data-order-id]'));
        app.getBoundingClientRect();
        const actionsMs = performance.now() - t;
        const rows = app.querySelectorAll('main [data-order-id]').length;

        // Baseline: the same orders as a plain list, every row in the DOM.
        t = performance.now();
        const ul = document.createElement('ul');
        for (const o of view.snapshot.orders) {
          const li = document.createElement('li');
          li.textContent = `${o.id} ${o.shippedAt ?? ''}`;
          ul.append(li);
        }
        document.body.append(ul);
        ul.getBoundingClientRect();
        const bareMs = performance.now() - t;
        return { firstMs, actionsMs, bareMs, rows, overviewShown };
      }, { viewJson, today: BENCH_AS_OF });
      if (rep > 0) samples.push(timing);
      await page.close();
    }
  } catch (error) {
    const reason = reasonOf(error);
    return [unavailable('worker', 'sidepanel.first', labels.first, reason), unavailable('worker', 'sidepanel.actions', labels.actions, reason)];
  } finally {
    await context.close();
  }
  const bare = median(samples.map((s) => s.bareMs));
  const baseline = { label: 'plain <ul> of 10,000 orders', medianMs: bare };
  const first = median(samples.map((s) => s.firstMs));
  const actions = median(samples.map((s) => s.actionsMs));
  const rows = samples[0]?.rows ?? 0;
  return [
    { section: 'worker', id: 'sidepanel.first', label: labels.first, unit: 'ratio', value: samples[0]?.overviewShown ? first / bare : null,
      medianMs: first, baseline, reps: REPS, note: samples[0]?.overviewShown ? 'Chromium, real component, fake UiApi' : 'n/a (the overview did not render)' },
    { section: 'worker', id: 'sidepanel.actions', label: labels.actions, unit: 'ratio', value: rows > 0 ? actions / bare : null,
      medianMs: actions, baseline, reps: REPS,
      note: rows > 0 ? `${rows} rows in the DOM for ${itemCount} action items` : 'n/a (no action rows rendered)' },
  ];
}
