/**
 * The pre-flight warnings beside the tracking-number field: one host element inserted after the
 * input, everything else inside its shadow root with its own styles (the page's CSS cannot
 * restyle it, ours cannot leak). Text goes in with textContent only (page text is data). The
 * panel never blocks the form: it adds no listeners to it and never disables anything.
 * The box itself is the overlay's shared warning box (src/overlay/warning-box.ts, issue 8).
 */
import type { PreflightResult } from '../../carriers/check';
import type { Bilingual, Severity } from '../../carriers/findings';
import type { Lang } from './language';
import { TEXTS } from './texts';
import { createWarningBox } from '../../overlay/warning-box';

export const HOST_ATTRIBUTE = 'data-starguard-preflight';

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

export function createPanel(anchor: Element): Panel {
  // Rendered through the overlay's shared warning box (issue 8): same look as the other overlays.
  const box = createWarningBox(anchor.ownerDocument, HOST_ATTRIBUTE);
  anchor.insertAdjacentElement('afterend', box.host);
  return {
    host: box.host,
    render(lines, lang) {
      box.render(TEXTS.title[lang], lines.map((l) => ({ severity: l.severity, id: l.id, text: l.message[lang] })));
    },
    remove() { box.remove(); },
  };
}
