/**
 * Time a script spends in a V8 sampling profile (CDP `Profiler`, issues 13 and 16): `self` when
 * one of its functions is the running one (its own work), `inclusive` when it is anywhere on the
 * stack (also the DOM and page calls it makes). Total and longest unbroken run of each, in µs: a
 * run of 50 ms is a long task of the script's own. `under`: the same for the samples inside the
 * frames it picks (e.g. one function of the script); `besides`: the script's samples outside them.
 *
 * A sample lasts until the next one. A sample followed by none for longer than GAP_US is no
 * observation of that time (issue 16): the samples come every 0.2 ms while the renderer's main
 * thread and V8's sampler thread run, so such a gap means one of them was descheduled (a 2-core
 * machine under load: CI once saw a single sample of the content script "last" 1.4 s; a scratch
 * run with six busy processes beside the test, an 80 ms one inside an 8 ms slice). The gap's time
 * goes to `gaps`, not to the total, and it ends the run. Work that really runs long is still one
 * run: it is sampled densely whenever its thread runs (hundreds of samples of the content script
 * in the overlay's 70–100 ms run, quiet or loaded), and a real long task is the samples it has.
 */
export interface ProfileNode { id: number; callFrame: { url: string; functionName: string }; children?: number[] }
export interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
/** `gaps`: the script's samples followed by no sample for more than GAP_US (not counted above). */
export interface ScriptTime { totalUs: number; longestRunUs: number; gaps: { count: number; longestUs: number } }

/**
 * Longer than the intervals between samples of work that runs (≤ 20 ms on a quiet machine, a
 * garbage collection's pause included) and as long as a long task: one sample alone never makes
 * a long task.
 */
export const GAP_US = 50_000;

export function scriptTime(profile: Profile, isScript: (url: string) => boolean, under?: (frame: ProfileNode['callFrame']) => boolean): { self: ScriptTime; inclusive: ScriptTime; under: ScriptTime; besides: ScriptTime } {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  const memo = new Map<number, boolean>();
  const onStack = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const v = isScript(byId.get(id)?.callFrame.url ?? '') || (up !== undefined && onStack(up));
    memo.set(id, v);
    return v;
  };
  const measure = (hit: (id: number) => boolean): ScriptTime => {
    let totalUs = 0;
    let run = 0;
    let longestRunUs = 0;
    const gaps = { count: 0, longestUs: 0 };
    profile.samples.forEach((id, i) => {
      const dt = profile.timeDeltas[i + 1] ?? 0; // a sample lasts until the next one
      if (!hit(id)) { run = 0; return; }
      if (dt > GAP_US) { gaps.count++; gaps.longestUs = Math.max(gaps.longestUs, dt); run = 0; return; }
      totalUs += dt; run += dt; longestRunUs = Math.max(longestRunUs, run);
    });
    return { totalUs, longestRunUs, gaps };
  };
  /** Samples with a frame `under` asks for on the stack (e.g. one call of the script's). */
  const inside = (id: number): boolean => {
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) if (under?.(byId.get(n)!.callFrame)) return true;
    return false;
  };
  return { self: measure((id) => isScript(byId.get(id)?.callFrame.url ?? '')), inclusive: measure(onStack),
    under: measure((id) => under !== undefined && inside(id)), besides: measure((id) => onStack(id) && !inside(id)),
  };
}
