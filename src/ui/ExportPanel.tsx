/** Export (CSV, .ics, JSON) through Blob downloads, and import of a snapshot JSON file. */
import { useState } from 'preact/hooks';
import type { AccountView } from '../state/view';
import type { UiApi } from './api';
import { ImportConfirm, type ImportChanges } from './ImportConfirm';
import { newImportId, stageSnapshot } from './importFile';
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
  /** The worker's staged import (issue 15): stage, preview, then commit or discard. */
  importer: Pick<UiApi, 'stageImport' | 'previewImport' | 'commitImport' | 'discardImport'>;
  /** Injected in tests; defaults to a Blob URL + <a download>. */
  download?: (filename: string, text: string, mime: string) => void;
  now?: () => Date;
}

export function ExportPanel({ view, items, today, importer, download = downloadText, now = systemNow }: ExportPanelProps) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<{ importId: string; changes: ImportChanges } | null>(null);
  const [busy, setBusy] = useState(false);
  const failed = (err: unknown) => setStatus({ ok: false, text: t('export.importFailed', { message: err instanceof Error ? err.message : String(err) }) });
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
    setStatus(null);
    setBusy(true);
    const importId = newImportId(now());
    try {
      await stageSnapshot(importer, parsed.snapshot, importId);
      const { changes } = await importer.previewImport({ importId, mode: 'merge' });
      setPending({ importId, changes });
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  const commit = async (mode: 'merge' | 'replace') => {
    if (!pending) return;
    setBusy(true);
    try {
      const r = await importer.commitImport({ importId: pending.importId, mode });
      setStatus(r.ok ? { ok: true, text: t('export.importOk') } : { ok: false, text: t('export.importFailed', { message: r.error ?? '' }) });
      setPending(null);
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };
  const cancel = () => {
    if (pending) importer.discardImport({ importId: pending.importId }).catch(() => { /* staged data is dropped by the next import */ });
    setPending(null);
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
        <input id="import-file" type="file" accept="application/json,.json" onChange={onFile} disabled={busy} />
      </p>
      {busy && !pending && <p class="muted small">{t('common.loading')}</p>}
      {pending && <ImportConfirm changes={pending.changes} busy={busy} onMerge={() => commit('merge')} onReplace={() => commit('replace')} onCancel={cancel} />}
      {status && <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'}>{status.text}</p>}
    </section>
  );
}
