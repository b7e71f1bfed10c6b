import { t } from '../i18n';
import { type PolicySection, sectionAnchor, sectionLabel } from '../policy-sections';
import type { CategoryUnderSection } from './rules-by-section';

export interface PolicySectionViewProps {
  section: PolicySection;
  categories: CategoryUnderSection[];
}

/** One section: its anchor (cards link to policy.html#section-<id>), its text, then what postguard checks for it. */
export function PolicySectionView({ section, categories }: PolicySectionViewProps) {
  const anchor = sectionAnchor(section.id);
  return (
    <section id={anchor} class="policy-section" aria-labelledby={`${anchor}-title`} tabIndex={-1}>
      <h2 id={`${anchor}-title`}>{sectionLabel(section)}</h2>
      <p class="summary">{section.summary}</p>
      {categories.length === 0 ? (
        <p class="muted">{t('policy_no_rules')}</p>
      ) : (
        <>
          <h3>{t('policy_rules_heading')}</h3>
          <ul class="categories">
            {categories.map((c) => (
              <li key={c.category} class="category">
                <h4>{c.label}</h4>
                <p>{c.message}</p>
                <ul class="rules">
                  {c.rules.map((r) => (
                    <li key={r.id} class="rule">
                      <p>{r.description}</p>
                      {r.example && (
                        <p class="example">
                          <span class="muted">{t('policy_flags_example')}</span> <q>{r.example}</q>
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
