import { famousName } from '../name-context';
import type { Token } from '../tokens';
import type { Candidate, ChunkContext, Detector } from '../types';
import { standsAlone } from './staff';

/**
 * Details about a pupil: a roster name, or a child picked out through the
 * writer's class or school. Roster names come only from the profile.
 *
 * | flags | allows |
 * |---|---|
 * | a roster full name, anywhere | the writer's own child (`my Lily`, `my eldest, Lily`) |
 * | a roster full name that is also a famous one, when the draft is about a class | that name with no class context, even in a draft that mentions school |
 * | a roster first name, or first name + initial (`Leo F`), when the draft is about class or school | a roster first name elsewhere (a celebrity's first name, a title, a plural) |
 * | a child by class or year: a lad from a Year 5 class, a Reception kid, the boy in a class by its code, a Year 7 in a tutor group | a whole class |
 * | two pupils of a year ("both Year 10 boys") beside a pupil matter (exclusions, a referral) | two pupils of a year doing something with no matter |
 * | a subgroup singled out by a characteristic in the poster's class | the writer's childhood (the year they were in Year 6) |
 * | a roster surname as a family (the X case, the X twins) with school context | a roster surname alone (`Hart` is also a word) |
 *
 * Examples: rules/packs/rules/pupil-details.json, rule `pupil-details/pupil` (run by tests/rules/examples.test.ts).
 */
export const pupils: Detector = {
  id: 'pupils',
  detect(ctx, rule) {
    const out: Candidate[] = [];
    const { tokens } = ctx;
    const names = ctx.lex('names');
    const push = (i: number, j: number, priority: number, requires?: Record<string, number>, maybe?: Candidate['maybe']) => {
      const [start, end] = ctx.span(i, j);
      out.push({ category: rule.category, rule: rule.id, start, end, priority, ...(requires ? { requires } : {}), ...(maybe ? { maybe } : {}) });
    };
    for (const m of ctx.pack.profile.pupils.scan(tokens)) {
      if (m.group === 'full' && famousName(tokens, m.i, m.j, ctx.lex('name-context'))) {
        // A pupil who shares a famous name (`Jude Bellingham`) is the pupil only in a draft about a
        // class: school words alone do not make him a pupil ("Marcus Rashford's free school meals campaign").
        push(m.i, m.j, 2, { 'pupil-context': 1 }, 'famous');
      } else if (m.group === 'full') {
        push(m.i, m.j, 2);
        ctx.addFeature('pupil-context');
        ctx.addFeature('pupil-named');
      } else if (m.group === 'initial' && tokens[m.i]!.cap && tokens[m.j - 1]!.cap) {
        push(m.i, m.j, 1, { 'pupil-context': 1 });
      } else if (m.group === 'surname' && tokens[m.i]!.cap && tokens[m.i - 1]?.t === 'the' && ctx.lex('pupil-refs').matchAt(tokens, m.j, 'by-surname')) {
        // "the Oyelaran case", "the Thompson twins": a family named by the roster surname.
        push(m.i - 1, m.j + 1, 1, { 'pupil-context|school-context': 1 });
      } else if (m.group === 'first' && standsAlone(tokens, m.i, names, ctx.norm.text) && !names.matchAt(tokens, m.i - 1, 'relation') && !ownChild(ctx, m.i) && !titleFollows(tokens, m.j)) {
        push(m.i, m.j, 1, { 'pupil-context': 1 });
      }
    }
    for (const [i, j, needs] of childrenInClass(ctx)) {
      if (needs) {
        push(i, j, 0, { [needs]: 1 });
        continue;
      }
      push(i, j, 0);
      ctx.addFeature('pupil-named');
    }
    // "Tegan in 8P": a class code after in/from is class context.
    for (let k = 1; k < tokens.length; k++) if (/^(in|from)$/.test(tokens[k - 1]!.t) && classCode(tokens, k)) ctx.addFeature('pupil-context');
    // "my Y11 set", "our Y7s": a year group written short, owned by the writer.
    for (let k = 1; k < tokens.length; k++) if (/^(my|our)$/.test(tokens[k - 1]!.t) && /^y(?:1[0-3]|[1-9])s?$/.test(tokens[k]!.t)) ctx.addFeature('pupil-context');
    return out;
  },
};

