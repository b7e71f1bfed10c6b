import type { Finding } from '../../lib/analyze/types';
import { type Policy, type PolicySection, sectionsFor } from '../policy-sections';

export interface SectionGroup {
  /** null: the finding cites no section this policy has (a pack and policy out of step). */
  section: PolicySection | null;
  findings: Finding[];
}

/**
 * Findings under the section each cites first (its main one: a category lists
 * its sections most relevant first), sections in the policy's order, findings
 * in text order. A finding appears once; its other sections are shown on it.
 */
export function groupBySection(findings: readonly Finding[], policy: Policy): SectionGroup[] {
  const bySection = new Map<PolicySection | null, Finding[]>();
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const main = sectionsFor(f.sections, policy)[0] ?? null;
    const list = bySection.get(main) ?? [];
    list.push(f);
    bySection.set(main, list);
  }
  const order = (s: PolicySection | null) => (s ? policy.sections.indexOf(s) : policy.sections.length);
  return [...bySection]
    .map(([section, list]) => ({ section, findings: list }))
    .sort((a, b) => order(a.section) - order(b.section));
}

/** The sections a finding cites besides the one it is grouped under. */
export function otherSections(f: Finding, policy: Policy): PolicySection[] {
  return sectionsFor(f.sections, policy).slice(1);
}
