/**
 * The local demo seller portal (issue 3): a tiny node:http server on 127.0.0.1 serving a
 * single-page app of a deterministic fictional store. `npm run demo:serve [-- --port N --today YYYY-MM-DD]`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { generateStore } from './store/generate';
import { toSnapshot } from './store/snapshot';
import type { DemoStore } from './store/types';
import { demoAssets } from './bundle';
import { isRoute } from './client/routes';
import { orderDetailSchema, orderListPage, predictedStarsJsonp, shipmentBatches, starIndicators } from './store/portal-json';

export type { DemoStore } from './store/types';

export interface DemoServerOptions {
  /** 0 or absent: an ephemeral port. */
  port?: number;
  /** The store's today, YYYY-MM-DD (CST); default today in China Standard Time. */
  today?: string;
}

export interface DemoServer {
  /** e.g. `http://127.0.0.1:43117/` (with the trailing slash). */
  url: string;
  close(): Promise<void>;
  store: DemoStore;
}

/** JSON inside <script>: no `<` so that no page text can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The app's HTML. `embedded`: the page's own data as a global set by an inline script before the
 * app runs, as the real `ta/detail.htm` embeds `window.VISION_SCHEMA` (PORTAL.md).
 */
function shell(store: DemoStore, embedded?: { name: string; value: unknown }): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>我的阿里巴巴 (演示)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<div id="root"></div>
<script id="demo-store" type="application/json">${scriptJson(store)}</script>
${embedded ? `<script>window.${embedded.name} = ${scriptJson(embedded.value)};</script>\n` : ''}<script src="/assets/app.js"></script>
</body>
</html>
`;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

export async function startDemoServer(opts: DemoServerOptions = {}): Promise<DemoServer> {
  const store = generateStore(opts.today);
  const assets = await demoAssets();
  const html = shell(store);
  const storeJson = JSON.stringify(store, null, 2);
  const snapshotJson = JSON.stringify(toSnapshot(store), null, 2);

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const requestUrl = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = requestUrl.pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    if (path === '/assets/app.js') return send(res, 200, 'text/javascript', assets.js);
    if (path === '/assets/app.css') return send(res, 200, 'text/css', assets.css);
    // The store as JSON, for tests and bug reports (the pages do not use it).
    if (path === '/store.json') return send(res, 200, 'application/json', storeJson);
    // The same store as a snapshot v1 document (ground truth for end-to-end tests; importable).
    if (path === '/snapshot.json') return send(res, 200, 'application/json', snapshotJson);
    // The order list's own JSON at the real path and in the real shape (issue 13, PORTAL.md).
    if (path === '/list/ajax/ta/mainv2.json') return send(res, 200, 'application/json', JSON.stringify(orderListPage(store, requestUrl.searchParams)));
    // The order's shipment batches, star-level capability data (real paths and shapes, issue 13).
    if (path === '/shipping/delivery/initDetail.json') return send(res, 200, 'application/json', JSON.stringify(shipmentBatches(store, requestUrl.searchParams)));
    if (path === '/capability/fetchIndicatorsByType.json') return send(res, 200, 'application/json', JSON.stringify(starIndicators(store, requestUrl.searchParams)));
    if (path === '/capability/fetchPredictedStars.jsonp') return send(res, 200, 'text/javascript', predictedStarsJsonp(store, requestUrl.searchParams));
    // The order detail at the real path embeds its data (window.VISION_SCHEMA) in the page itself.
    if (path === '/ta/detail.htm') {
      const order = store.orders.find((o) => o.id === requestUrl.searchParams.get('orderId'));
      return send(res, 200, 'text/html', order ? shell(store, { name: 'VISION_SCHEMA', value: orderDetailSchema(order) }) : html);
    }
    if (isRoute(path)) return send(res, 200, 'text/html', html);
    return send(res, 404, 'text/plain', 'Not found');
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('demo server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    store,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = flag(args, '--port');
  const today = flag(args, '--today');
  const server = await startDemoServer({ port: port === undefined ? 0 : Number(port), today });
  console.log(`Demo portal: ${server.url}`);
  console.log(`Store today: ${server.store.today} (${server.store.orders.length} orders)`);
  const stop = () => { void server.close().then(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