/** `my eldest, Lily`, `our youngest Noah`: the writer's own child named after how they rank. */
function ownChild(ctx: ChunkContext, i: number): boolean {
  const lex = ctx.lex('pupil-refs');
  for (let k = Math.max(0, i - 3); k < i; k++) if (lex.matchAt(ctx.tokens, k, 'own-child')?.j === i) return true;
  return false;
}

/** `Matilda the Musical`, `Noah the Whale`: a title, not a child. */
const titleFollows = (tokens: readonly Token[], j: number) => tokens[j]?.t === 'the' && tokens[j + 1]?.cap === true;

/** Children singled out through the writer's class: spans of tokens. */
function childrenInClass(ctx: ChunkContext): Array<[number, number, string?]> {
  const lex = ctx.lex('pupil-refs');
  const { tokens } = ctx;
  const out: Array<[number, number, string?]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.matchAt(tokens, i);
    if (!m) continue;
    if (m.group === 'child' || (m.group === 'children' && i > 0 && lex.matchAt(tokens, i - 1, 'characteristic'))) {
      // "a lad from my Year 5 class", "Muslim children in my class", "the boy in 6W"
      const start = m.group === 'children' ? i - 1 : lex.matchAt(tokens, i - 1, 'pointer') ? i - 1 : i;
      const phase = lex.matchAt(tokens, Math.max(0, i - 2), 'phase') ?? lex.matchAt(tokens, i - 1, 'phase');
      // "a Reception kid", "one Year 2 girl"; "Reception kid bit me" at the start of a sentence.
      if (m.group === 'child' && phase && phase.j === i && (phase.i === 0 || lex.matchAt(tokens, phase.i - 1, 'pointer'))) {
        out.push([Math.max(0, phase.i - 1), m.j]);
        continue;
      }
      for (let k = m.j; k < Math.min(tokens.length, m.j + 4); k++) {
        if (!/^(in|from|of)$/.test(tokens[k]!.t)) continue;
        const cls = lex.matchAt(tokens, k + 1, 'class') ?? classCode(tokens, k + 1);
        if (cls) out.push([start, cls.j]);
        break;
      }
    } else if (m.group === 'phase' && i > 0 && /^(a|one|this|that)$/.test(tokens[i - 1]!.t) && /^(in|from)$/.test(tokens[m.j]?.t ?? '')) {
      // "a Year 7 in my tutor group": the year group standing for one child of the writer's class.
      const cls = lex.matchAt(tokens, m.j + 1, 'class');
      if (cls) out.push([i - 1, cls.j]);
    } else if (m.group === 'phase' && i > 0 && /^(both|two|three)$/.test(tokens[i - 1]!.t) && lex.matchAt(tokens, m.j, 'children')) {
      // "both Year 10 boys", "two Year 8 girls": a handful singled out, named only with a pupil matter (exclusion, referral).
      out.push([i - 1, lex.matchAt(tokens, m.j, 'children')!.j, 'pupil-matter']);
    } else if (m.group === 'few') {
      // "three this term out of my class": a handful of children counted out of the class.
      for (let k = m.j; k < Math.min(tokens.length, m.j + 4); k++) {
        if (tokens[k]!.t !== 'from') continue;
        const cls = lex.matchAt(tokens, k + 1, 'class');
        if (cls) out.push([m.i, cls.j]);
        break;
      }
    } else if (m.group === 'one-of') {
      // "a Year 4 of mine", "one of my SEN lot"
      const g = lex.matchAt(tokens, m.j, 'their-group') ?? lex.matchAt(tokens, m.j + 1, 'their-group') ?? yearPlural(tokens, m.j);
      // "a pupil's mum" points at a parent, not a child.
      if (g && !lex.matchAt(tokens, g.j, 'parent')) out.push([m.i, g.j]);
    }
  }
  return out;
}

/** `6W`, `5B`, `3LM`, `10K`: a class code as schools write them. */
function classCode(tokens: readonly Token[], i: number): { j: number } | undefined {
  const t = tokens[i];
  return t && /^(?:1[0-3]|[1-9])[a-z]{1,3}$/.test(t.t) ? { j: i + 1 } : undefined;
}

/** `Year 4s`, `Y6s`. */
export function yearPlural(tokens: readonly Token[], i: number): { j: number } | undefined {
  if (/^(year|yr)$/.test(tokens[i]?.t ?? '') && /^\d{1,2}s$/.test(tokens[i + 1]?.t ?? '')) return { j: i + 2 };
  if (/^y\d{1,2}s$/.test(tokens[i]?.t ?? '')) return { j: i + 1 };
  return undefined;
}
