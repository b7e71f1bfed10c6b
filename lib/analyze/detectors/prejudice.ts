import { findGroups, groupsToJudge, negatedBetween, scanGroup, type GroupMention } from '../groups';
import type { Candidate, Detector } from '../types';

/**
 * Stereotypes about a protected group (Equality Act 2010): a group mention
 * (lexicon `protected`, see lib/analyze/groups.ts) with, after it in the same
 * sentence, a negative trait, a conspiracy trope, or grievance framing
 * (lexicon `discriminatory`).
 *
 * | flags | allows |
 * |---|---|
 * | a group always lazy, rude or entitled; every member of a group entitled | the same trait negated; a stereotype named as one |
 * | a group as attention seekers; a group that can't drive | a group member doing something kind (nothing negative) |
 * | a group that runs the banks or controls the media (the tropes of lexicon group `trope`) | greetings for a festival; pride in a staff network; a teacher naming their own group |
 * | why a group gets something when "we" can't | a question about a group's practice (no "get ... when we") |
 * | a trait before a plural group (`lazy old teachers`) | one person of a group behaving badly (no generalisation) |
 * | "they're all thieves" when the draft names a group in another sentence | "they're all thieves" about a football team (no group in the draft) |
 * | a group, then "half of them are" a trait (a pronoun taking up the group) | a hedge with no group after it |
 * | a hedge before a complaint: not minding a group "but", nothing against a group "but" | not minding a group, with no "but" |
 * | one person excluded for the characteristic (a deaf boy who "shouldn't be in mainstream") | a named child who "shouldn't be in mainstream" (no characteristic named) |
 *
 * Examples: rules/packs/rules/discriminatory.json, rule `discriminatory/stereotype` (run by tests/rules/examples.test.ts).
 */
const NEAR = 8;

export const prejudice: Detector = {
  id: 'prejudice',
  detect(ctx, rule) {
    const { tokens } = ctx;
    const groups = groupsToJudge(tokens, ctx.lex('protected'), ctx.lex('discriminatory')).filter((g) => g.general);
    const lex = ctx.lex('discriminatory');
    const out: Candidate[] = [];
    if (groups.length) ctx.addFeature('protected-group');
    // "Travellers have pitched up again. ... they're all thieves": a generalising
    // pronoun with a negative trait stands when the draft names a group elsewhere.
    for (const m of scanGroup(lex, tokens, 'they-all')) {
      const n = scanGroup(lex, tokens, 'negative').find((x) => x.i >= m.j && x.i - m.j <= 3);
      if (!n || groups.length) continue;
      const [start, end] = ctx.span(m.i, n.j);
      out.push({ category: rule.category, rule: rule.id, start, end, requires: { 'protected-group': 1 } });
    }
    // "Gypsies have moved onto the field. Lock up your sheds": an insinuation about a group named in the draft.
    for (const m of scanGroup(lex, tokens, 'insinuation')) {
      const [start, end] = ctx.span(m.i, m.j);
      out.push({ category: rule.category, rule: rule.id, start, end, requires: { 'protected-group': 1 } });
    }
    // "I don't mind <group> but ...": a hedge, the group right after it, then "but".
    const mentions = findGroups(tokens, ctx.lex('protected')).filter((g) => !g.self);
    for (const h of scanGroup(lex, tokens, 'hedge')) {
      const g = mentions.find((x) => x.i >= h.j && x.i - h.j <= 2);
      const but = g && tokens.slice(g.j, g.j + 4).findIndex((t) => t.t === 'but');
      if (g && but !== undefined && but >= 0) {
        ctx.addFeature('protected-group');
        const [start, end] = ctx.span(h.i, g.j + but + 1);
        out.push({ category: rule.category, rule: rule.id, start, end });
      }
    }
    // "the deaf kid slows everyone down": one person, held back or sent away for the characteristic.
    for (const m of scanGroup(lex, tokens, 'one-negative')) {
      const g = mentions.find((x) => x.j <= m.i && m.i - x.j <= NEAR && !negatedBetween(tokens, x.j, m.i));
      if (g) {
        const [start, end] = ctx.span(g.i, m.j);
        out.push({ category: rule.category, rule: rule.id, start, end });
      }
    }
    if (!groups.length) return out;
    const emit = (g: GroupMention, i: number, j: number) => {
      const [start, end] = ctx.span(Math.min(g.i, i), Math.max(g.j, j));
      out.push({ category: rule.category, rule: rule.id, start, end });
    };
    const before = (i: number, max: number) => groups.find((g) => g.j <= i && i - g.j <= max && !negatedBetween(tokens, g.j, i));
    // "<group> on SLT, half of them are hormonal": "them"/"they" just before the trait takes the group up from further back.
    const anaphor = (i: number) => {
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        if (!/^(them|they|they're|theyre)$/.test(tokens[k]!.t)) continue;
        return groups.find((g) => g.j <= k && !negatedBetween(tokens, k, i));
      }
      return undefined;
    };
    for (const m of scanGroup(lex, tokens, 'negative')) {
      const g = before(m.i, NEAR) ?? anaphor(m.i);
      if (g) emit(g, m.i, m.j);
    }
    // A pejorative right before the group: "lazy old teachers", "sick of <group>".
    for (const m of scanGroup(lex, tokens, 'pre-neg')) {
      const g = groups.find((x) => x.i === m.j || (x.i === m.j + 1 && /^(the|these|those|all|of)$/.test(tokens[m.j]!.t)));
      if (g) emit(g, m.i, m.j);
    }
    for (const m of scanGroup(lex, tokens, 'trope')) {
      const g = before(m.i, 2);
      if (g) emit(g, m.i, m.j);
    }
    // Grievance: "why do <group> get ..." with a contrast ("when we", "special treatment").
    const contrast = scanGroup(lex, tokens, 'contrast').length > 0;
    if (contrast) {
      for (const m of scanGroup(lex, tokens, 'grievance')) {
        const g = groups.find((x) => x.i >= m.j && x.i - m.j <= 1);
        if (!g) continue;
        for (let k = g.j; k < Math.min(tokens.length, g.j + 3); k++) {
          if (lex.matchAt(tokens, k, 'gets')) {
            emit(g, m.i, k + 1);
            break;
          }
        }
      }
    }
    return out;
  },
};
