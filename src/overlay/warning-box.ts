/**
 * The overlay's warning box (issue 8): a titled list of findings by severity, in a shadow root,
 * placed by the caller (e.g. right after a form field). Used by the tracking-number pre-flight
 * (issue 6) on the logistics-proof form. It adds no listeners to the page and never disables
 * anything: it informs, the seller decides.
 */
import { createShadowHost } from './shadow';

export const WARNING_BOX_TAG = 'starguard-warning';
export const WARNING_BOX_KIND = 'warning';

export type WarningSeverity = 'error' | 'warning' | 'info' | 'ok';

export interface WarningLine {
  readonly severity: WarningSeverity;
  /** Stable id of the finding (exposed as `data-finding` for tests and styling). */
  readonly id: string;
  readonly text: string;
}

const STYLE = `
:host { all: initial; display: block; margin: 4px 0 0; font: 12px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
:host([hidden]) { display: none; }
.box { border-radius: 4px; padding: 4px 8px; max-width: 560px; }
.title { font-weight: 600; opacity: .75; margin-bottom: 2px; }
ul { margin: 0; padding: 0; list-style: none; }
li { margin: 2px 0; padding-left: 18px; position: relative; }
/* Icons are a CSS-drawn badge with an ASCII/Latin-1 mark: an emoji (the no-entry sign) shows as an empty box
   without an emoji font (review item 6). */
li::before {
  position: absolute; left: 0; top: .2em; width: 12px; height: 12px; border-radius: 50%;
  color: #fff; font: bold 10px/12px Arial, Helvetica, sans-serif; text-align: center; box-sizing: border-box;
}
li[data-severity="error"] { color: #b42318; }
li[data-severity="error"]::before { content: "×"; background: #d92d20; font-size: 12px; }
li[data-severity="warning"] { color: #8a4b00; }
li[data-severity="warning"]::before { content: "!"; background: #dc6803; }
li[data-severity="info"] { color: #344054; }
li[data-severity="info"]::before { content: "i"; background: #475467; font-family: Georgia, "Times New Roman", serif; font-style: italic; }
li[data-severity="ok"] { color: #067647; }
li[data-severity="ok"]::before { content: ""; background: #079455; }
/* The check mark: two borders of a small rotated box on the green badge. */
li[data-severity="ok"]::after {
  content: ""; position: absolute; left: 4px; top: calc(.2em + 2px); width: 3px; height: 6px;
  border: solid #fff; border-width: 0 2px 2px 0; transform: rotate(45deg);
}
.box[data-level="error"] { background: #fef3f2; border: 1px solid #fda29b; }
.box[data-level="warning"] { background: #fffaeb; border: 1px solid #fedf89; }
.box[data-level="info"], .box[data-level="ok"] { background: #f9fafb; border: 1px solid #eaecf0; }
`;

const RANK: Record<WarningSeverity, number> = { error: 3, warning: 2, info: 1, ok: 0 };

export interface WarningBox {
  readonly host: HTMLElement;
  /** Shows the lines (hidden when there are none); the host's `data-level` is the worst severity. */
  render(title: string, lines: readonly WarningLine[]): void;
  remove(): void;
}

/** `marker` is an extra attribute on the host (e.g. `data-starguard-preflight`) for its feature. */
export function createWarningBox(doc: Document, marker?: string): WarningBox {
  const { host, root } = createShadowHost(doc, WARNING_BOX_TAG, WARNING_BOX_KIND, STYLE);
  if (marker) host.setAttribute(marker, '');
  host.hidden = true;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  const title = doc.createElement('div');
  title.className = 'title';
  const list = doc.createElement('ul');
  box.append(title, list);
  root.append(box);
  return {
    host,
    render(titleText, lines) {
      list.replaceChildren(...lines.map((line) => {
        const li = doc.createElement('li');
        li.dataset.severity = line.severity;
        li.dataset.finding = line.id;
        li.textContent = line.text;
        return li;
      }));
      title.textContent = titleText;
      const level = lines.reduce<WarningSeverity>((top, l) => (RANK[l.severity] > RANK[top] ? l.severity : top), 'ok');
      box.dataset.level = level;
      host.setAttribute('data-level', level);
      host.hidden = lines.length === 0;
    },
    remove() { host.remove(); },
  };
}
