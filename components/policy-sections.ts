import type { Pack } from '../rules/schema';
import { t } from './i18n';

export type Policy = Pack['policy'];
export type PolicySection = Policy['sections'][number];

/** "Section 6: General considerations"; an appendix already names itself ("Appendix A: ..."). */
export function sectionLabel(section: PolicySection): string {
  if (/^appendix\b/i.test(section.title)) return section.title;
  return t('policy_section_label', [section.id, section.title]);
}

/** The policy's sections a finding cites, in the finding's order; ids the policy lacks are skipped. */
export function sectionsFor(ids: readonly string[], policy: Pick<Policy, 'sections'>): PolicySection[] {
  const out: PolicySection[] = [];
  for (const id of ids) {
    const section = policy.sections.find((s) => s.id === id);
    if (section && !out.includes(section)) out.push(section);
  }
  return out;
}

/** The anchor of a section on the policy page: policy.html#section-5. */
export function sectionAnchor(id: string): string {
  return `section-${id}`;
}
