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

/** FNV-1a over UTF-16 units: fast, no allocation beyond the string itself. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
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

export function sentenceFeatures(tokens: readonly Token[], placeholders: Placeholders, cues: Iterable<string>, clusters?: WordClusters): SentenceFeatures {
  const ids: number[] = [];
  const anchors: number[] = [];
  const add = (f: string, at: number) => {
    ids.push(hashFeature(f));
    anchors.push(at);
  };
  let prev = '<s>';
  let prev2 = '<s>';
  let prevGroup = '<s>';
  let negatedUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const placeholder = placeholders.get(i);
    const w = wordOf(t, placeholder);
    add(`u|${w}`, i);
    add(`b|${prev}|${w}`, i);
    add(`s|${prev2}|${w}`, i);
    if (i <= negatedUntil) add(`n|${w}`, i);
    if (NEGATORS.has(t.t) || t.t.endsWith("n't")) negatedUntil = i + NEGATION_REACH;
    // The word's clusters, and the coarse pair with the word before: "verb of harm, then a person".
    const fine = placeholder || !clusters ? undefined : clusters.fine.get(t.t);
    const group = fine === undefined ? (placeholder ?? (t.emoji ? w : '<other>')) : `C${clusters!.coarse[fine]}`;
    if (fine !== undefined) {
      add(`k|${fine}`, i);
      add(`K|${group}`, i);
      if (i <= negatedUntil) add(`nK|${group}`, i);
    }
    add(`kb|${prevGroup}|${group}`, i);
    prevGroup = group;
    prev2 = prev;
    prev = w;
  }
  add(`b|${prev}|</s>`, -1);
  for (const cue of cues) add(`r|${cue}`, -1);
  return { ids: Int32Array.from(ids), anchors: Int32Array.from(anchors) };
}

/** The draft's cues around a sentence (the rules' features and the categories they found anywhere). */
export function contextFeatures(cues: Iterable<string>): Int32Array {
  const ids: number[] = [];
  for (const cue of cues) ids.push(hashFeature(`x|${cue}`));
  return Int32Array.from(ids);
}
