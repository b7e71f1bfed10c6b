import { scanGroup } from '../groups';
import type { Detector } from '../types';

/**
 * "Don't tell anyone but ...", "between us", "told to keep it quiet", 🤫:
 * the poster marks something as secret, and the sentence is about school
 * business (lexicon `confidential`, groups `secret` and `business`).
 *
 * | flags | allows |
 * |---|---|
 * | a secrecy phrase (don't tell anyone, off the record) before school business (the head leaving, the budget) | a secrecy phrase before nothing of the school's (the last biscuit) |
 * | news not to be told to parents yet | a surprise or a treat kept quiet |
 * | | the poster's own news (an interview) |
 *
 * Examples: rules/packs/rules/confidential.json, rule `confidential/secrecy` (run by tests/rules/examples.test.ts).
 */
export const secrecy: Detector = {
  id: 'secrecy',
  detect(ctx, rule) {
    const lex = ctx.lex('confidential');
    const marks = scanGroup(lex, ctx.tokens, 'secret');
    if (!marks.length) return [];
    const business = scanGroup(lex, ctx.tokens, 'business');
    // Surprises and treats are the happy kind of secret: "keep it quiet, it's for the head's birthday".
    if (!business.length || scanGroup(lex, ctx.tokens, 'harmless').length) return [];
    const first = Math.min(marks[0]!.i, business[0]!.i);
    const last = Math.max(marks[marks.length - 1]!.j, business[business.length - 1]!.j);
    const [start, end] = ctx.span(first, last);
    return [{ category: rule.category, rule: rule.id, start, end }];
  },
};
