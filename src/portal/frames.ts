/**
 * Back-office pages the portal shows inside an iframe, that StarGuard reads there (issue 13).
 * The real back office embeds cross-origin iframes (PORTAL.md: scm.alibaba.com inside
 * biz.alibaba.com pages), so a table can live in a subframe. Content scripts run in subframes only
 * on these pages (`all_frames` for them alone, `frameContentScripts`), and the worker accepts a
 * subframe's read only from one of them and only of the page kinds listed (src/background/senders.ts).
 */
import type { PageKind } from '../snapshot/observation';

export interface FramePage {
  host: string;
  /** The page's path, exactly (its query varies). */
  path: string;
  /** What a read in this frame may be: the readers meant for this page (table and JSON). */
  kinds: readonly PageKind[];
}

export const FRAME_PAGES: readonly FramePage[] = [
  // 物流订单详情 (logistics order detail: one row per shipment batch), shown inside the order detail.
  { host: 'scm.alibaba.com', path: '/luyou/express/detail.htm', kinds: ['tracking-detail'] },
];

/** Match patterns of the frame pages (`*` after the path: any query). */
export const FRAME_MATCHES: string[] = /* @__PURE__ */ FRAME_PAGES.map((p) => `https://${p.host}${p.path}*`);
/** The same pages on the demo portal (test builds only, like DEMO_MATCHES). */
export const DEMO_FRAME_MATCHES: string[] = /* @__PURE__ */ FRAME_PAGES.flatMap((p) => [`http://127.0.0.1${p.path}*`, `http://localhost${p.path}*`]);

/** The frame page `url` is, on its own host over https (or on the demo portal when `demo`), or null. */
export function framePageOf(url: string | undefined, demo = false): FramePage | null {
  let u: URL;
  try { u = new URL(url ?? ''); } catch { return null; }
  if (u.username || u.password) return null;
  const real = u.protocol === 'https:' && u.port === '';
  const local = demo && u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost');
  return FRAME_PAGES.find((p) => u.pathname === p.path && ((real && u.hostname === p.host) || local)) ?? null;
}

interface ContentScriptEntry { matches?: string[]; exclude_matches?: string[]; all_frames?: boolean; [key: string]: unknown }

/**
 * The manifest's content scripts with every script that runs on the back office also injected
 * into the frame pages, in every frame: the original entries exclude the frame pages (so a frame
 * page opened as a tab gets each script once) and a copy with `all_frames` matches them.
 */
export function frameContentScripts(scripts: ContentScriptEntry[], matches: readonly string[]): ContentScriptEntry[] {
  const out: ContentScriptEntry[] = [];
  for (const cs of scripts) {
    out.push({ ...cs, exclude_matches: [...(cs.exclude_matches ?? []), ...matches] });
    out.push({ ...cs, matches: [...matches], all_frames: true });
  }
  return out;
}
