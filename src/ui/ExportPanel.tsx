/** Export (CSV, .ics, JSON) through Blob downloads, and import of a snapshot JSON file. */
import { useState } from 'preact/hooks';
import type { PanelView } from '../state/view';
import type { UiApi } from './api';
import { ImportConfirm, type ImportChanges } from './ImportConfirm';
import { newImportId, stageSnapshot } from './importFile';
import { useI18n } from './i18nContext';
import { exportFilename } from '../export/files';
import { actionItemsCsvParts, deadlinesIcsText, snapshotJsonParts, type ExportApi } from '../export/paged';
import { downloadText } from '../export/download';
import { parseSnapshotFile } from '../export/importSnapshot';
import { systemNow } from '../util/clock';

export interface ExportPanelProps {
  view: PanelView | null;
  /** Exports are read page by page from the worker (issue 15: no message holds the account). */
  exporter: ExportApi;
  today: string;
  /** The worker's staged import (issue 15): stage, preview, then commit or discard. */
  importer: Pick<UiApi, 'stageImport' | 'previewImport' | 'commitImport' | 'discardImport'>;
  /** Injected in tests; defaults to a Blob URL + <a download>. */
  download?: (filename: string, text: string | readonly string[], mime: string) => void;
  now?: () => Date;
}

export function ExportPanel({ view, exporter, today, importer, download = downloadText, now = systemNow }: ExportPanelProps) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<{ importId: string; changes: ImportChanges } | null>(null);
  const [busy, setBusy] = useState(false);
  const failed = (err: unknown) => setStatus({ ok: false, text: t('export.importFailed', { message: err instanceof Error ? err.message : String(err) }) });
  const account = view?.accountId ?? null;
  const report = view?.report ?? null;
  const hasOrders = (view?.orderCount ?? 0) > 0;
  /** One export: read its pages, then save; a failure is said, not swallowed. */
  const exporting = (run: () => Promise<void>) => {
    setBusy(true);
    run().catch((err: unknown) => setStatus({ ok: false, text: t('export.failed', { message: err instanceof Error ? err.message : String(err) }) }))
      .finally(() => setBusy(false));
  };

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
      {!report && !hasOrders && <p class="muted">{t('export.noData')}</p>}
      <p class="buttons">
        <button type="button" disabled={!report || busy}
          onClick={() => exporting(async () => download(exportFilename(account, 'todo', today, 'csv'), await actionItemsCsvParts(exporter, account, t, lang), 'text/csv;charset=utf-8'))}>
          {t('export.csv')}
        </button>
        <button type="button" disabled={!report || busy}
          onClick={() => exporting(async () => download(exportFilename(account, 'deadlines', today, 'ics'), await deadlinesIcsText(exporter, account, t, now()), 'text/calendar;charset=utf-8'))}>
          {t('export.ics')}
        </button>
        <button type="button" disabled={!hasOrders || busy}
          onClick={() => exporting(async () => {
            const parts = await snapshotJsonParts(exporter, account);
            if (parts) download(exportFilename(account, 'snapshot', today, 'json'), parts, 'application/json');
          })}>
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
