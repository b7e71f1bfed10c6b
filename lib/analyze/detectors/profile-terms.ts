import { CATEGORIES, type Category } from '../../../rules/categories';
import type { Detector } from '../types';

/**
 * The profile's `terms` (what leadership lists as not to be posted: a project
 * code name, a planned merger partner): each is flagged with the category the
 * profile gives it, whatever the category of the rule that runs this detector.
 * The profile lexicon is built once per pack (lib/analyze/profile.ts), so this
 * is one scan per sentence, however many terms there are.
 *
 * | flags | allows |
 * |---|---|
 * | the term in any case or spacing | the term's words apart, or one of them alone |
 * | the term in a hashtag split at capitals | terms of a category the pack has switched off |
 *
 * Examples: rules/packs/rules/confidential.json, rule `confidential/profile-term` (run by tests/rules/examples.test.ts).
 */
const KNOWN = new Set<string>(CATEGORIES);

export const profileTerms: Detector = {
  id: 'profile-terms',
  detect(ctx, rule) {
    return ctx.pack.profile.terms.scan(ctx.tokens).flatMap((m) => {
      if (!KNOWN.has(m.group)) return [];
      const category = m.group as Category;
      if (!ctx.pack.categories[category].enabled) return [];
      const [start, end] = ctx.span(m.i, m.j);
      return [{ category, rule: rule.id, start, end, priority: 2, message: `Your school lists ‘${ctx.text.slice(start, end)}’ as not to be posted about. ${ctx.pack.categories[category].message}` }];
    });
  },
};
