/**
 * "这是哪个页面？/ What page is this?" (issue 18): on a back-office page StarGuard does not
 * recognise but which shows a table, a small card lists the page kinds StarGuard reads. A trusted
 * click saves the answer for the page's URL pattern (teachPage); the next read uses that kind's
 * reader, and the card goes with the unknown kind. Dismissable; never on buyer-facing pages.
 */
import type { FeatureContext } from '../../content/features';
import { isBackOfficeUrl } from '../../portal/back-office';
import { findTables } from '../../readers/table';
import { createShadowHost, isolateEvents } from '../../overlay/shadow';
import { WHAT_PAGE_KINDS, WHAT_PAGE_TEXT } from '../../i18n/what-page';

export const WHAT_PAGE_TAG = 'starguard-what-page';

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483000; right: 16px; top: 16px; }
.card { box-sizing: border-box; width: 300px; background: #fff; color: #101828; border: 1px solid #d0d5dd; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(16,24,40,.16); padding: 8px 10px; font: 12px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
p { margin: 0 0 6px; } .q { font-weight: 600; } .hint { color: #475467; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #d0d5dd; background: #fff; color: #101828; padding: 2px 6px; margin: 2px 2px 0 0; }
.close { float: right; }
`;

/** A table with headers and at least one row: an unknown page worth asking about. */
export function showsTable(doc: Document): boolean {
  return findTables(doc).some((t) => t.headers.filter(Boolean).length >= 2 && t.rows.length > 0);
}

export type Send = (req: { url: string; kind: keyof typeof WHAT_PAGE_KINDS }) => Promise<{ ok: boolean }>;

const both = (t: { zh: string; en: string }) => `${t.zh} / ${t.en}`;


export function initWhatPage(ctx: Pick<FeatureContext, 'document' | 'url' | 'signal'>, send: Send): (() => void) | undefined {
  const doc = ctx.document;
  if (!isBackOfficeUrl(ctx.url) || !showsTable(doc)) return undefined;
  const { host, root } = createShadowHost(doc, WHAT_PAGE_TAG, 'what-page', STYLE);
  isolateEvents(host, ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup']);
  const card = doc.createElement('section');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', both(WHAT_PAGE_TEXT.question));
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = '×';
  close.title = both(WHAT_PAGE_TEXT.close);
  close.setAttribute('aria-label', both(WHAT_PAGE_TEXT.close));
  const q = doc.createElement('p');
  q.className = 'q';
  q.textContent = both(WHAT_PAGE_TEXT.question);
  const hint = doc.createElement('p');
  hint.className = 'hint';
  hint.textContent = `${WHAT_PAGE_TEXT.hint.zh} ${WHAT_PAGE_TEXT.hint.en}`;
  const note = doc.createElement('p');
  note.setAttribute('role', 'status');
  card.append(close, q, hint);
  for (const [kind, name] of Object.entries(WHAT_PAGE_KINDS) as Array<[keyof typeof WHAT_PAGE_KINDS, { zh: string; en: string }]>) {
    const b = doc.createElement('button');
    b.type = 'button';
    b.dataset.kind = kind;
    b.textContent = both(name);
    b.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      send({ url: doc.defaultView?.location.href ?? ctx.url, kind }).then(
        (r) => { note.textContent = both(r.ok ? WHAT_PAGE_TEXT.saved : WHAT_PAGE_TEXT.failed); },
        () => { note.textContent = both(WHAT_PAGE_TEXT.failed); },
      );
    });
    card.append(b);
  }
  card.append(note);
  root.append(card);
  (doc.body ?? doc.documentElement).append(host);
  const stop = () => host.remove();
  close.addEventListener('click', stop);
  ctx.signal.addEventListener('abort', stop, { once: true });
  return stop;
}

