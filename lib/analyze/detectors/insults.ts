import { isWord, scanGroup } from '../groups';
import type { LexMatch } from '../lexicon';
import { boundaryAfter, markTargets, subjectHeads, targetStart, type TargetKind } from '../targets';
import type { Candidate, Detector } from '../types';

/**
 * Insults, name-calling and mockery aimed at a person, a group or the school
 * (lexicon `derogatory`; targets from lib/analyze/targets.ts). An insult word
 * alone is not enough: it must be said OF a target, through a copula ("our head
 * is a useless clown"), a predicate ("X has lost the plot", "X can get
 * stuffed"), a pointing determiner in a school setting ("the little brat from my
 * class"), or as an adjective on a target ("the useless SLT").
 *
 * | flags | allows |
 * |---|---|
 * | people of school life called an insult through a copula (the inspectors, a class by its year: `Year 9s`) | things and decisions called useless or a joke (a printer, a policy) |
 * | someone who has lost the plot, by role or by a name from the profile (a predicate); an insult word on a colleague by role | the poster mocking themself (self-mockery) |
 * | the parents of a place called vile; the school called a joke | family with affection (a husband who is a muppet, with love) |
 * | a mock rename of the school: its hashtag "more like" another (`#...Prison`), or its capitalised name changed to a jail | pets called names; a name said to be "the worst" (not an insult word) |
 * | | hostility to a protected group (discriminatory rules instead) |
 *
 * Examples: rules/packs/rules/derogatory.json, rule `derogatory/insult` (run by tests/rules/examples.test.ts).
 */
type Level = 'noun' | 'adj' | 'pred';
const ACCEPT: Record<Level, ReadonlySet<TargetKind>> = {
  noun: new Set(['person', 'pair', 'name', 'weak']),
  adj: new Set(['person']),
  // "Ofsted can kiss my arse", "the DfE can get stuffed": said of the people behind a body.
  pred: new Set(['person', 'weak']),
};

// Groups that can start a finding: a sentence without any is skipped before targets are worked out.
const HITS = ['insult', 'insult-pred', 'predicate', 'adj', 'soft-noun', 'school-insult', 'mock'];

