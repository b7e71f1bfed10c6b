import { scanGroup } from '../groups';
import type { Detector } from '../types';

/**
 * "Don't tell anyone but ...", "between us", "told to keep it quiet", 🤫:
 * the poster marks something as secret, and the sentence is about school
 * business (lexicon `confidential`, groups `secret` and `business`).
 *
 * | flags | allows |
 * |---|---|
 * | `don't tell anyone but the head is leaving` | `don't tell anyone but I ate the last biscuit` (no school business) |
 * | `between us, Ofsted said Inadequate` | `keep it quiet, it's a surprise for the head's birthday` (a treat) |
 * | `can't tell parents yet 🤐` | `don't tell anyone but I've got an interview` (the poster's own news) |
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
