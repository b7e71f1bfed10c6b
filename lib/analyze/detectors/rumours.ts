import { isWord, scanGroup } from '../groups';
import { markTargets, subjectHeads, targetStart } from '../targets';
import type { Candidate, Detector } from '../types';

/**
 * Defamatory rumours about a person (lexicon `derogatory`, group `rumour`):
 * an affair, fiddling the books, drinking at work, getting the job by
 * favour. Needs a person in the sentence who is not the poster.
 *
 * | flags | allows |
 * |---|---|
 * | a named person and a governor, colleague or parent having an affair | the poster's own "affair" with a thing (self) |
 * | a colleague by role fiddling the books | cooking the books as a title (no person) |
 * | a colleague said to turn up drunk; getting the job by favour | the poster's family cheating (family: not in the lexicon) |
 *
 * Examples: rules/packs/rules/derogatory.json, rule `derogatory/rumour` (run by tests/rules/examples.test.ts).
 */
export const rumours: Detector = {
  id: 'rumours',
  detect(ctx, rule) {
    const lex = ctx.lex('derogatory');
    const hits = scanGroup(lex, ctx.tokens, 'rumour');
    if (!hits.length) return [];
    const kinds = markTargets(ctx);
    const out: Candidate[] = [];
    for (const m of hits) {
      const heads = subjectHeads(ctx, skipAux(m.i));
      if (heads.some((h) => kinds[h] === 'self')) continue;
      const who = heads.find((h) => kinds[h] === 'person' || kinds[h] === 'pair' || kinds[h] === 'name') ?? kinds.findIndex((k) => k === 'person' || k === 'pair');
      if (who < 0) continue;
      const [start, end] = ctx.span(Math.min(targetStart(ctx, kinds, who), m.i), Math.max(who + 1, m.j));
      out.push({ category: rule.category, rule: rule.id, start, end });
    }
    return out;

    function skipAux(i: number): number {
      let p = i;
      while (p > 0 && isWord(lex, ctx.tokens, p - 1, 'aux')) p--;
      return p;
    }
  },
};
