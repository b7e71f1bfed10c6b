/**
 * What the learned scorer reads of one sentence (issue 13, point 2): hashed
 * words, word pairs and pairs with a word between, and each word's clusters of
 * meaning (./clusters.ts), with the profile's exact finds
 * (the school, a colleague, a pupil, a phone number) standing in as placeholders
 * so that what is learned of one school carries to the next; the words after a
 * negation marked as such; and the rules' own candidates and cues as features.
 * The draft around the sentence adds its cues (a school named two sentences
 * earlier makes "the head" a colleague) through `contextFeatures`.
 *
 * Character n-grams were tried and dropped: on the validation split (schools
 * held apart) they cost 0.02 micro F1 (0.789 without them, 0.771 with), learning
 * the spellings of the training schools' drafts rather than their meaning.
 *
 * Pure and deterministic: the training script (scripts/train.ts) and the
 * analyzer share it, so a feature means the same in both.
 */
import type { Token } from '../tokens';
import type { WordClusters } from './clusters';

/** Size of the hashed feature space: 2^18 buckets a category. */
export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;

/** FNV-1a over UTF-16 units, 32 bits: fast, no allocation beyond the string itself. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One more part into a feature's hash (a multiply and a shift, as in Murmur's finaliser). */
function mix(h: number, part: number): number {
  h = Math.imul(h ^ part, 0x9e3779b1);
  return (h ^ (h >>> 15)) >>> 0;
}

/** A feature named by a string alone (the rules' cues): `hashFeature('r|rule:x')`. */
export function hashFeature(s: string): number {
  return fnv(s) & MASK;
}

/**
 * A feature of a kind over parts (`featureId('b', 'kill', 'him')`), as sentenceFeatures makes
 * it: each part hashed once and mixed in, so the features of a sentence are numbers from its
 * words' hashes, with no string built a feature (the bench's warm 2,000 characters spent about
 * a third of the scorer's time building them).
 */
export function featureId(kind: string, ...parts: string[]): number {
  let h = fnv(kind);
  for (const p of parts) h = mix(h, fnv(p));
  return h & MASK;
}

/** Where a feature sits: a token's index, or -1 for one that belongs to no word. */
export interface SentenceFeatures {
  readonly ids: Int32Array;
  readonly anchors: Int32Array;
}

/** A token that an exact rule found: the placeholder stands for it. */
export type Placeholders = ReadonlyMap<number, string>;

const NEGATORS = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'without', 'nor', 'hardly', 'cannot']);
const NEGATION_REACH = 3;

function wordOf(t: Token, placeholder: string | undefined): string {
  if (placeholder) return placeholder;
  if (t.num) return t.t.length >= 6 ? '<long-number>' : '<number>';
  return t.t;
}

const KIND = { u: fnv('u'), b: fnv('b'), s: fnv('s'), n: fnv('n'), k: fnv('k'), K: fnv('K'), nK: fnv('nK'), kb: fnv('kb') };
const START = fnv('<s>');
const END = fnv('</s>');
const OTHER = fnv('<other>');
// The hashes of the cluster ids as strings (`17`, `C3`), made once.
const fineHashes: number[] = [];
const coarseHashes: number[] = [];
const fineHash = (n: number) => (fineHashes[n] ??= fnv(String(n)));
const coarseHash = (n: number) => (coarseHashes[n] ??= fnv(`C${n}`));

export function sentenceFeatures(tokens: readonly Token[], placeholders: Placeholders, cues: Iterable<string>, clusters?: WordClusters): SentenceFeatures {
  const ids: number[] = [];
  const anchors: number[] = [];
  const add = (h: number, at: number) => {
    ids.push(h & MASK);
    anchors.push(at);
  };
  let prev = START;
  let prev2 = START;
  let prevGroup = START;
  let negatedUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const placeholder = placeholders.get(i);
    const w = fnv(wordOf(t, placeholder));
    add(mix(KIND.u, w), i);
    add(mix(mix(KIND.b, prev), w), i);
    add(mix(mix(KIND.s, prev2), w), i);
    if (i <= negatedUntil) add(mix(KIND.n, w), i);
    if (NEGATORS.has(t.t) || t.t.endsWith("n't")) negatedUntil = i + NEGATION_REACH;
    // The word's clusters, and the coarse pair with the word before: "verb of harm, then a person".
    const fine = placeholder || !clusters ? undefined : clusters.fine.get(t.t);
    const group = fine === undefined ? (placeholder || t.emoji ? w : OTHER) : coarseHash(clusters!.coarse[fine]!);
    if (fine !== undefined) {
      add(mix(KIND.k, fineHash(fine)), i);
      add(mix(KIND.K, group), i);
      if (i <= negatedUntil) add(mix(KIND.nK, group), i);
    }
    add(mix(mix(KIND.kb, prevGroup), group), i);
    prevGroup = group;
    prev2 = prev;
    prev = w;
  }
  add(mix(mix(KIND.b, prev), END), -1);
  for (const cue of cues) add(fnv(`r|${cue}`), -1);
  return { ids: Int32Array.from(ids), anchors: Int32Array.from(anchors) };
}

/** The draft's cues around a sentence (the rules' features and the categories they found anywhere). */
export function contextFeatures(cues: Iterable<string>): Int32Array {
  const ids: number[] = [];
  for (const cue of cues) ids.push(hashFeature(`x|${cue}`));
  return Int32Array.from(ids);
}
