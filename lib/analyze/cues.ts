import type { LexMatch } from './lexicon';
import type { Token } from './tokens';
import type { Candidate, ChunkContext, RuleConfig } from './types';

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

/** A cue found in a chunk, at original chunk offsets. */
export interface Cue {
  readonly start: number;
  readonly end: number;
  readonly group: string;
  readonly phrase: string;
}

/** Lexicon matches of the given groups as cues. */
export function toCues(ctx: ChunkContext, matches: readonly LexMatch[], groups: ReadonlySet<string>): Cue[] {
  return matches.filter((m) => groups.has(m.group)).map((m) => {
    const [start, end] = ctx.span(m.i, m.j);
    return { start, end, group: m.group, phrase: m.phrase };
  });
}

/**
 * Layered weak cues: a cue of group `g` stands when the whole draft also has
 * a cue of a partner group (`pairs`, e.g. `['coin', 'money']`; a group paired
 * with itself needs two of its cues). Each group a chunk holds becomes the
 * draft feature `<prefix><group>` (once per distinct phrase a chunk), and each
 * cue a candidate per partner with `requires` on both features, so "crypto" in
 * one sentence and "made £3,000 in one week" in the next still meet.
 */
export function pairedCues(
  ctx: ChunkContext,
  rule: RuleConfig,
  cues: readonly Cue[],
  pairs: readonly (readonly [string, string])[],
  prefix: string,
): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of cues) {
    const partners = pairs.filter(([a, b]) => a === c.group || b === c.group).map(([a, b]) => (a === c.group ? b : a));
    if (partners.length === 0) continue;
    if (!seen.has(c.group + '\u0000' + c.phrase)) {
      seen.add(c.group + '\u0000' + c.phrase);
      ctx.addFeature(prefix + c.group);
    }
    const { start, end } = c;
    for (const p of partners) {
      const requires = p === c.group ? { [prefix + p]: 2 } : { [prefix + c.group]: 1, [prefix + p]: 1 };
      out.push({ category: rule.category, rule: rule.id, start, end, requires });
    }
  }
  return out;
}
