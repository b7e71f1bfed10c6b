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
 * | `<name> and the chair of governors are having an affair` | `I'm having an affair with this new sourdough recipe` (self) |
 * | `the business manager has been fiddling the books for years` | `cooking the books is a great film` (no person) |
 * | `apparently the deputy turned up drunk again` | `my husband is cheating on me with the PlayStation` (family: not in the lexicon) |
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
