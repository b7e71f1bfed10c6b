import type { Detector } from '../types';

/**
 * Swearing of Ofcom's "medium" strength and above (lexicon `profanity`), in any
 * disguise the normaliser undoes (`sh1t`, `s.h.i.t`, `f u c k`, `ｆｕｃｋ`), stretched
 * (`fuuuck`) or masked (`f***`, `bullsh*t`).
 *
 * | flags | allows |
 * |---|---|
 * | swear words, also masked (`f***`), in l33t or spelt out with dots, as initials (`FFS`), stretched, or inside compounds (`clusterfuck`, `pissed off`) | mild words not in the lexicon: bloody, damn, crap, sod, arse, hell |
 * | swear words as insults and in every form (plural, -ing) | place names and words that contain one (Scunthorpe, Penistone, cocktail, Dickens, shiitake): whole words only |
 *
 * Examples: rules/packs/rules/profanity.json, rule `profanity/swearing` (run by tests/rules/examples.test.ts).
 */
export const profanity: Detector = {
  id: 'profanity',
  detect(ctx, rule) {
    return ctx.lex('profanity').scan(ctx.tokens).map((m) => {
      const [start, end] = ctx.span(m.i, m.j);
      return { category: rule.category, rule: rule.id, start, end, priority: m.group === 'strong' ? 1 : 0 };
    });
  },
};
