import type { StoredIncident } from '../../lib/incident/kept';
import { t, type MessageKey } from '../i18n';
import { longTime } from './answers';

export interface CopyKeptProps {
  incident: StoredIncident;
  /** The address typed in, where the browser gave none. */
  typedUrl: string;
  onTypedUrl(url: string): void;
  /** The address box lost focus: save now. */
  onTextDone(): void;
}

const SCREENSHOT_GAPS: Record<NonNullable<StoredIncident['gaps']['screenshot']>, MessageKey> = {
  'not-allowed': 'incident_screenshot_not_allowed',
  'not-shown': 'incident_screenshot_not_shown',
  'too-large': 'incident_screenshot_too_large',
  failed: 'incident_screenshot_failed',
};

/** The copy "Report misuse" kept (Appendix A: keep a copy), each missing part said plainly with what to do instead. */
export function CopyKept({ incident: { record, gaps }, typedUrl, onTypedUrl, onTextDone }: CopyKeptProps) {
  const selectionGap = gaps.selection === 'not-allowed' ? 'incident_selection_not_allowed' : gaps.selection ? 'incident_selection_failed' : null;
  return (
    <section aria-labelledby="copy-title">
      <h2 id="copy-title">{t('incident_copy_heading')}</h2>
      <dl class="facts">
        <dt>{t('incident_site')}</dt>
        <dd>{record.site.name}</dd>
        <dt>{t('incident_address')}</dt>
        <dd class="address">
          {gaps.address ? (
            <>
              <p>{t('incident_address_missing')}</p>
              <label>
                <span>{t('incident_address_label')}</span>
                <input type="url" value={typedUrl} onInput={(e) => onTypedUrl(e.currentTarget.value)} onBlur={onTextDone} />
              </label>
            </>
          ) : (
            record.url
          )}
        </dd>
        {record.pageTitle && (
          <>
            <dt>{t('incident_page_title')}</dt>
            <dd>{record.pageTitle}</dd>
          </>
        )}
        <dt>{t('incident_time')}</dt>
        <dd>
          <time dateTime={record.capturedAt}>{longTime(record.capturedAt)}</time>
        </dd>
      </dl>
      <h3>{t('incident_selected')}</h3>
      {record.selectedText ? (
        <blockquote class="selected">{record.selectedText}</blockquote>
      ) : (
        <p class="gap">{t(selectionGap ?? 'incident_selection_none')}</p>
      )}
      <h3>{t('incident_screenshot')}</h3>
      {record.screenshot ? (
        <img class="screenshot" src={record.screenshot.dataUrl} alt={t('incident_screenshot_alt', record.site.name)} />
      ) : (
        <p class="gap">{t(SCREENSHOT_GAPS[gaps.screenshot ?? 'failed'])}</p>
      )}
    </section>
  );
}
