import { scanGroup } from '../groups';
import type { Detector } from '../types';

/**
 * "Don't tell anyone but ...", "between us", "been told not to say", 🤫:
 * the poster marks something as secret, and the sentence is about school
 * business (lexicon `confidential`, groups `secret` and `business`).
 *
 * | flags | allows |
 * |---|---|
 * | `don't tell anyone but the head is leaving` | `don't tell anyone but I ate the last biscuit` (no school business) |
 * | `between us, Ofsted said Inadequate` | `the distance between us and the sea` (not "between us" as a marker: no business either) |
 * | `not allowed to tell parents yet 🤐` | `keep it quiet, surprise party for my sister` |
 */
export const secrecy: Detector = {
  id: 'secrecy',
  detect(ctx, rule) {
    const lex = ctx.lex('confidential');
    const marks = scanGroup(lex, ctx.tokens, 'secret');
    if (!marks.length) return [];
    const business = scanGroup(lex, ctx.tokens, 'business');
    if (!business.length) return [];
    const first = Math.min(marks[0]!.i, business[0]!.i);
    const last = Math.max(marks[marks.length - 1]!.j, business[business.length - 1]!.j);
    const [start, end] = ctx.span(first, last);
    return [{ category: rule.category, rule: rule.id, start, end }];
  },
};
