import type { Lexicon } from '../lexicon';
import type { Token } from '../tokens';
import type { Candidate, Detector } from '../types';

/**
 * A colleague named (from the profile's staff list) or identified by position.
 *
 * | flags | allows |
 * |---|---|
 * | a full name from the staff list; `Mr Okafor`, `Miss Gallagher` (title + surname) | celebrities sharing a first name (`Helen Mirren`): another capitalised surname follows |
 * | a staff first name alone, when the draft is about school or work | a staff first name with no school context |
 * | `our head`, `my TA`, `the new PE teacher`, `that new Year 3 teacher`, `our site manager` | `my head is pounding`, `the head of the BBC`, `Headteachers across the country` |
 * | `the head`, `the deputy` when the draft is about school or work | `teaching assistants are the backbone...` (plural: a group, not a person) |
 */
export const staff: Detector = {
  id: 'staff',
  detect(ctx, rule) {
    const out: Candidate[] = [];
    const { tokens } = ctx;
    const push = (i: number, j: number, priority: number, requires?: Record<string, number>) => {
      const [start, end] = ctx.span(i, j);
      out.push({ category: rule.category, rule: rule.id, start, end, priority, ...(requires ? { requires } : {}) });
    };
    for (const m of ctx.pack.profile.staff.scan(tokens)) {
      if (m.group === 'full' || m.group === 'titled') {
        push(m.i, m.j, 2);
        ctx.addFeature('school-context');
      } else if (m.group === 'first' && standsAlone(tokens, m.i, ctx.lex('names')) && !ctx.lex('names').matchAt(tokens, m.i - 1, 'relation')) {
        push(m.i, m.j, 1, { 'school-context': 1 });
      }
    }
    const lex = ctx.lex('staff-roles');
    for (const m of lex.scan(tokens)) {
      if (m.group !== 'role') continue;
      // Walk back over modifiers ("new", "Year 3") to the determiner.
      let k = m.i - 1;
      while (k >= 0 && lex.matchAt(tokens, k, 'modifier')) k--;
      const det = k >= 0 && lex.matchAt(tokens, k, 'determiner') ? tokens[k]!.t : undefined;
      if (!det) continue;
      const role = m.phrase;
      if (role === 'head' && (det === 'my' || det === 'your' || tokens[m.j]?.t === 'of')) continue; // a body part; "the head of the BBC"
      push(k, m.j, 0, det === 'the' ? { 'school-context': 1 } : undefined);
    }
    return out;
  },
};

/**
 * A first name on its own: capitalised as typed, not part of another person's
 * full name (`Jamie Oliver`), and, for names that are also everyday words
 * (`Will`, `Grace`, `Poppy`), not the first word of the sentence.
 */
export function standsAlone(tokens: readonly Token[], i: number, everyday?: Lexicon): boolean {
  const tok = tokens[i]!;
  if (!tok.cap || tok.upper) return false;
  if (i === 0 && everyday?.matchAt(tokens, i, 'everyday-word')) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && prev.cap && !prev.tag && i > 0 && !/^(i|and|or|with)$/.test(prev.t) && prev.e >= tok.s - 1) return false;
  if (next && next.cap && !next.tag && next.t.length > 1 && !/^(i|i'm|i've|i'll|i'd)$/.test(next.t) && next.s <= tok.e + 1) return false;
  return true;
}
