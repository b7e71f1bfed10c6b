import { scanGroup } from '../groups';
import type { Candidate, Detector } from '../types';

/**
 * A colleague's confidential matters (lexicon `confidential`): suspension,
 * discipline, sickness, investigations, allegations, dismissal. Needs someone
 * at work in the sentence; the poster's own news ("I've been signed off") is
 * theirs to share.
 *
 * | flags | allows |
 * |---|---|
 * | a colleague suspended pending an investigation | the poster signed off (self) |
 * | a colleague by role signed off; `Mr X` on capability | a budget or plan signed off (no colleague; "been signed off" needs a person) |
 * | an investigation, with a colleague named in the draft | a match suspended (no colleague) |
 *
 * Examples: rules/packs/rules/confidential.json, rule `confidential/staff-matters` (run by tests/rules/examples.test.ts).
 */
export const staffMatters: Detector = {
  id: 'staff-matters',
  detect(ctx, rule) {
    const { tokens } = ctx;
    const lex = ctx.lex('confidential');
    const topics = scanGroup(lex, tokens, 'staff-topic');
    if (!topics.length) return [];
    const refs = scanGroup(lex, tokens, 'staff-ref').map((m) => m.i);
    for (const m of ctx.pack.profile.staff.scan(tokens)) if (m.group !== 'first' || tokens[m.i]!.cap) refs.push(m.i);
    if (!refs.length) return [];
    const out: Candidate[] = [];
    for (const m of topics) {
      if (selfBefore(m.i)) continue;
      const [start, end] = ctx.span(m.i, m.j);
      out.push({ category: rule.category, rule: rule.id, start, end, priority: 1 });
    }
    return out;

    // "I've been signed off", "I got a written warning": the poster's own matter.
    function selfBefore(i: number): boolean {
      for (let k = Math.max(0, i - 3); k < i; k++) {
        const t = tokens[k]!.t;
        if (/^(i|i'm|im|i've|ive|me|myself)$/.test(t)) return !refs.some((r) => r > k && r < i);
      }
      return false;
    }
  },
};
