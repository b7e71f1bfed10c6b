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
 * | racial, religious, homophobic, transphobic and disability slurs, also l33t | idioms and words that only look like one (a chink in the armour, poof as a sound, a fag break, a bender) |
 * | slurs on disability and age | place names and science words (Devil's Dyke, Lesbos, homo sapiens): not listed |
 * | the triple-bracket echo; dog whistles (the next dinghy, the country is full) | nested brackets; being full after a meal |
 *
 * Examples: rules/packs/rules/discriminatory.json, rule `discriminatory/slur` (run by tests/rules/examples.test.ts).
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
