/**
 * The profile measure of the Chromium tests (test/browser/profile.ts, issue 16): a long run of
 * samples is one run, however long; a sample followed by a gap in sampling (the renderer or the
 * sampler descheduled on a loaded machine) is no observation of that time.
 */
import { describe, expect, it } from 'vitest';
import { GAP_US, scriptTime, type Profile } from '../browser/profile';

const SCRIPT = 'chrome-extension://x/content-scripts/content.js';
/** Nodes: 1 root, 2 a page function, 3 the script under the root, 4 a DOM call inside the script. */
const nodes: Profile['nodes'] = [
  { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 3] },
  { id: 2, callFrame: { url: 'https://page/app.js', functionName: 'page' } },
  { id: 3, callFrame: { url: SCRIPT, functionName: 'read' }, children: [4] },
  { id: 4, callFrame: { url: '', functionName: 'querySelectorAll' } },
];
/** A profile of [node, µs until the next sample] pairs. */
function profile(samples: Array<[number, number]>): Profile {
  return { nodes, samples: samples.map(([id]) => id), timeDeltas: [0, ...samples.map(([, dt]) => dt)] };
}
const time = (p: Profile) => scriptTime(p, (url) => url === SCRIPT).inclusive;

describe('scriptTime', () => {
  it('counts a dense run of the script (its own work and its DOM calls) as one run, however long', () => {
    const run = Array.from({ length: 1000 }, (_, i): [number, number] => [i % 2 ? 4 : 3, 200]);
    const t = time(profile([[2, 200], ...run, [2, 200]]));
    expect(t).toEqual({ totalUs: 200_000, longestRunUs: 200_000, gaps: { count: 0, longestUs: 0 } });
  });

  it('a gap in sampling ends the run and is reported apart, not counted as the script\'s time', () => {
    const t = time(profile([[3, 200], [3, 1_400_000], [3, 200], [3, 200], [2, 200]]));
    expect(t).toEqual({ totalUs: 600, longestRunUs: 400, gaps: { count: 1, longestUs: 1_400_000 } });
  });

  it('intervals up to GAP_US (a garbage collection\'s pause, a busy machine) still count', () => {
    const t = time(profile([[3, 200], [4, GAP_US], [3, 200]]));
    expect(t.longestRunUs).toBe(GAP_US + 400);
    expect(t.gaps.count).toBe(0);
  });
});
