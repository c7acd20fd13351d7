/** Frame pages (issue 13): content scripts in subframes on those pages only, each script once per frame. */
import { describe, expect, it } from 'vitest';
import { DEMO_FRAME_MATCHES, FRAME_MATCHES, framePageOf, frameContentScripts } from '../../src/portal/frames';
import { PORTAL_MATCHES } from '../../src/portal/hosts';

describe('frameContentScripts', () => {
  const scripts = [
    { matches: PORTAL_MATCHES, js: ['content-scripts/content.js'], run_at: 'document_idle' },
    { matches: PORTAL_MATCHES, js: ['content-scripts/tap.js'], run_at: 'document_start', world: 'MAIN' },
  ];
  const out = frameContentScripts(scripts, FRAME_MATCHES);

  it('every script also runs in every frame of a frame page, and nowhere else in subframes', () => {
    for (const cs of scripts) {
      const copies = out.filter((o) => o.js === cs.js);
      expect(copies).toHaveLength(2);
      const [top, frames] = copies;
      expect(top!.all_frames).toBeUndefined();
      expect(top!.exclude_matches).toEqual(FRAME_MATCHES);
      expect(frames).toEqual({ ...cs, matches: FRAME_MATCHES, all_frames: true });
    }
  });

  it('frame pages are allowlisted back-office pages (the frame host is on the allowlist)', () => {
    for (const m of FRAME_MATCHES) expect(PORTAL_MATCHES.some((p) => m.startsWith(p.slice(0, -1)))).toBe(true);
    expect(DEMO_FRAME_MATCHES.every((m) => m.startsWith('http://127.0.0.1/') || m.startsWith('http://localhost/'))).toBe(true);
  });

  it('framePageOf: exact host and path, https; loopback only for the demo', () => {
    expect(framePageOf('https://scm.alibaba.com/luyou/express/detail.htm?id=1')?.kinds).toEqual(['tracking-detail']);
    expect(framePageOf('https://scm.alibaba.com/luyou/express/detail.htm.evil')).toBeNull();
    expect(framePageOf('https://scm.alibaba.com:8443/luyou/express/detail.htm')).toBeNull();
    expect(framePageOf('https://u:p@scm.alibaba.com/luyou/express/detail.htm')).toBeNull();
    expect(framePageOf('http://localhost:9/luyou/express/detail.htm')).toBeNull();
    expect(framePageOf('http://localhost:9/luyou/express/detail.htm', true)).not.toBeNull();
    expect(framePageOf(undefined)).toBeNull();
  });
});
