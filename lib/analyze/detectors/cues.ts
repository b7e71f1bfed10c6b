import type { LexMatch } from '../lexicon';
import type { Token } from '../tokens';
import type { ChunkContext } from '../types';

// Several detectors read one lexicon (sexual-explicit and sexual-innuendo):
// the scan is kept per chunk (its token array) so it runs once.
const memo = new WeakMap<readonly Token[], Map<string, LexMatch[]>>();

/**
 * Shared by the detectors that read a lexicon of cues with an `allow` group of
 * set phrases that cancel them (`keep fit` for `fit`, `shag pile` for `shag`,
 * `killing it` for `kill`): the matches of a lexicon's other groups that touch
 * no allowed phrase, each kept once (a match inside a longer kept match is
 * dropped when it is of the same group or the longer one is `strong`, so
 * `sex toy` does not also count as `toy`, while `filthiest pics` inside a
 * weaker `send me your ... pics` still counts).
 *
 * | keeps | drops |
 * |---|---|
 * | `he's so fit` | `he's fit to drive` (overlaps the allowed `fit to`) |
 * | `sex toy`; `filthiest pics` inside `send me your ... pics` | `toy` inside `sex toy` |
 */
export function cueMatches(ctx: ChunkContext, lexicon: string): LexMatch[] {
  let byLex = memo.get(ctx.tokens);
  if (!byLex) memo.set(ctx.tokens, (byLex = new Map()));
  let found = byLex.get(lexicon);
  if (!found) byLex.set(lexicon, (found = scanCues(ctx, lexicon)));
  return found;
}

function scanCues(ctx: ChunkContext, lexicon: string): LexMatch[] {
  const all = ctx.lex(lexicon).scan(ctx.tokens);
  const blocked = new Uint8Array(ctx.tokens.length);
  for (const m of all) if (m.group === 'allow') blocked.fill(1, m.i, m.j);
  const out: LexMatch[] = [];
  let outer: LexMatch | undefined;
  for (const m of all) {
    if (m.group === 'allow') continue;
    if (outer && m.j <= outer.j && (outer.group === m.group || outer.group === 'strong')) continue;
    let ok = true;
    for (let k = m.i; k < m.j && ok; k++) if (blocked[k]) ok = false;
    if (!ok) continue;
    out.push(m);
    if (!outer || m.j > outer.j) outer = m;
  }
  return out;
}

/** Whether any match of `group` occurs in the chunk (a whole-chunk context test). */
export function hasGroup(matches: readonly LexMatch[], group: string): boolean {
  return matches.some((m) => m.group === group);
}
