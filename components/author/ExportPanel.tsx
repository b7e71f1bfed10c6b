import { t } from '../i18n';
import { FileField, TextField } from './fields';
import { RosterKeyPanel, type RosterKeyPanelProps } from './RosterKeyPanel';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'invalid'; errors: string[] }
  | { kind: 'signed'; href: string; name: string; version: number }
  | { kind: 'failed'; reason: string };

export interface ExportPanelProps {
  /** The signing keys on this device, public half only (the private key never reaches the view). */
  keys: { publicKey: string; keyId: string } | null;
  /** The key material is still in this page's memory (made or restored on this visit): only then can it be backed up. */
  canBackUp: boolean;
  passphrase: string;
  keyMessage: string;
  keyFile: { href: string; name: string } | null;
  exportState: ExportState;
  onPassphrase(value: string): void;
  onGenerate(): void;
  onLockKeys(): void;
  onUnlockKeys(text: string): void;
  onCopyPublicKey(): void;
  onExport(): void;
  /** The school's roster key and what the pack reveals (issue 12); null until the draft is loaded. */
  roster: RosterKeyPanelProps | null;
}

/** Keys (made and kept on this device, backed up under a passphrase) and the signed pack to hand to IT. */
export function ExportPanel(props: ExportPanelProps) {
  const s = props.exportState;
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('author_export_heading')}</h2>
      <h3>{t('author_keys_heading')}</h3>
      {props.keys ? (
        <dl class="facts">
          <dt>{t('author_key_id')}</dt>
          <dd>
            <code>{props.keys.keyId}</code>
          </dd>
          <dt>{t('author_public_key')}</dt>
          <dd>
            <code id="public-key">{props.keys.publicKey}</code>{' '}
            <button type="button" class="btn btn-small" onClick={props.onCopyPublicKey}>
              {t('author_copy_public_key')}
            </button>
          </dd>
        </dl>
      ) : (
        <p class="muted">{t('author_no_keys')}</p>
      )}
      <p class="hint">{t('author_public_key_hint')}</p>
      <button type="button" class="btn" onClick={props.onGenerate}>
        {props.keys ? t('author_keys_replace') : t('author_keys_generate')}
      </button>
      <TextField id="key-passphrase" label={t('author_passphrase')} hint={t('author_passphrase_hint')} secret value={props.passphrase} onInput={props.onPassphrase} />
      <div class="row">
        <button type="button" class="btn" disabled={!props.canBackUp} aria-describedby={props.keys ? 'key-backup-hint' : undefined} onClick={props.onLockKeys}>
          {t('author_keys_export')}
        </button>
        {props.keyFile && (
          <a href={props.keyFile.href} download={props.keyFile.name}>
            {t('author_keys_download', props.keyFile.name)}
          </a>
        )}
      </div>
      {props.keys && (
        <p class="hint" id="key-backup-hint">
          {props.canBackUp ? t('author_keys_backup_now') : t('author_keys_backup_gone')}
        </p>
      )}
      <FileField id="key-file" label={t('author_keys_import')} accept=".json,application/json" onText={props.onUnlockKeys} />
      <p role="status">{props.keyMessage}</p>
      {props.roster && <RosterKeyPanel {...props.roster} />}
      <h3>{t('author_pack_heading')}</h3>
      <button type="button" class="btn btn-primary" disabled={!props.keys} onClick={props.onExport}>
        {t('author_export_pack')}
      </button>
      <div role="status">
        {s.kind === 'invalid' && (
          <>
            <p class="error">{t('author_export_invalid')}</p>
            <ul class="errors">
              {s.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </>
        )}
        {s.kind === 'failed' && <p class="error">{s.reason}</p>}
        {s.kind === 'signed' && (
          <p class="ok">
            {t('author_export_signed', [String(s.version), String(s.version + 1)])} <a href={s.href} download={s.name}>{t('author_export_download', s.name)}</a>
          </p>
        )}
      </div>
    </section>
  );
}
