import { useState } from 'preact/hooks';
import type { PackSettings } from '../../lib/storage';
import { t } from '../i18n';

export interface DeviceSettingsProps {
  settings: PackSettings;
  /** Fields the enterprise policy sets: shown but not editable, since managed values win. */
  managedFields: { packUrl: boolean; trustedKeys: boolean };
  checkResult: string;
  onSave(settings: PackSettings): void;
  onCheckNow(): void;
}

const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** For a device without an enterprise policy: where to fetch the school's pack, and whose signatures to trust. */
export function DeviceSettings({ settings, managedFields, checkResult, onSave, onCheckNow }: DeviceSettingsProps) {
  const [packUrl, setPackUrl] = useState(settings.packUrl ?? '');
  const [keys, setKeys] = useState((settings.trustedKeys ?? []).join('\n'));
  const [error, setError] = useState('');

  function save(e: Event) {
    e.preventDefault();
    const url = packUrl.trim();
    // The extension may fetch nothing but this address: only HTTPS (or a local test server).
    if (url && !/^https:\/\/|^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url)) return setError(t('options_device_url_error'));
    setError('');
    onSave({ ...settings, packUrl: url || undefined, trustedKeys: lines(keys) });
  }

  return (
    <section aria-labelledby="device-title">
      <h2 id="device-title">{t('options_device_heading')}</h2>
      <form onSubmit={save}>
        <div class="field">
          <label for="device-pack-url">
            <span>{t('options_device_pack_url')}</span>
          </label>
          <input id="device-pack-url" type="url" value={packUrl} disabled={managedFields.packUrl} aria-describedby="device-pack-url-hint" onInput={(e) => setPackUrl(e.currentTarget.value)} />
          <span id="device-pack-url-hint" class="hint">
            {managedFields.packUrl ? t('options_device_managed') : t('options_device_pack_url_hint')}
          </span>
        </div>
        <div class="field">
          <label for="device-keys">
            <span>{t('options_device_keys')}</span>
          </label>
          <textarea id="device-keys" rows={3} value={keys} disabled={managedFields.trustedKeys} aria-describedby="device-keys-hint" onInput={(e) => setKeys(e.currentTarget.value)} />
          <span id="device-keys-hint" class="hint">
            {managedFields.trustedKeys ? t('options_device_managed') : t('options_device_keys_hint')}
          </span>
        </div>
        {error && <p class="error">{error}</p>}
        <div class="row">
          <button type="submit" class="btn btn-primary">
            {t('options_device_save')}
          </button>
          <button type="button" class="btn" onClick={onCheckNow}>
            {t('options_device_check_now')}
          </button>
        </div>
      </form>
      <p role="status">{checkResult}</p>
    </section>
  );
}
