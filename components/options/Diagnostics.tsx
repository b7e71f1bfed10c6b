import { Fragment } from 'preact';
import type { PackSettings, PackSource, PackStatus, SourceStatus } from '../../lib/storage';
import { type MessageKey, t } from '../i18n';
import { ErrorLog, type ErrorLogProps } from './ErrorLog';
import { SOURCE_LABEL, when } from './PackFacts';
import { rosterKeyId } from '../../lib/rule-pack/roster-key';

export interface DiagnosticsProps {
  /** What storage.managed holds (null: no managed policy, or the browser has none for postguard). */
  managed: Record<string, unknown> | null;
  /** The pack settings in effect (managed values over the device's own). */
  settings: PackSettings;
  status: PackStatus;
  /** Ids (first 16 hex of SHA-256 of the raw key) of the keys this device trusts, whichever side set them. */
  trustedKeyIds: string[];
  /** The pause's local error log, with its Clear button. */
  errorLog: ErrorLogProps;
}

const RESULT_LABEL: Record<SourceStatus['lastResult'], MessageKey> = {
  accepted: 'options_result_accepted',
  unchanged: 'options_result_unchanged',
  refused: 'options_result_refused',
};

const SOURCES = ['managed-inline', 'url', 'file'] as const satisfies readonly Exclude<PackSource, 'bundled'>[];

/** Shown as JSON so IT sees exactly what the browser passed on (a value of the wrong type is dropped by Chromium). */
function managedValue(value: unknown, key: string): string {
  // The roster key is a secret (issue 12): the page may be read over a shoulder, so only its fingerprint.
  if (key === 'rosterKey') return t('options_diag_roster_key', (typeof value === 'string' && rosterKeyId(value)) || '?');
  // An inline pack is a whole pack: its length says enough here.
  if (typeof value === 'string' && value.length > 200) return t('options_diag_long_value', String(value.length));
  return JSON.stringify(value);
}

/** Everything IT needs to tell why a device has the pack it has, without opening DevTools. */
export function Diagnostics({ managed, settings, status, trustedKeyIds, errorLog }: DiagnosticsProps) {
  const managedEntries = Object.entries(managed ?? {});
  const packUrl = settings.packUrl;
  return (
    <section aria-labelledby="diag-title">
      <h2 id="diag-title">{t('options_diag_heading')}</h2>
      <h3>{t('options_diag_managed')}</h3>
      {managedEntries.length === 0 ? (
        <p class="muted">{t('options_diag_no_managed')}</p>
      ) : (
        <dl class="facts">
          {managedEntries.map(([key, value]) => (
            <Fragment key={key}>
              <dt>
                <code>{key}</code>
              </dt>
              <dd>
                <code>{managedValue(value, key)}</code>
              </dd>
            </Fragment>
          ))}
        </dl>
      )}
      <dl class="facts">
        <dt>{t('options_diag_pack_url')}</dt>
        <dd>{packUrl ? <code>{packUrl}</code> : t('options_diag_none')}</dd>
        <dt>{t('options_diag_trusted')}</dt>
        <dd>{trustedKeyIds.length === 0 ? t('options_diag_none') : trustedKeyIds.map((id) => <code key={id} class="key-id">{id}</code>)}</dd>
      </dl>
      <h3>{t('options_diag_checks')}</h3>
      <table class="checks">
        <thead>
          <tr>
            <th scope="col">{t('options_diag_col_source')}</th>
            <th scope="col">{t('options_diag_col_when')}</th>
            <th scope="col">{t('options_diag_col_result')}</th>
          </tr>
        </thead>
        <tbody>
          {SOURCES.map((source) => {
            const s = status[source];
            return (
              <tr key={source}>
                <th scope="row">{t(SOURCE_LABEL[source])}</th>
                <td>{s ? when(s.lastCheck) : t('options_diag_never')}</td>
                <td>
                  {s ? t(RESULT_LABEL[s.lastResult]) : '—'}
                  {s?.version !== undefined && ` (${t('options_diag_version', String(s.version))})`}
                  {s?.reason && <span class="reason">{`${s.stage ?? ''}: ${s.reason}`}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ErrorLog {...errorLog} />
    </section>
  );
}
