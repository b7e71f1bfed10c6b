import type { Lexicon } from '../lexicon';
import { famousName } from '../name-context';
import type { Token } from '../tokens';
import type { Candidate, Detector } from '../types';

/**
 * A colleague named (from the profile's staff list) or identified by position.
 *
 * | flags | allows |
 * |---|---|
 * | a full name from the staff list; a title + a staff surname (`Mr X`) | celebrities sharing a staff first name: another capitalised surname follows |
 * | a colleague's full name, when the draft is about school or work | that name with no school context |
 * | a colleague's full name that is also a famous one, when the draft is about school or work itself (not only another of the school's names) | |
 * | a staff first name alone, when the draft is about school or work | a staff first name with no school context |
 * | one colleague by role: our head, my TA, the new PE teacher, the Year 3 teacher who just started, our site manager | "head" as a body part; the head of another body; a role in general |
 * | `the head`, `the deputy` when the draft is about school or work | a plural role: a group, not a person |
 * | | a role naming a thing or another job: the role then a noun (`course`, `role`, `chef`) |
 * | | someone at another school: the role then `at their`, `at my old` |
 * | | `the head` after a word that makes it the body part (`on`, `round`, `hit`) |
 * | | the writer's own role: the role then `here`, `life`, `gang` (group `self-tag`); `I'm the` or `you're the` before it |
 * | | a role after `your`: advice to other staff about their own colleagues |
 *
 * Examples: rules/packs/rules/staff-identity.json, rule `staff-identity/colleague` (run by tests/rules/examples.test.ts).
 */
export const staff: Detector = {
  id: 'staff',
  detect(ctx, rule) {
    const out: Candidate[] = [];
    const { tokens } = ctx;
    const push = (i: number, j: number, priority: number, requires?: Record<string, number>, maybe?: Candidate['maybe']) => {
      const [start, end] = ctx.span(i, j);
      out.push({ category: rule.category, rule: rule.id, start, end, priority, ...(requires ? { requires } : {}), ...(maybe ? { maybe } : {}) });
    };
    for (const m of ctx.pack.profile.staff.scan(tokens)) {
      if (m.group === 'titled') {
        push(m.i, m.j, 2);
        ctx.addFeature('school-context');
      } else if (m.group === 'full' && famousName(tokens, m.i, m.j, ctx.lex('name-context'))) {
        // A colleague who shares a famous name (`Harry Kane`) is read as the colleague only in a
        // draft about school or work: elsewhere the name is the footballer's first.
        push(m.i, m.j, 2, { 'school-context': 1 }, 'famous');
      } else if (m.group === 'full') {
        // Any full name can be someone else's too (a footballer, a presenter, a neighbour): no list
        // of famous people is ever whole, so a colleague's full name counts in a draft about school
        // or work. Measured on the written corpus: 56 fewer wrong findings for 51 fewer right ones,
        // 34 fewer clean drafts nudged of 11,633; the learned scorer reads the name as a maybe.
        push(m.i, m.j, 2, { 'school-context|school-maybe': 1 });
        ctx.addFeature('staff-named');
      } else if (m.group === 'first' && standsAlone(tokens, m.i, ctx.lex('names'), ctx.norm.text) && !ctx.lex('names').matchAt(tokens, m.i - 1, 'relation')) {
        push(m.i, m.j, 1, { 'school-context': 1 });
      }
    }
    const lex = ctx.lex('staff-roles');
    for (const m of lex.scan(tokens)) {
      if (m.group !== 'role') continue;
      // "the deputy manager", "the head of the BBC": someone else's job.
      // "the TA course", "the SENCo role", "the head chef": the role names a thing or another job.
      // ("the head's contract" is the head's own.)
      if ((!tokens[m.j - 1]!.poss && lex.matchAt(tokens, m.j, 'compound')) || (m.phrase === 'head' && tokens[m.j]?.t === 'of')) continue;
      // "the SENCo at their school", "the head at my old school": someone at another school.
      if (lex.matchAt(tokens, m.j, 'elsewhere-after')) continue;
      // Walk back over modifiers ("new", "Year 3") to the determiner.
      let k = m.i - 1;
      while (k >= 0 && lex.matchAt(tokens, k, 'modifier')) k--;
      const det = k >= 0 && lex.matchAt(tokens, k, 'determiner') ? tokens[k]!.t : undefined;
      // "hit on the head", "round the head", "clears the head": the body part.
      if (det && m.phrase === 'head' && !tokens[m.i]!.poss && lex.matchAt(tokens, k - 1, 'body-before')?.j === k) continue;
      const unambiguous = lex.matchAt(tokens, m.i, 'unambiguous')?.j === m.j;
      // "Site manager here.", "SENCo life:", "I'm the SENCo", "POV: you're the site manager": the writer's own job.
      if (lex.matchAt(tokens, m.j, 'self-tag') || (k >= 0 && selfBefore(lex, tokens, k))) continue;
      // "New PE teacher has ...": a sentence opening on a modified, unambiguous role.
      if (!det && k < 0 && unambiguous && !tokens[m.i]!.tag) {
        // A bare title opening the sentence ("Headteacher at my school has ...") needs school context.
        push(0, m.j, 0, m.i > 0 ? undefined : { 'school-context': 1 });
        continue;
      }
      if (!det) {
        // "HT has announced a book look": a title written as schools abbreviate it.
        const bare = lex.matchAt(tokens, m.i, 'bare-title');
        if (bare && bare.j === m.j && tokens[m.i]!.upper) push(m.i, m.j, 0, { 'school-context': 1 });
        continue;
      }
      // "my head" is a body part; "tell your DSL", "ask your TA" is advice to other staff about
      // their own colleagues, no one at the writer's school.
      if (det === 'your' || (m.phrase === 'head' && det === 'my')) continue;
      // "the new trainee": a newcomer is someone at the writer's work, context or not.
      const newcomer = k + 1 < m.i && tokens[k + 1]!.t === 'new';
      push(k, m.j, 0, det === 'the' && !unambiguous && !newcomer ? { 'school-context': 1 } : undefined);
    }
    return out;
  },
};

