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
  if (file.coarse.length !== file.clusters.length) throw new Error(`word clusters: ${file.coarse.length} coarse ids for ${file.clusters.length} clusters`);
  const fine = new Map<string, number>();
  file.clusters.forEach((members, i) => {
    for (const w of members.split(' ')) if (w) fine.set(w, i);
  });
  return { fine, coarse: Int16Array.from(file.coarse) };
}
