/**
 * Word clusters (rules/model/word-clusters.json, built from GloVe vectors by
 * scripts/training/build-word-clusters.ts): a word's fine and coarse cluster let
 * the learned scorer read a word no training draft used like the words it sits
 * with in general English ("machete" like "stabbed", "Hindus" like "Muslims").
 */
export interface ClustersFile {
  readonly coarse: readonly number[];
  readonly clusters: readonly string[];
}

export interface WordClusters {
  /** A word's fine cluster. */
  readonly fine: ReadonlyMap<string, number>;
  /** Each fine cluster's coarse one. */
  readonly coarse: Int16Array;
}

export function loadClusters(file: ClustersFile): WordClusters {
  const steps = loadClustersSteps(file);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Pauses after every 128 clusters (about 5,000 words), for a page loading in slices. */
export function* loadClustersSteps(file: ClustersFile): Generator<void, WordClusters> {
  if (file.coarse.length !== file.clusters.length) throw new Error(`word clusters: ${file.coarse.length} coarse ids for ${file.clusters.length} clusters`);
  const fine = new Map<string, number>();
  for (let i = 0; i < file.clusters.length; i++) {
    for (const w of file.clusters[i]!.split(' ')) if (w) fine.set(w, i);
    if (i % 128 === 127) yield;
  }
  return { fine, coarse: Int16Array.from(file.coarse) };
}
