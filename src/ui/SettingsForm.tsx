/** Settings (issue 5): language, notification lead days and hour, active account. */
import { useState } from 'preact/hooks';
import { DEFAULT_SHIP_BY_LEAD_DAYS, type Language, type Settings } from '../state/view';
import { useI18n } from './i18nContext';
import { LanguageSwitch } from './LanguageSwitch';

/** "2, 1,0" → [2, 1, 0]; null when any part is not a whole number 0..30 (Settings.leadDays). */
export function parseLeadDays(text: string): number[] | null {
  const parts = text.split(/[,，\s]+/).filter((p) => p !== '');
  const days = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
  if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 30)) return null;
  return [...new Set(days)].sort((a, b) => b - a);
}

export interface SettingsFormProps {
  settings: Settings;
  accounts: readonly string[];
  onLanguage: (language: Language) => void;
  onSave: (settings: Partial<Settings>) => Promise<{ ok: boolean }>;
}

export function SettingsForm({ settings, accounts, onLanguage, onSave }: SettingsFormProps) {
  const { t } = useI18n();
  const [leadDays, setLeadDays] = useState(settings.leadDays.join(','));
  const [shipByDays, setShipByDays] = useState((settings.shipByLeadDays ?? DEFAULT_SHIP_BY_LEAD_DAYS).join(','));
  const [hour, setHour] = useState(String(settings.notifyHour));
  const [account, setAccount] = useState(settings.activeAccount ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const parsedDays = parseLeadDays(leadDays);
  const parsedShipBy = parseLeadDays(shipByDays);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!parsedDays || !parsedShipBy) return;
    try {
      const r = await onSave({ leadDays: parsedDays, shipByLeadDays: parsedShipBy, notifyHour: Number(hour), activeAccount: account === '' ? null : account });
      setStatus(r.ok ? t('settings.saved') : t('settings.saveFailed', { message: '' }));
    } catch (err) {
      setStatus(t('settings.saveFailed', { message: err instanceof Error ? err.message : String(err) }));
    }
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.heading')}</h2>
      <p class="field"><LanguageSwitch id="settings-language" value={settings.language} onChange={onLanguage} /></p>
      <form onSubmit={submit} class="form">
        <p class="field">
          <label for="lead-days">{t('settings.leadDays')}</label>
          <input id="lead-days" inputMode="numeric" value={leadDays} aria-describedby="lead-days-help"
            aria-invalid={parsedDays ? 'false' : 'true'} onInput={(e) => setLeadDays((e.currentTarget as HTMLInputElement).value)} />
          <span id="lead-days-help" class="muted small">{parsedDays ? t('settings.leadDaysHelp') : t('settings.invalid')}</span>
        </p>
        <p class="field">
          <label for="ship-by-lead-days">{t('settings.shipByLeadDays')}</label>
          <input id="ship-by-lead-days" inputMode="numeric" value={shipByDays} aria-describedby="ship-by-lead-days-help"
            aria-invalid={parsedShipBy ? 'false' : 'true'} onInput={(e) => setShipByDays((e.currentTarget as HTMLInputElement).value)} />
          <span id="ship-by-lead-days-help" class="muted small">{parsedShipBy ? t('settings.leadDaysHelp') : t('settings.invalid')}</span>
        </p>
        <p class="field">
          <label for="notify-hour">{t('settings.notifyHour')}</label>
          <input id="notify-hour" type="number" min={0} max={23} step={1} value={hour} onInput={(e) => setHour((e.currentTarget as HTMLInputElement).value)} />
        </p>
        <p class="field">
          <label for="account">{t('settings.account')}</label>
          <select id="account" value={account} onChange={(e) => setAccount((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('settings.accountAuto')}</option>
            {accounts.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </p>
        <p><button type="submit" disabled={!parsedDays || !parsedShipBy}>{t('settings.save')}</button></p>
        {status && <p role="status">{status}</p>}
      </form>
      <p><a href="/privacy.html" target="_blank" rel="noreferrer" data-testid="privacy-link">{t('settings.privacy')}</a></p>
    </section>
  );
}
