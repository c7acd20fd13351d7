/** Export (CSV, .ics, JSON) through Blob downloads, and import of a snapshot JSON file. */
import { useState } from 'preact/hooks';
import type { AccountView } from '../state/view';
import type { Snapshot } from '../snapshot/schema';
import { useI18n } from './i18nContext';
import type { ActionItem } from './actions';
import { actionItemsCsv, deadlinesIcs, exportFilename, snapshotJson } from '../export/files';
import { downloadText } from '../export/download';
import { parseSnapshotFile } from '../export/importSnapshot';
import { systemNow } from '../util/clock';

export interface ExportPanelProps {
  view: AccountView | null;
  items: readonly ActionItem[];
  today: string;
  importSnapshot: (snapshot: Snapshot) => Promise<{ ok: boolean; error?: string }>;
  /** Injected in tests; defaults to a Blob URL + <a download>. */
  download?: (filename: string, text: string, mime: string) => void;
  now?: () => Date;
}

export function ExportPanel({ view, items, today, importSnapshot, download = downloadText, now = systemNow }: ExportPanelProps) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const account = view?.accountId ?? null;
  const report = view?.report ?? null;
  const snapshot = view?.snapshot ?? null;

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseSnapshotFile(await file.text());
    input.value = '';
    if (!parsed.ok) {
      setStatus({ ok: false, text: parsed.reason === 'not-json'
        ? t('export.importNotJson', { message: parsed.message })
        : t('export.importInvalid', { path: parsed.path, message: parsed.message }) });
      return;
    }
    try {
      const r = await importSnapshot(parsed.snapshot);
      setStatus(r.ok ? { ok: true, text: t('export.importOk') } : { ok: false, text: t('export.importFailed', { message: r.error ?? '' }) });
    } catch (err) {
      setStatus({ ok: false, text: t('export.importFailed', { message: err instanceof Error ? err.message : String(err) }) });
    }
  };

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.heading')}</h2>
      {!report && !snapshot && <p class="muted">{t('export.noData')}</p>}
      <p class="buttons">
        <button type="button" disabled={!report}
          onClick={() => download(exportFilename(account, 'todo', today, 'csv'), actionItemsCsv(items, t, lang), 'text/csv;charset=utf-8')}>
          {t('export.csv')}
        </button>
        <button type="button" disabled={!report}
          onClick={() => report && download(exportFilename(account, 'deadlines', today, 'ics'), deadlinesIcs(report, items, t, now()), 'text/calendar;charset=utf-8')}>
          {t('export.ics')}
        </button>
        <button type="button" disabled={!snapshot}
          onClick={() => snapshot && download(exportFilename(account, 'snapshot', today, 'json'), snapshotJson(snapshot), 'application/json')}>
          {t('export.json')}
        </button>
      </p>
      <p class="field">
        <label for="import-file">{t('export.import')}</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={onFile} />
      </p>
      {status && <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'}>{status.text}</p>}
    </section>
  );
}
