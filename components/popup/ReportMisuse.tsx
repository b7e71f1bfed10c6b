import type { KeepIncidentResult } from '../../lib/messages';
import { t, type MessageKey } from '../i18n';

export type ReportMisuseState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'refused'; reason: Extract<KeepIncidentResult, { kept: false }>['reason'] }
  /** Kept, but the browser would not open the incident page: the link below lists it. */
  | { kind: 'unopened' };

export interface ReportMisuseProps {
  state: ReportMisuseState;
  /** The incident page's list (incident.html). */
  incidentsUrl: string;
  onReport(): void;
}

const REFUSALS: Record<Extract<ReportMisuseState, { kind: 'refused' }>['reason'], MessageKey> = {
  full: 'popup_report_full',
  'storage-full': 'popup_report_storage_full',
  invalid: 'popup_report_failed',
  failed: 'popup_report_failed',
};

/**
 * "Report misuse" (policy section 9 and Appendix A): keeps a copy of this tab and opens
 * the incident page with the steps for its site. Offered on every page, watched or not:
 * misuse can be anywhere.
 */
export function ReportMisuse({ state, incidentsUrl, onReport }: ReportMisuseProps) {
  const message =
    state.kind === 'working' ? t('popup_report_working') : state.kind === 'refused' ? t(REFUSALS[state.reason]) : state.kind === 'unopened' ? t('popup_report_unopened') : '';
  return (
    <section class="misuse" aria-labelledby="misuse-title">
      <h2 id="misuse-title">{t('popup_misuse_heading')}</h2>
      <p class="misuse-intro muted">{t('popup_misuse_intro')}</p>
      <button type="button" class="btn" disabled={state.kind === 'working'} onClick={onReport}>
        {t('popup_report_misuse')}
      </button>
      <p role="status" class="misuse-status">
        {message}
      </p>
      <p class="misuse-link">
        <a href={incidentsUrl} target="_blank" rel="noopener">
          {t('popup_incidents_link')}
        </a>
      </p>
    </section>
  );
}
