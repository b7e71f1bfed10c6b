import type { Finding } from '../../lib/analyze/types';
import type { BoxReport } from '../../lib/messages';
import { categoryLabel } from '../category-labels';
import { t } from '../i18n';
import { type Policy, sectionLabel } from '../policy-sections';
import { severityLabel } from '../severity';
import { findingKey, shorten } from '../text';
import { groupBySection, otherSections } from './group-by-section';

export interface DraftFindingsProps {
  box: BoxReport;
  policy: Policy;
  onReveal(f: Finding): void;
  /** findingKey() of a finding the page could not show (the draft moved on). */
  revealFailed: string | null;
}

/** The draft's findings under the policy sections they breach, each with why. */
export function DraftFindings({ box, policy, onReveal, revealFailed }: DraftFindingsProps) {
  return (
    <section class="draft" aria-labelledby="draft-title">
      <h2 id="draft-title">{t('popup_draft_heading')}</h2>
      {box.label && <p class="muted draft-box">{t('popup_draft_in', shorten(box.label, 60))}</p>}
      {groupBySection(box.findings, policy).map(({ section, findings }) => (
        <section class="group" key={section?.id ?? '?'} aria-label={section ? sectionLabel(section) : undefined}>
          {section && <h3>{sectionLabel(section)}</h3>}
          {section && <p class="group-summary">{section.summary}</p>}
          <ul class="findings">
            {findings.map((f) => (
              <FindingItem key={findingKey(f)} finding={f} policy={policy} onReveal={onReveal} failed={revealFailed === findingKey(f)} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function FindingItem({ finding, policy, onReveal, failed }: { finding: Finding; policy: Policy; onReveal(f: Finding): void; failed: boolean }) {
  const others = otherSections(finding, policy);
  return (
    <li class={`finding sev-${finding.severity}`}>
      <p class="finding-head">
        <span class="category">{categoryLabel(finding.category)}</span>
        <span class="badge">{severityLabel(finding.severity)}</span>
      </p>
      <dl>
        <dt>{t('popup_found')}</dt>
        <dd>
          <q class="found">{shorten(finding.text)}</q>
        </dd>
        <dt>{t('popup_why')}</dt>
        <dd>{finding.message}</dd>
      </dl>
      {others.length > 0 && <p class="also muted">{t('popup_also_sections', others.map(sectionLabel).join('; '))}</p>}
      <button type="button" class="btn btn-small" onClick={() => onReveal(finding)}>
        {t('popup_reveal')}
      </button>
      {failed && (
        <p class="reveal-failed" role="alert">
          {t('popup_reveal_failed')}
        </p>
      )}
    </li>
  );
}
