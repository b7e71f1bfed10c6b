import type { Pack } from '../../rules/schema';
import { t } from '../i18n';
import { sectionAnchor, sectionLabel } from '../policy-sections';
import { PolicySectionView } from './PolicySectionView';
import { rulesBySection } from './rules-by-section';

export interface PolicyViewProps {
  pack: Pack;
}

/** The whole policy, section by section, each with the rules of the pack that point to it. */
export function PolicyView({ pack }: PolicyViewProps) {
  const { policy } = pack;
  const rules = rulesBySection(pack);
  return (
    <main class="policy">
      <header class="policy-head">
        <p class="eyebrow">{pack.profile.school.name}</p>
        <h1>{policy.title}</h1>
        {policy.source && <p class="muted">{t('policy_source', policy.source)}</p>}
        <p class="muted">{t('policy_pack', [pack.id, String(pack.version), pack.profile.school.name])}</p>
      </header>
      <nav class="contents" aria-labelledby="contents-title">
        <h2 id="contents-title">{t('policy_contents')}</h2>
        <ol>
          {policy.sections.map((s) => (
            <li key={s.id}>
              <a href={`#${sectionAnchor(s.id)}`}>{sectionLabel(s)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {policy.sections.map((s) => (
        <PolicySectionView key={s.id} section={s} categories={rules.get(s.id) ?? []} />
      ))}
      <footer class="muted">{t('policy_privacy')}</footer>
    </main>
  );
}