export const insults: Detector = {
  id: 'insults',
  detect(ctx, rule) {
    const { tokens } = ctx;
    const lex = ctx.lex('derogatory');
    if (!HITS.some((g) => scanGroup(lex, tokens, g).length) || scanGroup(lex, tokens, 'affection').length) return [];
    // Plays, costumes and fiction: "Lily was a cow in the nativity", "Pip is such a snake". Only animal and role words yield.
    const acting = scanGroup(lex, tokens, 'costume').length > 0;
    const kinds = markTargets(ctx);
    const out: Candidate[] = [];
    const emit = (i: number, j: number) => {
      const [start, end] = ctx.span(i, j);
      out.push({ category: rule.category, rule: rule.id, start, end });
    };
    const single = (p: number, group: string) => isWord(lex, tokens, p, group);
    const skippable = (p: number, group: string) => single(p, group) || single(p, 'adj') || single(p, 'soft-adj');

    /** Subject heads linked to the words at i by a copula (or an auxiliary for predicates); null when none. */
    const linked = (i: number, level: Level): number[] | null => {
      let p = i - 1;
      const skip = level === 'pred' ? 'aux' : 'filler';
      for (let n = 0; p >= 0 && n < 6 && skippable(p, skip); n++) p--;
      if (p < 0) return null;
      // "X is a nightmare, thick as a plank": a second predicate after a comma shares the first one's subject.
      if (level !== 'noun' && /^\s*,\s*$/.test(ctx.norm.text.slice(tokens[p]!.e, tokens[p + 1]!.s))) {
        for (let q = p; q >= Math.max(1, p - 3); q--) if (single(q, 'copula') && tokens[q]!.t !== 'am') return subjectHeads(ctx, q);
        return null;
      }
      if (single(p, 'pronoun-copula') || (tokens[p]!.poss && p < i)) return [p];
      if (level === 'pred') return subjectHeads(ctx, p + 1);
      const s = single(p, 'copula') ? p : p > 0 && lex.matchAt(tokens, p - 1, 'copula')?.j === p + 1 ? p - 1 : -1;
      if (s < 0) return null;
      return tokens[s]!.t === 'am' ? [s - 1] : subjectHeads(ctx, s);
    };
    const judge = (heads: number[], level: Level) => {
      if (heads.some((h) => kinds[h] === 'self' || kinds[h] === 'protected' || kinds[h] === 'kin')) return -1;
      return heads.find((h) => ACCEPT[level].has(kinds[h]!)) ?? -1;
    };
    const hasPerson = kinds.includes('person') || (ctx.features.get('school-context') ?? 0) > 0;
    const definite = (i: number) => {
      let q = i - 1;
      while (q >= 0 && (single(q, 'adj') || single(q, 'soft-adj') || /^(little|absolute|total|complete|utter|jumped|up|massive)$/.test(tokens[q]!.t))) q--;
      for (let s = q; s >= Math.max(0, q - 2); s--) if (lex.matchAt(tokens, s, 'definite')?.j === q + 1) return true;
      return false;
    };

    const consider = (m: { i: number; j: number }, level: Level, noun: boolean) => {
      // "Bastards, the lot of them": the insult names its target after it.
      const lot = level !== 'pred' ? lex.matchAt(tokens, m.j, 'lot-of-them') : undefined;
      if (lot) {
        emit(m.i, lot.j);
        return;
      }
      const heads = linked(m.i, level);
      if (heads) {
        const h = judge(heads, level);
        if (h >= 0) emit(Math.min(targetStart(ctx, kinds, h), m.i), m.j);
        return;
      }
      if (noun && definite(m.i) && hasPerson && !kinds.slice(0, m.i).includes('self')) emit(m.i, m.j);
      // "X of a <target>": "clown of a head".
      if (tokens[m.j]?.t === 'of' && /^an?$/.test(tokens[m.j + 1]?.t ?? '') && kinds[m.j + 2] === 'person') emit(m.i, m.j + 3);
    };

    for (const m of scanGroup(lex, tokens, 'insult')) consider(m, 'noun', true);
    if (!acting) for (const m of scanGroup(lex, tokens, 'insult-pred')) consider(m, 'adj', false);
    // "can get stuffed with pizza" is literal.
    for (const m of scanGroup(lex, tokens, 'predicate')) if (!/^(with|on|full)$/.test(tokens[m.j]?.t ?? '')) consider(m, 'pred', false);
    for (const m of scanGroup(lex, tokens, 'adj')) {
      consider(m, 'adj', false);
      // Attributive: "our useless head", "a useless bunch of governors".
      let t = m.j;
      while (t < m.j + 3 && (single(t, 'adj') || /^(bunch|load|lot|set|pack|of)$/.test(tokens[t]?.t ?? ''))) t++;
      if (kinds[t] === 'person') emit(m.i, t + 1);
    }
    // "lazy cow", "such a snake": the noun is an insult only after such a word (a cow, a sheep in the play).
    for (const m of scanGroup(lex, tokens, 'soft-adj')) {
      // "lazy cow", "lazy little cheat", "such a snake".
      const n = lex.matchAt(tokens, m.j, 'soft-noun') ?? (/^(an?|little)$/.test(tokens[m.j]?.t ?? '') ? lex.matchAt(tokens, m.j + 1, 'soft-noun') : undefined);
      if (n && !acting) consider({ i: m.i, j: n.j }, 'noun', true);
    }
    for (const m of scanGroup(lex, tokens, 'school-insult')) {
      // Carries its own target; only "I'm the worst head" (self) is let off.
      if (!linked(m.i, 'adj')?.some((h) => kinds[h] === 'self')) emit(m.i, m.j);
    }
    for (const m of scanGroup(lex, tokens, 'mock')) mockRename(m);
    return out;

    // "#StMarysSchool more like #StMarysPrison": a hashtag naming the school, renamed in mockery.
    function mockRename(m: LexMatch) {
      const before = tokens[m.i - 1], after = tokens[m.j];
      if (before && !before.tag && before.cap) return plainRename(m);
      if (!before?.tag || !after?.tag) return;
      let s = m.i - 1, e = m.j + 1;
      while (s > 0 && tokens[s - 1]!.tag && tokens[s - 1]!.e >= tokens[s]!.s - 1) s--;
      while (e < tokens.length && tokens[e]!.tag && tokens[e - 1]!.e >= tokens[e]!.s - 1) e++;
      const tag = tokens.slice(s, m.i).map((t) => t.t).join('');
      const school = /school|academy|college|primary/.test(tag) || ctx.pack.profile.compact.some((c) => tag.includes(c.compact));
      if (school) emit(s, e);
    }

    // "Hillside Prison Academy more like": the opening words, capitalised, name a school in a changed form.
    function plainRename(m: LexMatch) {
      if (m.j < tokens.length && !boundaryAfter(ctx, m.j - 1)) return;
      for (let s = 0; s < m.i; s++) if (!tokens[s]!.cap || tokens[s]!.tag) return;
      if (m.i < 2) return;
      const words = tokens.slice(0, m.i).map((t) => t.t);
      const tag = words.join('');
      const school = words.some((w) => /^(school|academy|college|primary|high)$/.test(w));
      if (school || ctx.pack.profile.compact.some((c) => tag.includes(c.compact))) emit(0, m.j);
    }
  },
};
