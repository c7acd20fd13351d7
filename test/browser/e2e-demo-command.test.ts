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

/** The planted deadline as read: planted on `start` or `end`, read the same day or the next. */
function plantedDeadlineReadings(start: string, end: string): { deadline: string; left: number }[] {
  const readings = [{ deadline: addDays(start, 4), left: 4 }];
  if (end !== start) readings.push({ deadline: addDays(start, 4), left: 3 }, { deadline: addDays(end, 4), left: 4 });
  return readings;
}

describe('npm run demo, headless', () => {
  it('writes the screenshots and a zh/en summary naming the planted non-traceable order, then exits 0', async () => {
    const out = mkdtempSync(join(tmpdir(), 'starguard-demo-'));
    const dayAtStart = todayInCst(new Date());
    const { code, stdout, stderr } = await runDemo(out);
    const dayAtEnd = todayInCst(new Date());
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

    // Shipped today−24 with no events: appeal deadline X + 28 = today + 4. The walk can cross CST
    // midnight (it takes minutes on a busy machine): data planted on one day, read on the next,
    // says "3 days left" for the same deadline, as a seller would see it.
    const summary = readFileSync(join(out, 'summary.txt'), 'utf8');
    const zh = summary.slice(0, summary.indexOf('== StarGuard · English =='));
    const en = summary.slice(summary.indexOf('== StarGuard · English =='));
    const readings = plantedDeadlineReadings(dayAtStart, dayAtEnd);
    const id = PLANTED.NON_TRACEABLE_APPEAL_OPEN;
    expect(readings.some(({ deadline, left }) => zh.includes(`截止 ${deadline}（剩 ${left} 天） · tracking_non_traceable · ${id}`)), zh).toBe(true);
    expect(readings.some(({ deadline, left }) => en.includes(`Due ${deadline} (${left} days left) · tracking_non_traceable · ${id}`)), en).toBe(true);
    expect(en).toMatch(/^1 dispute \/ \d+ paid orders, rate \d+\.\d%$/m);

    // It names the folder and where to "Load unpacked" from.
    expect(stdout).toContain(out);
    expect(stdout).toContain(EXTENSION_DIR);
    expect(stdout).toContain('.output/chrome-mv3');
  }, 400_000); // the whole walk in a fresh process: ~1 min on a quiet machine, several on a busy one
});
