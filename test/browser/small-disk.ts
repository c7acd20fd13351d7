/**
 * A real, small disk under a browser profile (issue 15): Chromium runs in its own user and mount
 * namespace (`unshare -rm`: no root, no sudo) with a tmpfs of the given size mounted on its profile
 * directory. A test fills that disk with an ordinary file and the browser meets a full disk as a
 * seller's would: its own errors, from its own storage code, with no hook in the extension.
 * The test reaches the disk through /proc/<browser pid>/root, the namespace's view of the files.
 * Why not a quota override: in Chromium 156 the extension's origin gets no quota to exceed (with
 * `unlimitedStorage`, and even a build without it got usage + 10 GiB), and CDP
 * Storage.overrideQuotaForOrigin on it is reported active but a write past it still succeeds.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromePath, launchWithExtension, type Launched } from './harness';

export interface SmallDisk {
  /** Pass as LaunchOptions.executablePath. */
  executablePath: string;
  /** Free bytes on the profile's disk (the browser must be running). */
  free(): number;
  /** Writes a ballast file so that only `leaveBytes` stay free; `undefined` removes it. */
  fillTo(leaveBytes: number | undefined): void;
}

export function smallDisk(bytes: number): SmallDisk {
  const probe = spawnSync('unshare', ['-rm', 'true']);
  if (probe.status !== 0) {
    throw new Error(`a small disk needs user namespaces (unshare -rm): ${probe.stderr?.toString().trim() || probe.error?.message}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'starguard-disk-'));
  const pidFile = join(dir, 'pid');
  const dataDirFile = join(dir, 'user-data-dir');
  const executablePath = join(dir, 'chromium');
  // exec all the way down: the pid written here is the browser's, whose /proc root shows the tmpfs.
  writeFileSync(executablePath, `#!/bin/sh
dir=
for a in "$@"; do case "$a" in --user-data-dir=*) dir=\${a#--user-data-dir=};; esac; done
echo $$ > '${pidFile}'
printf %s "$dir" > '${dataDirFile}'
exec unshare -rm sh -c 'mount -t tmpfs -o size=${bytes} tmpfs "$1" && shift && exec "$0" "$@"' '${chromePath()}' "$dir" "$@"
`);
  chmodSync(executablePath, 0o755);
  const profile = () => `/proc/${readFileSync(pidFile, 'utf8').trim()}/root${readFileSync(dataDirFile, 'utf8')}`;
  const ballast = () => join(profile(), 'ballast');
  return {
    executablePath,
    free: () => { const s = statfsSync(profile()); return s.bavail * s.bsize; },
    fillTo(leaveBytes) {
      rmSync(ballast(), { force: true });
      if (leaveBytes === undefined) return;
      const s = statfsSync(profile());
      try {
        writeFileSync(ballast(), Buffer.alloc(Math.max(0, s.bavail * s.bsize - leaveBytes), 1));
      } catch (e) {
        // The browser wrote to its profile between the measure and the write, and the disk filled
        // up before the ballast did (met once in `npm test`): a full disk is what fillTo(0) asks for.
        if ((e as NodeJS.ErrnoException).code !== 'ENOSPC' || leaveBytes > 0) throw e;
      }
    },
  };
}

/** The built extension (zh-CN) with its profile on a small disk of `bytes`, and its side panel open. */
export async function launchOnSmallDisk(bytes: number): Promise<{ disk: SmallDisk; browser: Launched; panel: Page }> {
  const disk = smallDisk(bytes);
  const browser = await launchWithExtension({ locale: 'zh-CN', executablePath: disk.executablePath });
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  return { disk, browser, panel };
}
