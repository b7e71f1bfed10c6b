import { scanGroup } from '../groups';
import type { Detector } from '../types';

/**
 * The school's unannounced plans (lexicon `confidential`): restructures,
 * redundancies, academy conversion, mergers. Needs the poster's own school or
 * staff in the sentence ("we're", "our school", "staff briefing"), and no
 * word that makes it commentary on the sector.
 *
 * | flags | allows |
 * |---|---|
 * | `they're turning us into an academy`, `our school is joining a trust` | `forced academisation is a disaster for schools` (sector) |
 * | `they're cutting 4 TA jobs at our place`, `redundancies announced to staff` | `my husband's firm is making redundancies` (not the school) |
 * | `staffing restructure starts in May, we're all on edge` | `we're restructuring the Year 5 curriculum` (not staffing) |
 */
export const schoolPlans: Detector = {
  id: 'school-plans',
  detect(ctx, rule) {
    const { tokens } = ctx;
    const lex = ctx.lex('confidential');
    const hits = scanGroup(lex, tokens, 'org-topic');
    if (!hits.length || !scanGroup(lex, tokens, 'own').length || scanGroup(lex, tokens, 'org-general').length) return [];
    return hits.map((m) => {
      const [start, end] = ctx.span(m.i, m.j);
      return { category: rule.category, rule: rule.id, start, end, priority: 1 };
    });
  },
};
