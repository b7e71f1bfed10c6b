import type { ChunkContext } from './types';

/**
 * The chunk's letters and digits only, with a map back to tokens: lets the
 * profile's names match inside hashtags, handles, web addresses and words split
 * by spaces (`christchurchschool.co.uk`, `chr1st ch urch`). Built lazily once
 * per chunk.
 */
export interface CompactView {
  readonly text: string;
  /** For each compact index: its offset in the folded text. */
  readonly folded: Int32Array;
  /** For each compact index: the token it belongs to. */
  readonly tokenAt: Int32Array;
}

const views = new WeakMap<ChunkContext, CompactView>();

export function compactView(ctx: ChunkContext): CompactView {
  const hit = views.get(ctx);
  if (hit) return hit;
  let text = '';
  const folded: number[] = [];
  const tokenAt: number[] = [];
  ctx.tokens.forEach((tok, ti) => {
    if (tok.emoji) return;
    for (let k = tok.s; k < tok.e; k++) {
      const c = ctx.norm.text.charCodeAt(k);
      const ascii = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (ascii || (c > 127 && /[\p{L}\p{N}]/u.test(ctx.norm.text[k]!))) {
        const ch = ctx.norm.text[k]!;
        text += ch;
        folded.push(k);
        tokenAt.push(ti);
      }
    }
  });
  const view = { text, folded: Int32Array.from(folded), tokenAt: Int32Array.from(tokenAt) };
  views.set(ctx, view);
  return view;
}

/** Damerau-Levenshtein distance <= max (adjacent transpositions count as one edit). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const n = a.length, m = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return false;
    prev2 = prev;
    prev = cur;
  }
  return prev[m]! <= max;
}
