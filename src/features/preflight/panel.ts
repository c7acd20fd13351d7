/**
 * The pre-flight warnings beside the tracking-number field: one host element inserted after the
 * input, everything else inside its shadow root with its own styles (the page's CSS cannot
 * restyle it, ours cannot leak). Text goes in with textContent only (page text is data). The
 * panel never blocks the form: it adds no listeners to it and never disables anything.
 * A later overlay/chip component can replace this file: feature.ts only calls render/remove.
 */
import type { PreflightResult } from '../../carriers/check';
import type { Bilingual, Severity } from '../../carriers/findings';
import type { Lang } from './language';
import { TEXTS } from './texts';

export const HOST_ATTRIBUTE = 'data-starguard-preflight';

const STYLE = `
:host { all: initial; display: block; margin: 4px 0 0; font: 12px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
:host([hidden]) { display: none; }
.box { border-radius: 4px; padding: 4px 8px; max-width: 560px; }
.title { font-weight: 600; opacity: .75; margin-bottom: 2px; }
ul { margin: 0; padding: 0; list-style: none; }
li { margin: 2px 0; padding-left: 18px; position: relative; }
li::before { position: absolute; left: 0; }
li[data-severity="error"] { color: #b42318; }
li[data-severity="error"]::before { content: "⛔"; }
li[data-severity="warning"] { color: #8a4b00; }
li[data-severity="warning"]::before { content: "⚠"; }
li[data-severity="info"] { color: #344054; }
li[data-severity="info"]::before { content: "ℹ"; }
li[data-severity="ok"] { color: #067647; }
li[data-severity="ok"]::before { content: "✓"; }
.box[data-level="error"] { background: #fef3f2; border: 1px solid #fda29b; }
.box[data-level="warning"] { background: #fffaeb; border: 1px solid #fedf89; }
.box[data-level="info"], .box[data-level="ok"] { background: #f9fafb; border: 1px solid #eaecf0; }
`;

export interface PanelLine { readonly severity: Severity | 'ok'; readonly id: string; readonly message: Bilingual }

export interface Panel {
  readonly host: HTMLElement;
  render(lines: readonly PanelLine[], lang: Lang): void;
  remove(): void;
}

/** What to show for a result: problems first; a quiet "ok" line when there are none. */
export function linesFor(result: PreflightResult): PanelLine[] {
  const lines: PanelLine[] = result.findings.filter((f) => f.id !== 'empty').map((f) => ({ severity: f.severity, id: f.id, message: f.message }));
  const problems = lines.some((l) => l.severity === 'error' || l.severity === 'warning');
  if (!problems && result.carrier && (result.verdict === 'valid' || result.verdict === 'plausible')) {
    lines.unshift({ severity: 'ok', id: result.verdict, message: TEXTS[result.verdict](result.carrier.name) });
  }
  return lines;
}

const RANK: Record<PanelLine['severity'], number> = { error: 3, warning: 2, info: 1, ok: 0 };

export function createPanel(anchor: Element): Panel {
  const doc = anchor.ownerDocument;
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  host.hidden = true;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  const title = doc.createElement('div');
  title.className = 'title';
  const list = doc.createElement('ul');
  box.append(title, list);
  root.append(style, box);
  anchor.insertAdjacentElement('afterend', host);

  return {
    host,
    render(lines, lang) {
      list.replaceChildren(...lines.map((line) => {
        const li = doc.createElement('li');
        li.dataset.severity = line.severity;
        li.dataset.finding = line.id;
        li.textContent = line.message[lang];
        return li;
      }));
      title.textContent = TEXTS.title[lang];
      const level = lines.reduce<PanelLine['severity']>((top, l) => (RANK[l.severity] > RANK[top] ? l.severity : top), 'ok');
      box.dataset.level = level;
      host.setAttribute('data-level', level);
      host.hidden = lines.length === 0;
    },
    remove() {
      host.remove();
    },
  };
}
