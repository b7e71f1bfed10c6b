/**
 * The learned scorer's weights file (rules/model/weights.json, written by
 * `npm run train`): for each category a bias, a threshold chosen on the
 * validation split (null: the model adds nothing there and stays off), and its
 * weights over the hashed feature space, quantised to signed bytes with one
 * scale a category and stored sparse (index gaps as varints, then the byte),
 * base64. Reading it is pure: the CLI and tests import the JSON, a page gets
 * the same object from the background.
 */
import type { Category } from '../../../rules/categories';
import { HASH_BITS } from './features';
import { loadClustersSteps, type ClustersFile, type WordClusters } from './clusters';

export interface WeightsFile {
  readonly format: 1;
  readonly hashBits: number;
  readonly categories: readonly Category[];
  readonly bias: readonly number[];
  readonly scale: readonly number[];
  /** Probability at or above which a sentence is flagged; null keeps the category off. */
  readonly threshold: readonly (number | null)[];
  readonly weights: readonly string[];
  readonly [meta: string]: unknown;
}

export interface Model {
  readonly categories: readonly Category[];
  /** Weights interleaved by feature: `w[id * categories.length + c]`, times `scale[c]`. */
  readonly w: Int8Array;
  readonly scale: Float32Array;
  readonly bias: Float32Array;
  /** The threshold as a raw score (logit), -Infinity never, +Infinity off. */
  readonly cut: Float32Array;
  readonly clusters: WordClusters;
}

export function decodeBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Sparse bytes: for each non-zero weight, the gap from the previous index (varint) and the byte. */
export function packSparse(q: Int8Array): Uint8Array {
  const out: number[] = [];
  let last = -1;
  for (let i = 0; i < q.length; i++) {
    if (q[i] === 0) continue;
    let gap = i - last - 1;
    while (gap >= 0x80) {
      out.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    out.push(gap, q[i]! & 0xff);
    last = i;
  }
  return Uint8Array.from(out);
}

export function unpackSparse(bytes: Uint8Array, into: Int8Array, stride: number, offset: number): void {
  let i = -1;
  for (let p = 0; p < bytes.length; ) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++]!;
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    i += gap + 1;
    const v = bytes[p++]!;
    into[i * stride + offset] = v > 127 ? v - 256 : v;
  }
}

/** Checks the file's shape and builds the scorer's arrays; throws naming what is wrong. */
export function loadModel(file: WeightsFile, clusters: ClustersFile): Model {
  const steps = loadModelSteps(file, clusters);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same, pausing after each category's weights and each slice of the word
 * clusters: decoding the whole model takes 50-100 ms here, so a page loads it in
 * slices between frames and never pays one long task for it (as compilePackSteps).
 */
export function* loadModelSteps(file: WeightsFile, clusters: ClustersFile): Generator<void, Model> {
  if (file.format !== 1) throw new Error(`model weights: unknown format ${String(file.format)}`);
  if (file.hashBits !== HASH_BITS) throw new Error(`model weights: built for ${file.hashBits}-bit features, this analyzer hashes ${HASH_BITS}`);
  const C = file.categories.length;
  for (const key of ['bias', 'scale', 'threshold', 'weights'] as const) {
    if (file[key].length !== C) throw new Error(`model weights: ${key} has ${file[key].length} entries for ${C} categories`);
  }
  const w = new Int8Array((1 << HASH_BITS) * C);
  for (let c = 0; c < C; c++) {
    unpackSparse(decodeBase64(file.weights[c]!), w, C, c);
    yield;
  }
  const words = yield* loadClustersSteps(clusters);
  const logit = (p: number | null) => (p === null ? Infinity : Math.log(p / (1 - p)));
  return {
    categories: file.categories,
    w,
    scale: Float32Array.from(file.scale),
    bias: Float32Array.from(file.bias),
    cut: Float32Array.from(file.threshold.map(logit)),
    clusters: words,
  };
}
