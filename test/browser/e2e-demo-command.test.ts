/**
 * `npm run demo` on a machine without a display (issue 5 "Done when"): `scripts/demo.ts --headless
 * --out DIR` walks the demo store with the built extension, exits 0 having closed the portal and
 * the browser, and leaves the screenshots and a summary naming the planted non-traceable order.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PLANTED } from '../../demo/store';
import { addDays, todayInCst } from '../../src/util/dates';
import { EXTENSION_DIR } from './harness';

const ROOT = resolve(__dirname, '../..');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function runDemo(out: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--headless', '--out', out], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString('utf8'); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    child.on('error', fail);
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm run demo, headless', () => {
  it('writes the screenshots and a zh/en summary naming the planted non-traceable order, then exits 0', async () => {
    const out = mkdtempSync(join(tmpdir(), 'starguard-demo-'));
    const { code, stdout, stderr } = await runDemo(out);
    expect(code, stderr).toBe(0);

    const files = readdirSync(out).sort();
    expect(files).toEqual([
      'popup.png', 'portal-overlay-zh.png', 'preflight-warning-zh.png',
      'sidepanel-actions-en.png', 'sidepanel-actions-zh.png', 'sidepanel-overview-en.png', 'sidepanel-overview-zh.png',
      'summary.txt',
    ]);
    for (const png of files.filter((f) => f.endsWith('.png'))) {
      const bytes = readFileSync(join(out, png));
      expect(bytes.subarray(0, 8).equals(PNG), png).toBe(true);
      expect(bytes.length, png).toBeGreaterThan(5_000);
    }

    // Shipped today−24 with no events: appeal deadline X + 28 = today + 4.
    const deadline = addDays(todayInCst(new Date()), 4);
    const summary = readFileSync(join(out, 'summary.txt'), 'utf8');
    const zh = summary.slice(0, summary.indexOf('== StarGuard · English =='));
    const en = summary.slice(summary.indexOf('== StarGuard · English =='));
    expect(zh).toContain(`截止 ${deadline}（剩 4 天） · tracking_non_traceable · ${PLANTED.NON_TRACEABLE_APPEAL_OPEN}`);
    expect(en).toContain(`Due ${deadline} (4 days left) · tracking_non_traceable · ${PLANTED.NON_TRACEABLE_APPEAL_OPEN}`);
    expect(en).toMatch(/^1 dispute \/ \d+ paid orders, rate \d+\.\d%$/m);

    // It names the folder and where to "Load unpacked" from.
    expect(stdout).toContain(out);
    expect(stdout).toContain(EXTENSION_DIR);
    expect(stdout).toContain('.output/chrome-mv3');
  }, 400_000); // the whole walk in a fresh process: ~1 min on a quiet machine, several on a busy one
});
