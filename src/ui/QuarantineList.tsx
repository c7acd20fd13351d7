/**
 * Quarantined items in the Data tab (issue 15): what was set aside, why and when; each can be
 * exported as JSON, or edited and restored (the worker validates the edit like fresh data).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../messaging/protocol';
import type { UiApi } from './api';
import { useI18n } from './i18nContext';
import { downloadText } from '../export/download';

type Item = ResponseOf<'listQuarantine'>['items'][number];

export interface QuarantineListProps {
  api: Pick<UiApi, 'listQuarantine' | 'getQuarantined' | 'restoreQuarantined'>;
  download?: (filename: string, text: string, mime: string) => void;
}

const what = (i: Item) => (i.itemId === null ? i.key : `${i.key} / ${i.itemId}`);

export function QuarantineList({ api, download = downloadText }: QuarantineListProps) {
  const { t } = useI18n();
  const [items, setItems] = useState<Item[] | null>(null);
  const [editing, setEditing] = useState<{ item: Item; text: string } | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    api.listQuarantine().then((r) => { if (current) setItems(r.items); }, () => { if (current) setItems([]); });
    return () => { current = false; };
  }, [api, generation]);

  const fetchText = async (item: Item) => JSON.stringify((await api.getQuarantined(item.id)).raw, null, 2);
  const exportItem = async (item: Item) => download(`starguard-quarantine-${item.id.replace(/[^\w.-]+/g, '_')}.json`, `${await fetchText(item)}\n`, 'application/json');
  const restore = async () => {
    if (!editing) return;
    let value: unknown;
    try {
      value = JSON.parse(editing.text);
    } catch (e) {
      setStatus({ ok: false, text: t('export.importNotJson', { message: e instanceof Error ? e.message : String(e) }) });
      return;
    }
    const r = await api.restoreQuarantined(editing.item.id, value).catch((e: unknown) => ({ ok: false, error: String(e) }));
    setStatus(r.ok ? { ok: true, text: t('quarantine.restored') } : { ok: false, text: t('quarantine.restoreFailed', { message: r.error ?? '' }) });
    if (r.ok) { setEditing(null); setGeneration((g) => g + 1); }
  };

  return (
    <div data-testid="quarantine">
      <h3>{t('quarantine.heading')}</h3>
      <p class="muted small">{t('quarantine.note')}</p>
      {items === null ? <p role="status">{t('common.loading')}</p> : items.length === 0 ? <p class="muted">{t('quarantine.empty')}</p> : (
        <ul>
          {items.map((i) => (
            <li key={i.id} data-testid="quarantine-item" data-kind={i.kind} data-item-id={i.itemId ?? ''}>
              <p>{t('quarantine.item', { what: what(i), at: i.at.slice(0, 19).replace('T', ' ') })}</p>
              <p class="muted small">{i.error}</p>
              <p class="buttons">
                <button type="button" onClick={() => exportItem(i)}>{t('quarantine.export')}</button>
                <button type="button" onClick={async () => setEditing({ item: i, text: await fetchText(i) })} data-testid="quarantine-edit">{t('quarantine.edit')}</button>
              </p>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <div class="field">
          <label for="quarantine-text">{t('quarantine.editLabel', { what: what(editing.item) })}</label>
          <textarea id="quarantine-text" rows={12} value={editing.text} onInput={(e) => setEditing({ ...editing, text: (e.currentTarget as HTMLTextAreaElement).value })} />
          <p class="buttons">
            <button type="button" class="primary" onClick={restore} data-testid="quarantine-restore">{t('quarantine.restore')}</button>
            <button type="button" onClick={() => setEditing(null)}>{t('import.cancel')}</button>
          </p>
        </div>
      )}
      {status && <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'}>{status.text}</p>}
    </div>
  );
}
