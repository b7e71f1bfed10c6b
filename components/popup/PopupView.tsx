import type { ComponentChildren } from 'preact';
import type { Finding } from '../../lib/analyze/types';
import type { TabReport } from '../../lib/messages';
import { t } from '../i18n';
import type { Policy } from '../policy-sections';
import { DraftFindings } from './DraftFindings';
import { type DeviceInfo, PackInForce, type PackInfo } from './PackInForce';
import { SavedDraftsLink } from './SavedDraftsLink';
import { type AddSiteState, SiteControls } from './SiteControls';
import type { SiteStatus } from './site-status';

export interface PopupViewProps {
  /** The tab's latest report, or null when its page has reported nothing. */
  report: TabReport | null;
  policy: Policy;
  pack: PackInfo;
  /** Whether managed policy makes this browser a school device (issue 15, point 4). */
  device?: DeviceInfo;
  site: SiteStatus;
  pausedUntil: number;
  now: number;
  addSite: AddSiteState;
  policyUrl: string;
  /** The privacy page (privacy.html: PRIVACY.md as shipped). */
  privacyUrl?: string;
  /** Number of "this is wrong" reports kept, and the file to save them as (a blob: URL). */
  feedbackCount: number;
  exportFile: { href: string; name: string } | null;
  revealFailed: string | null;
  onReveal(f: Finding): void;
  onSiteOn(on: boolean): void;
  onPause(): void;
  onResume(): void;
  onAddSite(): void;
  /** Shown under the header: the "School rules updated" notice while staff haven't dismissed it. */
  notice?: ComponentChildren;
  /** Shown after the site's controls: "Check this page", the self-audit (PageAudit). */
  audit?: ComponentChildren;
  /** Shown after the self-audit: "Report misuse" (ReportMisuse). */
  misuse?: ComponentChildren;
}

/**
 * With a draft that has findings: those findings, by policy section. Without
 * one: the pack in force. Always: this site's switch, pause, the policy, and
 * the export of "this is wrong" reports when there are any.
 */
export function PopupView(props: PopupViewProps) {
  const box = props.report?.box ?? null;
  const hasFindings = box !== null && box.findings.length > 0;
  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('extName')}</h1>
        <span class="muted">{props.pack.school}</span>
      </header>
      {props.notice}
      {hasFindings ? (
        <DraftFindings box={box} policy={props.policy} onReveal={props.onReveal} revealFailed={props.revealFailed} />
      ) : (
        <>
          {box && <p class="draft-clear">{t('popup_draft_clear')}</p>}
          <PackInForce info={props.pack} device={props.device} />
        </>
      )}
      <SiteControls
        site={props.site}
        pausedUntil={props.pausedUntil}
        now={props.now}
        addSite={props.addSite}
        onSiteOn={props.onSiteOn}
        onPause={props.onPause}
        onResume={props.onResume}
        onAddSite={props.onAddSite}
      />
      {props.audit}
      {props.misuse}
      <footer class="links">
        <a href={props.policyUrl} target="_blank" rel="noopener">
          {t('popup_open_policy')}
        </a>
        <SavedDraftsLink />
        {props.feedbackCount > 0 && props.exportFile && (
          <p class="export">
            <a href={props.exportFile.href} download={props.exportFile.name}>
              {t('popup_export')}
            </a>{' '}
            <span class="muted">{t('popup_export_count', String(props.feedbackCount))}</span>
          </p>
        )}
        <p class="muted privacy">
          {t('popup_privacy')}
          {props.privacyUrl && (
            <>
              {' '}
              <a href={props.privacyUrl} target="_blank" rel="noopener">
                {t('popup_privacy_link')}
              </a>
            </>
          )}
        </p>
      </footer>
    </main>
  );
}
