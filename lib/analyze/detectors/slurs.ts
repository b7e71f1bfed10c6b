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
 * | the echo `(((people)))`; dog whistles (`on the next dinghy`, `Britain is full`) | `((nested)) brackets`, `we're full after that roast` |
 */
const ECHO = /\(\(\(\s*[^()\s][^()]{0,40}\)\)\)/g;

export const slurs: Detector = {
  id: 'slurs',
  detect(ctx, rule) {
    const lex = ctx.lex('discriminatory');
    // Dog whistles ("on the next dinghy", "Britain is full") say it without naming a group.
    const out = [...scanGroup(lex, ctx.tokens, 'slur'), ...scanGroup(lex, ctx.tokens, 'dogwhistle')].map((m) => {
      const [start, end] = ctx.span(m.i, m.j);
      return { category: rule.category, rule: rule.id, start, end, priority: 1 };
    });
    // The antisemitic "echo", `(((them)))`: punctuation the tokens never see.
    for (const m of ctx.text.matchAll(ECHO)) out.push({ category: rule.category, rule: rule.id, start: m.index, end: m.index + m[0].length, priority: 1 });
    return out;
  },
};
