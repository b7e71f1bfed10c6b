import type { Finding } from '../lib/analyze/types';
import { categoryLabel } from './category-labels';
import { type PolicySection, sectionLabel } from './policy-sections';
import { severityLabel } from './severity';
import { shorten } from './text';

/** What was found, its category and severity: the head of a nudge card and of a pause finding. */
export function FindingHead({ finding, headingId }: { finding: Finding; headingId?: string }) {
  return (
    <div class="card-head">
      <h3 id={headingId} class="card-title">
        <span class="card-category">{categoryLabel(finding.category)}</span>
        <span class="sr-only">: </span>
        <q class="card-text">{shorten(finding.text)}</q>
      </h3>
      <span class="badge">{severityLabel(finding.severity)}</span>
    </div>
  );
}

/** The policy sections a finding rests on, number, title and summary; nothing when none is known. */
export function SectionList({ sections }: { sections: readonly PolicySection[] }) {
  if (!sections.length) return null;
  return (
    <ul class="card-sections">
      {sections.map((s) => (
        <li key={s.id}>
          <span class="section-title">{sectionLabel(s)}</span>
          <span class="section-summary">{s.summary}</span>
        </li>
      ))}
    </ul>
  );
}
