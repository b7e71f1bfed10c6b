import { scanGroup } from '../groups';
import type { Detector } from '../types';

/**
 * Slurs against a protected group (lexicon `discriminatory`, group `slur`):
 * a slur is flagged on its own, whatever surrounds it, because no framing
 * makes it fit to post. Masked spellings are listed outright (`n*gger`),
 * not matched by first letter, so `f*****` (fucked? fucker?) is left to the
 * profanity rule.
 *
 * | flags | allows |
 * |---|---|
 * | racial, religious, homophobic, transphobic and disability slurs, also l33t (`p4ki`) | `chink in the armour`, `poof, gone`, `a fag break`, `went on a bender` (not listed) |
 * | `retarded`, `spastics`, `coffin dodgers` | `Devil's Dyke`, `Lesbos`, `homo sapiens` (not listed) |
 */
export const slurs: Detector = {
  id: 'slurs',
  detect(ctx, rule) {
    return scanGroup(ctx.lex('discriminatory'), ctx.tokens, 'slur').map((m) => {
      const [start, end] = ctx.span(m.i, m.j);
      return { category: rule.category, rule: rule.id, start, end, priority: 1 };
    });
  },
};
