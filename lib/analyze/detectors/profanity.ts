import type { Detector } from '../types';

/**
 * Swearing of Ofcom's "medium" strength and above (lexicon `profanity`), in any
 * disguise the normaliser undoes (`sh1t`, `s.h.i.t`, `f u c k`, `ｆｕｃｋ`), stretched
 * (`fuuuck`) or masked (`f***`, `bullsh*t`).
 *
 * | flags | allows |
 * |---|---|
 * | `f*** that`, `b0ll0cks`, `FFS`, `clusterfuck`, `pissed off` | `bloody`, `damn`, `crap`, `sod`, `arse`, `hell` (mild: not in the lexicon) |
 * | `dickheads`, `wanker`, `shitting` | `Scunthorpe`, `Penistone`, `cocktail`, `Dickens`, `shiitake` (whole words only) |
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
