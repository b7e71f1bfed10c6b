import type { LexMatch } from './lexicon';
import type { ChunkContext } from './types';

/**
 * Who a violent verb is aimed at (lexicon `violence`), for the violence
 * detector: a person (group `target`: him, her, them, you, a parent, the head,
 * Ofsted), a name from the profile or capitalised mid-sentence, or for arson a
 * building.
 *
 * | finds | skips |
 * |---|---|
 * | `knock him out`, `rip your hair out` (inside the phrase's gap) | `knock it out of the park` (`it` stops the search) |
 * | `strangle Oliver Brennan`, `slap her`, `kill his dad` | `kill this Zumba class` (a name takes no determiner), `kill her vibe` |
 * | `he deserves a slap` (before a passive wish) | `I should be shot`, `kill teachers' enthusiasm` |
 */

/** Tokens [start, end) of a target. */
export type Span = readonly [number, number];

interface Options {
  readonly buildings: boolean;
  readonly names: boolean;
}

/**
 * The object of a violent verb is a person (or, for arson, a building): inside
 * the gap of a phrase (`knock ... out`, `rip ... hair out`), else within four
 * words after a one-word verb, skipping determiners and adjectives but stopping
 * at `it`, `me`, prepositions and conjunctions.
 */
export function targetAfter(ctx: ChunkContext, m: LexMatch, opts: Options): Span | undefined {
  const gap = /\.\.\.|(^| )_( |$)/.test(m.phrase);
  const from = gap ? m.i + 1 : m.j;
  const to = gap ? m.j - 1 : Math.min(ctx.tokens.length, m.j + 4);
  return findTarget(ctx, from, to, 1, { ...opts, inGap: gap });
}

/** The subject of a passive wish ("he deserves a slap", "the lot of them should be shot"), up to eight words back. */
export function targetBefore(ctx: ChunkContext, i: number): Span | undefined {
  return findTarget(ctx, i - 1, Math.max(-1, i - 9), -1, { buildings: false, names: true, inGap: false });
}

function findTarget(
  ctx: ChunkContext, from: number, to: number, step: 1 | -1, { buildings, names, inGap }: Options & { inGap: boolean },
): Span | undefined {
  const { tokens } = ctx;
  const lex = ctx.lex('violence');
  for (let k = from; step > 0 ? k < to : k > to; k += step) {
    const tok = tokens[k]!;
    if (lex.matchAt(tokens, k, 'stop')) return undefined;
    if (step < 0 && lex.matchAt(tokens, k, 'self')) return undefined;
    // A possessive ("teachers' enthusiasm") names what is harmed, not who.
    if ((tok.poss || ctx.norm.text[tok.e] === "'") && !inGap) continue;
    const target = lex.matchAt(tokens, k, 'target');
    if (target) {
      // "her" before a noun is a possessive ("kill her vibe"); "his"/"their"/"your" likewise outside a phrase gap.
      const possessive = lex.matchAt(tokens, k, 'possessive');
      const next = tokens[k + 1];
      if (possessive && !inGap && next && !lex.matchAt(tokens, k + 1, 'stop') && !lex.matchAt(tokens, k + 1, 'target') && !(tok.t === 'her' && next.emoji)) continue;
      return [k, target.j];
    }
    const building = buildings ? lex.matchAt(tokens, k, 'building') : undefined;
    if (building) return [k, building.j];
    if (names && isName(ctx, k)) return [k, nameEnd(ctx, k)];
  }
  return undefined;
}

/** A name runs on over capitalised words ("Oliver Brennan"). */
function nameEnd(ctx: ChunkContext, k: number): number {
  let j = k + 1;
  while (j < ctx.tokens.length && ctx.tokens[j]!.cap && !ctx.tokens[j]!.tag && j < k + 3) j++;
  return j;
}

/** A person's name: in the profile's staff or pupil list, or capitalised mid-sentence and not an everyday capitalised word. */
function isName(ctx: ChunkContext, k: number): boolean {
  const { tokens, pack } = ctx;
  if (pack.profile.staff.matchAt(tokens, k) || pack.profile.pupils.matchAt(tokens, k)) return true;
  const tok = tokens[k]!;
  const lex = ctx.lex('violence');
  // "kill this Zumba class": a name takes no determiner.
  return k > 0 && tok.cap && !tok.upper && !tok.tag && !lex.matchAt(tokens, k, 'not-name') && !lex.matchAt(tokens, k - 1, 'determiner');
}
