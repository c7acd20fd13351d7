/**
 * Pages stay open across midnight (the side panel especially): countdowns must move to the new
 * CST calendar day. `renderDaily` renders now and again at each CST midnight.
 */
import { CST_OFFSET_MINUTES, todayInCst } from '../util/dates';
import { systemNow } from '../util/clock';

const DAY_MS = 86_400_000;

export function msUntilNextCstMidnight(now: Date): number {
  const cstMs = now.getTime() + CST_OFFSET_MINUTES * 60_000;
  return DAY_MS - (((cstMs % DAY_MS) + DAY_MS) % DAY_MS);
}

export function renderDaily(render: (today: string) => void, now: () => Date = systemNow): void {
  render(todayInCst(now()));
  // A second of slack so the new day has surely begun when the timer fires.
  setTimeout(() => renderDaily(render, now), msUntilNextCstMidnight(now()) + 1000);
}
