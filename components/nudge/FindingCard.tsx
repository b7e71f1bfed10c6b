import { useId } from 'preact/hooks';
import type { Finding } from '../../lib/analyze/types';
import { FindingHead, SectionList } from '../finding-parts';
import { t } from '../i18n';
import { type Policy, sectionsFor } from '../policy-sections';
import type { EventGate } from '../../lib/dom/trust';

export interface FindingCardProps {
  finding: Finding;
  policy: Policy;
  /** Which clicks count (trusted only in the extension: lib/dom/trust.ts). */
  acceptEvent: EventGate;
  canApplyFix: boolean;
  onApplyFix(f: Finding): void;
  onSelect(f: Finding): void;
  onIgnore(f: Finding): void;
  onReport(f: Finding): void;
  /** Opens the policy at a section; the background opens the tab, so no extension URL is in the page. */
  onOpenPolicy(sectionId: string): void;
}

/** One finding: what was found, why it matters, the policy behind it, and what to do. */
export function FindingCard(props: FindingCardProps) {
  const { finding, policy } = props;
  const headingId = useId();
  const sections = sectionsFor(finding.sections, policy);
  const first = sections[0];
  // The fix is offered only where the lead's tests prove the editor's own model stays in sync.
  const fixable = finding.suggestion !== undefined && props.canApplyFix;

  /** Runs `act` with the finding for a click the gate accepts; a page's synthetic click does nothing. */
  const on = (act: (f: Finding) => void) => (e: Event) => {
    if (props.acceptEvent(e)) act(finding);
  };

  return (
    <article class={`card sev-${finding.severity}`} aria-labelledby={headingId} tabIndex={-1}>
      <FindingHead finding={finding} headingId={headingId} />
      <p class="card-message">{finding.message}</p>
      {finding.suggestion !== undefined && (
        <p class="card-suggestion">
          {finding.suggestion === '' ? t('nudge_suggested_remove') : t('nudge_suggested', finding.suggestion)}
        </p>
      )}
      <div class="card-actions">
        {fixable && (
          <button type="button" class="btn btn-primary" aria-describedby={headingId} onClick={on(props.onApplyFix)}>
            {t('nudge_apply_fix')}
          </button>
        )}
        {/* A finding about the box, not its words (a conversation with a pupil: issue 15, point 2) has none to select. */}
        {finding.end > finding.start && (
          <button type="button" class="btn" aria-describedby={headingId} onClick={on(props.onSelect)}>
            {t('nudge_select_words')}
          </button>
        )}
        <button type="button" class="btn" aria-describedby={headingId} onClick={on(props.onIgnore)}>
          {t('nudge_ignore_once')}
        </button>
        <button type="button" class="btn btn-quiet" aria-describedby={headingId} onClick={on(props.onReport)}>
          {t('nudge_report')}
        </button>
      </div>
      {/* What to do comes first; the policy text, which is longer, follows for those who want it. */}
      <SectionList sections={sections} />
      {/* A button, not a link: an href would hand the page the extension's URL (issue 12, point 2). */}
      <button type="button" class="card-link" onClick={on(() => props.onOpenPolicy(first?.id ?? ''))}>
        {t('nudge_read_policy')}
      </button>
    </article>
  );
}
