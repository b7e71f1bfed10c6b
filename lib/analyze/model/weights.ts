/**
 * The learned scorer's weights file (rules/model/weights.json, written by
 * `npm run train`): for each category a bias, a threshold chosen on drafts of
 * schools the scoring model never saw (cross-fitted; null: the model adds
 * nothing there and stays off), and its
 * weights over the hashed feature space, quantised to signed bytes with one
 * scale a category. Stored sparse: `index` lists the features any category
 * weighs (gaps as varints), and each category's `weights` gives one byte for
 * each of them, base64. (Format 1 repeated the index in every category: 988 kB
 * gzipped for what format 2 holds in 605.) Reading it is pure: the CLI and
 * tests import the JSON, a page gets the same object from the background.
 */
import type { Category } from '../../../rules/categories';
import { HASH_BITS } from './features';
import { loadClustersSteps, type ClustersFile, type WordClusters } from './clusters';

export interface WeightsFile {
  readonly format: 2;
  readonly hashBits: number;
  readonly categories: readonly Category[];
  readonly bias: readonly number[];
  readonly scale: readonly number[];
  /** Probability at or above which a sentence is flagged; null keeps the category off. */
  readonly threshold: readonly (number | null)[];
  /** The features any category weighs: varint gaps from the one before, base64. */
  readonly index: string;
  /** A category's byte for each feature of `index`, in order, base64. */
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

/** The features any category weighs, as varint gaps (each from the one before, less one). */
export function packIndex(features: readonly number[]): Uint8Array {
  const out: number[] = [];
  let last = -1;
  for (const i of features) {
    let gap = i - last - 1;
    while (gap >= 0x80) {
      out.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    out.push(gap);
    last = i;
  }
  return Uint8Array.from(out);
}

/**
 * The stored form of quantised weights, one array a category over the whole feature space:
 * the index of the features any category weighs, and each category's byte for each of them.
 */
export function encodeWeights(byCategory: readonly Int8Array[]): Pick<WeightsFile, 'index' | 'weights'> {
  const used: number[] = [];
  const n = byCategory[0]?.length ?? 0;
  for (let i = 0; i < n; i++) if (byCategory.some((q) => q[i] !== 0)) used.push(i);
  return {
    index: encodeBase64(packIndex(used)),
    weights: byCategory.map((q) => encodeBase64(Uint8Array.from(used, (i) => q[i]! & 0xff))),
  };
}

export function unpackIndex(bytes: Uint8Array): Int32Array {
  const out: number[] = [];
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
    out.push(i);
  }
  return Int32Array.from(out);
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
  if (file.format !== 2) throw new Error(`model weights: unknown format ${String(file.format)}`);
  if (file.hashBits !== HASH_BITS) throw new Error(`model weights: built for ${file.hashBits}-bit features, this analyzer hashes ${HASH_BITS}`);
  const C = file.categories.length;
  for (const key of ['bias', 'scale', 'threshold', 'weights'] as const) {
    if (file[key].length !== C) throw new Error(`model weights: ${key} has ${file[key].length} entries for ${C} categories`);
  }
  const index = unpackIndex(decodeBase64(file.index));
  if (index.length && index[index.length - 1]! >= 1 << HASH_BITS) throw new Error(`model weights: feature ${index[index.length - 1]} is outside the ${HASH_BITS}-bit space`);
  const w = new Int8Array((1 << HASH_BITS) * C);
  for (let c = 0; c < C; c++) {
    const bytes = decodeBase64(file.weights[c]!);
    if (bytes.length !== index.length) throw new Error(`model weights: ${file.categories[c]} has ${bytes.length} weights for ${index.length} features`);
    for (let k = 0; k < index.length; k++) w[index[k]! * C + c] = bytes[k]! > 127 ? bytes[k]! - 256 : bytes[k]!;
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
