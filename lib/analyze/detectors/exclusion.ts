import { groupsToJudge, scanGroup, type GroupMention } from '../groups';
import type { Candidate, Detector } from '../types';

/**
 * Excluding a protected group (Equality Act 2010) from work, school or the
 * country: a group mention (lib/analyze/groups.ts) with an exclusionary phrase
 * (lexicon `discriminatory`). The polarity of the modal matters: "shouldn't be
 * allowed" excludes, "should be allowed" includes.
 *
 * | flags | allows |
 * |---|---|
 * | a group that should not be allowed anywhere near a classroom, or should not be heads | a group that should be allowed to do something, or should not be excluded |
 * | a group to be banned, or made to retire | a charity or body named after a group, to be funded (no exclusion) |
 * | too many of a group round here; a need for fewer of a group | too many of a group excluded (concern, not presence) |
 * | a group that does not belong here; banning or getting rid of a group | fewer of a group doing something, as a fact (no "need" or "want") |
 * | "send them back" with a group anywhere in the draft; "go back to your own country" | "send them back" with no group in the draft (to the shop) |
 *
 * Examples: rules/packs/rules/discriminatory.json, rule `discriminatory/exclusion` (run by tests/rules/examples.test.ts).
 */
const NEAR = 6;

export const exclusion: Detector = {
  id: 'exclusion',
  detect(ctx, rule) {
    const { tokens } = ctx;
    const lex = ctx.lex('discriminatory');
    const all = groupsToJudge(tokens, ctx.lex('protected'), lex);
    const groups = all.filter((g) => g.general);
    if (groups.length) ctx.addFeature('protected-group');
    const out: Candidate[] = [];
    const add = (i: number, j: number, requires?: Record<string, number>) => {
      const [start, end] = ctx.span(i, j);
      out.push(requires ? { category: rule.category, rule: rule.id, start, end, requires } : { category: rule.category, rule: rule.id, start, end });
    };
    const emit = (g: GroupMention, i: number, j: number) => add(Math.min(g.i, i), Math.max(g.j, j));
    const before = (i: number) => all.find((g) => g.j <= i && i - g.j <= NEAR);

    for (const m of scanGroup(lex, tokens, 'modal-not')) {
      const p = lex.matchAt(tokens, m.j, 'perm');
      const g = p && before(m.i);
      if (g) emit(g, m.i, p.j);
    }
    for (const m of scanGroup(lex, tokens, 'modal-must')) {
      const p = lex.matchAt(tokens, m.j, 'ban');
      const g = p && before(m.i);
      if (g) emit(g, m.i, p.j);
    }
    for (const m of scanGroup(lex, tokens, 'exclude')) {
      const g = before(m.i);
      if (g) emit(g, m.i, m.j);
    }
    for (const m of scanGroup(lex, tokens, 'pre')) {
      // Up to two words between: "get rid of all these <group>"; "a" makes a singular generic ("wouldn't hire a pregnant woman").
      let k = m.j;
      while (k < m.j + 2 && /^(the|these|those|all|of|more|any|an?)$/.test(tokens[k]?.t ?? '')) k++;
      const g = (/^an?$/.test(tokens[k - 1]?.t ?? '') ? all : groups).find((x) => x.i === k);
      if (!g) continue;
      // "too many <group>" complains about presence only when nothing says what happens to them.
      if (/^too$|^way$/.test(tokens[m.i]!.t) && g.j < tokens.length && !lex.matchAt(tokens, g.j, 'after-too-many')) continue;
      emit(g, m.i, m.j);
    }
    // "Send them back": the group may be named in another sentence of the draft.
    if (all.length || scanGroup(lex, tokens, 'guard').length === 0) {
      for (const m of scanGroup(lex, tokens, 'send-back')) add(m.i, m.j, groups.length ? undefined : { 'protected-group': 1 });
      for (const m of scanGroup(lex, tokens, 'go-home')) add(m.i, m.j);
    }
    return out;
  },
};
