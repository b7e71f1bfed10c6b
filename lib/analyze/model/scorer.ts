/**
 * Scores one sentence with the learned weights (a linear model over the hashed
 * features of ./features.ts, trained with scripts/train.ts). A sentence's score
 * for a category is its own features' weights plus the draft context's, plus
 * the bias; each word's share of it is kept, so a finding marks the words that
 * carry its score (issue 13, point 2).
 */
import type { SentenceFeatures } from './features';
import type { Model } from './weights';

export interface SentenceScore {
  /** Own score a category (bias included, context not). */
  readonly own: Float32Array;
  /** Each token's share: `byToken[token * C + c]`. */
  readonly byToken: Float32Array;
}

export function scoreSentence(model: Model, f: SentenceFeatures, tokenCount: number): SentenceScore {
  const C = model.categories.length;
  const own = Float32Array.from(model.bias);
  const byToken = new Float32Array(tokenCount * C);
  const { w, scale } = model;
  for (let k = 0; k < f.ids.length; k++) {
    const base = f.ids[k]! * C;
    const at = f.anchors[k]!;
    for (let c = 0; c < C; c++) {
      const q = w[base + c]!;
      if (q === 0) continue;
      const v = q * scale[c]!;
      own[c] = own[c]! + v;
      if (at >= 0) byToken[at * C + c] = byToken[at * C + c]! + v;
    }
  }
  return { own, byToken };
}

export function scoreContext(model: Model, ids: Int32Array): Float32Array {
  const C = model.categories.length;
  const out = new Float32Array(C);
  for (let k = 0; k < ids.length; k++) {
    const base = ids[k]! * C;
    for (let c = 0; c < C; c++) out[c] = out[c]! + model.w[base + c]! * model.scale[c]!;
  }
  return out;
}

/**
 * The words to mark for a category: the tokens whose share is at least a third
 * of the largest, joined into runs across gaps of one or two words, at most
 * three runs. Returns [first, last] token pairs, inclusive.
 */
export function carryingRuns(score: SentenceScore, C: number, c: number, tokenCount: number): [number, number][] {
  let top = 0;
  for (let i = 0; i < tokenCount; i++) top = Math.max(top, score.byToken[i * C + c]!);
  if (top <= 0) return [];
  const runs: [number, number][] = [];
  for (let i = 0; i < tokenCount; i++) {
    if (score.byToken[i * C + c]! < top / 3) continue;
    const last = runs[runs.length - 1];
    if (last && i - last[1] <= 3) last[1] = i;
    else runs.push([i, i]);
  }
  return runs.sort((a, b) => sumOf(score, C, c, b) - sumOf(score, C, c, a)).slice(0, 3).sort((a, b) => a[0] - b[0]);
}

function sumOf(score: SentenceScore, C: number, c: number, [i, j]: [number, number]): number {
  let s = 0;
  for (let k = i; k <= j; k++) s += score.byToken[k * C + c]!;
  return s;
}
