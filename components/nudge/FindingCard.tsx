import { useId } from 'preact/hooks';
import type { Finding } from '../../lib/analyze/types';
import { categoryLabel } from '../category-labels';
import { t } from '../i18n';
import { type Policy, sectionAnchor, sectionLabel, sectionsFor } from '../policy-sections';
import { severityLabel } from '../severity';
import { shorten } from '../text';

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
      <div class="card-head">
        <h3 id={headingId} class="card-title">
          <span class="card-category">{categoryLabel(finding.category)}</span>
          <span class="sr-only">: </span>
          <q class="card-text">{shorten(finding.text)}</q>
        </h3>
        <span class="badge">{severityLabel(finding.severity)}</span>
      </div>
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
      {sections.length > 0 && (
        <ul class="card-sections">
          {sections.map((s) => (
            <li key={s.id}>
              <span class="section-title">{sectionLabel(s)}</span>
              <span class="section-summary">{s.summary}</span>
            </li>
          ))}
        </ul>
      )}
      <a class="card-link" href={href} target="_blank" rel="noopener noreferrer" onClick={openPolicy}>
        {t('nudge_read_policy')}
      </a>
    </article>
  );
}
