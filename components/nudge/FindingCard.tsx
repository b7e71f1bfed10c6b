import { useId } from 'preact/hooks';
import type { Finding } from '../../lib/analyze/types';
import { FindingHead, SectionList } from '../finding-parts';
import { t } from '../i18n';
import { type Policy, sectionAnchor, sectionsFor } from '../policy-sections';

export interface FindingCardProps {
  finding: Finding;
  policy: Policy;
  policyUrl: string;
  canApplyFix: boolean;
  onApplyFix(f: Finding): void;
  onSelect(f: Finding): void;
  onIgnore(f: Finding): void;
  onReport(f: Finding): void;
  onOpenPolicy?(sectionId: string): void;
}

/** One finding: what was found, why it matters, the policy behind it, and what to do. */
export function FindingCard(props: FindingCardProps) {
  const { finding, policy } = props;
  const headingId = useId();
  const sections = sectionsFor(finding.sections, policy);
  const first = sections[0];
  const href = first ? `${props.policyUrl}#${sectionAnchor(first.id)}` : props.policyUrl;
  // The fix is offered only where the lead's tests prove the editor's own model stays in sync.
  const fixable = finding.suggestion !== undefined && props.canApplyFix;

  function openPolicy(e: MouseEvent) {
    if (!props.onOpenPolicy) return;
    e.preventDefault();
    props.onOpenPolicy(first?.id ?? '');
  }

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
          <button type="button" class="btn btn-primary" aria-describedby={headingId} onClick={() => props.onApplyFix(finding)}>
            {t('nudge_apply_fix')}
          </button>
        )}
        <button type="button" class="btn" aria-describedby={headingId} onClick={() => props.onSelect(finding)}>
          {t('nudge_select_words')}
        </button>
        <button type="button" class="btn" aria-describedby={headingId} onClick={() => props.onIgnore(finding)}>
          {t('nudge_ignore_once')}
        </button>
        <button type="button" class="btn btn-quiet" aria-describedby={headingId} onClick={() => props.onReport(finding)}>
          {t('nudge_report')}
        </button>
      </div>
      {/* What to do comes first; the policy text, which is longer, follows for those who want it. */}
      <SectionList sections={sections} />
      <a class="card-link" href={href} target="_blank" rel="noopener noreferrer" onClick={openPolicy}>
        {t('nudge_read_policy')}
      </a>
    </article>
  );
}
