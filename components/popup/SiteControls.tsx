import { t } from '../i18n';
import type { SiteStatus } from './site-status';

export type AddSiteState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'added' }
  | { kind: 'denied' }
  | { kind: 'failed'; error: string };

export interface SiteControlsProps {
  site: SiteStatus;
  /** siteSettings.pausedUntil: pausing applies to every site. */
  pausedUntil: number;
  now: number;
  addSite: AddSiteState;
  onSiteOn(on: boolean): void;
  onPause(): void;
  onResume(): void;
  onAddSite(): void;
}

/** This site on or off, pausing everywhere for an hour, and adding a site postguard doesn't watch yet. */
export function SiteControls(props: SiteControlsProps) {
  const { site, addSite } = props;
  const paused = props.pausedUntil > props.now;
  return (
    <section class="site" aria-labelledby="site-title">
      <h2 id="site-title">{t('popup_site_heading')}</h2>
      {site.kind === 'watched' && (
        <label class="switch">
          <input type="checkbox" role="switch" checked={site.on} onChange={(e) => props.onSiteOn(e.currentTarget.checked)} />
          <span>{t('popup_site_on', site.host)}</span>
        </label>
      )}
      {site.kind === 'unwatched' && (
        <div class="add-site">
          <p>{site.askedBySchool ? t('popup_school_asks', site.host) : t('popup_not_watched', site.host)}</p>
          {addSite.kind !== 'added' && (
            <button type="button" class="btn btn-primary" disabled={addSite.kind === 'working'} onClick={props.onAddSite}>
              {t('popup_add_site')}
            </button>
          )}
        </div>
      )}
      {site.kind === 'unsupported' && <p class="muted">{t('popup_unsupported_page')}</p>}
      <p role="status" class="add-site-status">
        {site.kind !== 'unsupported' && addSiteMessage(addSite, site.host)}
      </p>
      <div class="pause">
        {paused ? (
          <>
            <p>{t('popup_paused_until', new Date(props.pausedUntil).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }))}</p>
            <button type="button" class="btn" onClick={props.onResume}>
              {t('popup_resume')}
            </button>
          </>
        ) : (
          <button type="button" class="btn" onClick={props.onPause}>
            {t('popup_pause')}
          </button>
        )}
      </div>
    </section>
  );
}

function addSiteMessage(state: AddSiteState, host: string): string {
  switch (state.kind) {
    case 'added':
      return t('popup_add_site_done', host);
    case 'denied':
      return t('popup_add_site_denied');
    case 'failed':
      return t('popup_add_site_failed', state.error);
    default:
      return '';
  }
}
