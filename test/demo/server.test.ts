import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { ROUTES } from '../../demo/client/routes';
import { PLANTED } from '../../demo/store';

const TODAY = '2026-11-24';

describe('the demo portal server', () => {
  let server: DemoServer;
  beforeAll(async () => { server = await startDemoServer({ port: 0, today: TODAY }); }, 60_000);
  afterAll(async () => { await server?.close(); });

  const get = async (path: string) => {
    const res = await fetch(new URL(path, server.url));
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
  };

  it('listens on 127.0.0.1 on an ephemeral port and exposes its store', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.store.today).toBe(TODAY);
  });

  it.each(ROUTES.map((r) => [r]))('serves %s as the app shell with the bundle and the store', async (route) => {
    const query = route === '/tracking-detail' || route === '/order-detail' ? `?order=${PLANTED.TWO_BATCH_ONE_PRE_ADVICE}` : '';
    const page = await get(`${route}${query}`);
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.body).toContain('<script src="/assets/app.js"></script>');
    expect(page.body).toContain('<link rel="stylesheet" href="/assets/app.css">');
    const json = /<script id="demo-store" type="application\/json">([\s\S]*?)<\/script>/.exec(page.body)?.[1];
    expect(JSON.parse(json ?? 'null').today).toBe(TODAY);
  });

  it('serves the React + Fusion Next bundle and Fusion Next CSS without remote fonts', async () => {
    const js = await get('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.type).toContain('javascript');
    expect(js.body.length).toBeGreaterThan(100_000);
    expect(js.body).toContain('next-table');
    const css = await get('/assets/app.css');
    expect(css.status).toBe(200);
    expect(css.body).toContain('.next-table-header');
    expect(css.body).toContain('.demo-header');
    expect(css.body).not.toMatch(/alicdn\.com/);
  });

  it('serves the store and its snapshot v1 form as JSON', async () => {
    const store = await get('/store.json');
    expect(JSON.parse(store.body).orders).toHaveLength(server.store.orders.length);
    const snapshot = JSON.parse((await get('/snapshot.json')).body);
    expect(snapshot).toMatchObject({ format: 'starguard.snapshot', version: 1, account: { id: 'cn1234567890demo' } });
  });

  it('answers 404 for an unknown path and 405 for a POST', async () => {
    expect((await get('/no-such-page')).status).toBe(404);
    const res = await fetch(new URL('/orders', server.url), { method: 'POST' });
    expect(res.status).toBe(405);
  });

  it('keeps the store text inert inside the page: no "<" in the embedded JSON', async () => {
    const page = await get('/');
    const json = /<script id="demo-store" type="application\/json">([\s\S]*?)<\/script>/.exec(page.body)?.[1] ?? '';
    expect(json).not.toContain('<');
  });

  it('starts a second server with its own store next to the first', async () => {
    const other = await startDemoServer({ today: '2027-01-15' });
    try {
      expect(other.url).not.toBe(server.url);
      const page = await fetch(new URL('/star-level', other.url)).then((r) => r.text());
      expect(page).toContain('"today":"2027-01-15"');
    } finally {
      await other.close();
    }
  });
});

describe('npm run demo:serve (tsx demo/server.ts)', { timeout: 90_000 }, () => {
  it('prints "Demo portal: <url>" and serves the given today on the given port', async () => {
    const tsx = resolve(__dirname, '../../node_modules/.bin/tsx');
    const child = spawn(tsx, ['demo/server.ts', '--port', '0', '--today', TODAY], { cwd: resolve(__dirname, '../..') });
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /Demo portal: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m?.[1]) done(m[1]);
        });
        child.on('exit', (code) => fail(new Error(`demo:serve exited with ${code}: ${out}`)));
      });
      const store = await fetch(new URL('/store.json', url)).then((r) => r.json()) as { today: string };
      expect(store.today).toBe(TODAY);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
