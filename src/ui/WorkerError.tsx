/**
 * The worker's answer was an error. When it is StarGuard's own storage that failed (issue 15: on a
 * full disk Chromium closes the database and cannot open it again until space is freed), the
 * seller is told that and what to do, not that the background service is unreachable.
 */
import { isConnectionLost, isStorageFull } from '../store/storage-errors';
import { useI18n } from './i18nContext';

const isStorageTrouble = (message: string): boolean => isStorageFull(message) || isConnectionLost(message);

export function WorkerError({ message }: { message: string }) {
  const { t } = useI18n();
  const storage = isStorageTrouble(message);
  return (
    <p role="alert" class="error small" data-testid={storage ? 'storage-unavailable' : 'worker-error'}>
      {t(storage ? 'error.storage' : 'error.worker', { message })}
    </p>
  );
}
