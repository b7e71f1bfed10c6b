import type { Candidate, Detector } from '../types';
import { cueMatches, pairedCues, toCues, type Cue } from '../cues';

/**
 * Betting tips and bookmaker promotions (lexicon `commercial`; eval README
 * "commercial"). Group `gambling` flags alone ("free bet", "betting tips",
 * "lump on", "nap of the day"). Otherwise a tip ("tip", "nailed on", "each
 * way") needs odds or a bookmaker somewhere in the draft ("odds", "at 12/1",
 * "bet365", "acca"), so talk about the odds of snow or a bet on the National
 * with no tip stays quiet.
 *
 * | flags | allows |
 * |---|---|
 * | a free bet or a stake through the poster's link or code; "lump on" with a price | the odds of something that is not a race or a match (snow at Christmas) |
 * | a tip (a horse or team for a day) with a price or a bookmaker in the draft | a price with no tip (what the bookies give for a title race) |
 * | tipsters' words with a price: nailed on, each way, at evens | a "top tip" that is not a bet; "I bet" as a figure of speech |
 *
 * Examples: rules/packs/rules/commercial.json, rule `commercial/gambling` (run by tests/rules/examples.test.ts).
 */
const PAIRS = [['bet-tip', 'bet-odds']] as const;
const WEAK = new Set(PAIRS.flat());

export const commercialGambling: Detector = {
  id: 'commercial-gambling',
  detect(ctx, rule) {
    const { tokens } = ctx;
    const matches = cueMatches(ctx, 'commercial');
    const out: Candidate[] = [];
    for (const m of matches) {
      if (m.group !== 'gambling') continue;
      const [start, end] = ctx.span(m.i, m.j);
      out.push({ category: rule.category, rule: rule.id, start, end, priority: 1 });
    }
    const cues: Cue[] = toCues(ctx, matches, WEAK);
    // Fractional odds as written in a tip: "at 12/1", "5/2 shot"; not a rating (8/10) or a date after "on".
    for (let k = 0; k + 1 < tokens.length; k++) {
      const a = tokens[k]!, b = tokens[k + 1]!;
      if (!a.num || !b.num || ctx.norm.text.slice(a.e, b.s) !== '/') continue;
      if (b.t === '10' || (b.t === '5' && Number(a.t) <= 5)) continue;
      const lex = ctx.lex('commercial');
      if ((k > 0 && lex.matchAt(tokens, k - 1, 'odds-before')) || lex.matchAt(tokens, k + 2, 'odds-after')) {
        const [start, end] = ctx.span(k, k + 2);
        cues.push({ start, end, group: 'bet-odds', phrase: 'odds' });
      }
    }
    out.push(...pairedCues(ctx, rule, cues, PAIRS, 'commercial-'));
    return out;
  },
};