/** `I'm the`, `you're the`: the role named is the writer's own (or the reader's, on a POV post). */
function selfBefore(lex: Lexicon, tokens: readonly Token[], det: number): boolean {
  for (let b = Math.max(0, det - 2); b < det; b++) if (lex.matchAt(tokens, b, 'self-before')?.j === det) return true;
  return false;
}

/**
 * A first name on its own: capitalised as typed, not part of another person's
 * full name (`Jamie Oliver`), and reading as a name when it is also an everyday
 * word (`Will`, `Grace`, `Summer`). `text` is the folded chunk text.
 */
export function standsAlone(tokens: readonly Token[], i: number, everyday?: Lexicon, text?: string): boolean {
  const tok = tokens[i]!;
  if (!tok.cap || tok.upper) return false;
  // A name that is also a word ("Will you...", "Summer fair", "Mark my words") must read as a
  // name: followed by what follows a person (`Will in my class`, `Grace said`), by punctuation, or 's.
  if (everyday?.matchAt(tokens, i, 'everyday-word') && !tok.poss) {
    const next = tokens[i + 1];
    const punctuated = !next || next.s > tok.e + 1 || (text !== undefined && /^[,.!?;:]/.test(text.slice(tok.e, tok.e + 1)));
    if (!punctuated && !everyday.matchAt(tokens, i + 1, 'name-follower')) return false;
  }
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && prev.cap && !prev.tag && i > 0 && !/^(i|and|or|with)$/.test(prev.t) && prev.e >= tok.s - 1) return false;
  if (next && next.cap && !next.tag && next.t.length > 1 && !/^(i|i'm|i've|i'll|i'd)$/.test(next.t) && next.s <= tok.e + 1) return false;
  return true;
}
