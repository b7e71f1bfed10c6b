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
 * | the poster's school becoming an academy, joining a trust or merging | academisation as a sector issue |
 * | jobs cut at the poster's school; redundancies announced to staff | redundancies somewhere else (not the school) |
 * | a staffing restructure at the school | restructuring a curriculum or plan (not staffing) |
 *
 * Examples: rules/packs/rules/confidential.json, rule `confidential/school-plans` (run by tests/rules/examples.test.ts).
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
