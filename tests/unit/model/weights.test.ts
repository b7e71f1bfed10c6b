import { describe, expect, it } from 'vitest';
import { HASH_BITS, hashFeature, sentenceFeatures } from '../../../lib/analyze/model/features';
import { decodeBase64, encodeBase64, loadModel, packSparse, unpackSparse, type WeightsFile } from '../../../lib/analyze/model/weights';
import { carryingRuns, scoreSentence } from '../../../lib/analyze/model/scorer';
import { loadClusters } from '../../../lib/analyze/model/clusters';
import { normalize } from '../../../lib/analyze/normalize';
import { tokenize } from '../../../lib/analyze/tokens';

const N = 1 << HASH_BITS;
const CLUSTERS = { coarse: [0, 1], clusters: ['knife axe', 'teacher head'] };

describe('weights file', () => {
  it('packs sparse bytes and reads them back, gaps over one varint byte included', () => {
    const q = new Int8Array(N);
    q[0] = 5;
    q[1] = -128;
    q[300] = 127;
    q[N - 1] = -1;
    const into = new Int8Array(N * 2);
    unpackSparse(decodeBase64(encodeBase64(packSparse(q))), into, 2, 1);
    expect([into[1], into[3], into[601], into[(N - 1) * 2 + 1]]).toEqual([5, -128, 127, -1]);
    expect(into.filter((v) => v !== 0)).toHaveLength(4);
  });

  it('refuses a file built for another feature space, or with a list of the wrong length', () => {
    const file = (over: Partial<WeightsFile>): WeightsFile => ({ format: 1, hashBits: HASH_BITS, categories: ['violence'], bias: [0], scale: [1], threshold: [0.5], weights: [''], ...over });
    expect(() => loadModel(file({ hashBits: 16 }), CLUSTERS)).toThrow(/16-bit features/);
    expect(() => loadModel(file({ bias: [] }), CLUSTERS)).toThrow(/bias has 0 entries for 1 categories/);
    expect(() => loadModel(file({ format: 2 as 1 }), CLUSTERS)).toThrow(/unknown format 2/);
    expect(() => loadModel(file({}), { coarse: [0], clusters: ['a', 'b'] })).toThrow(/1 coarse ids for 2 clusters/);
    expect(loadModel(file({ threshold: [null] }), CLUSTERS).cut[0]).toBe(Infinity);
  });
});

describe('features and scores', () => {
  const read = (text: string) => tokenize(normalize(text));

  it('reads a word through its cluster, so an unseen word scores like its neighbours', () => {
    const clusters = loadClusters(CLUSTERS);
    const q = new Int8Array(N);
    q[hashFeature('k|0')] = 100; // only the cluster of "knife" and "axe" carries weight
    const file: WeightsFile = { format: 1, hashBits: HASH_BITS, categories: ['violence'], bias: [-1], scale: [0.05], threshold: [0.5], weights: [encodeBase64(packSparse(q))] };
    const model = loadModel(file, CLUSTERS);
    const tokens = read('bring the axe tomorrow');
    const score = scoreSentence(model, sentenceFeatures(tokens, new Map(), [], clusters), tokens.length);
    expect(score.own[0]).toBeCloseTo(-1 + 5, 5);
    expect(carryingRuns(score, 1, 0, tokens.length)).toEqual([[2, 2]]);
    const none = read('bring the cake tomorrow');
    expect(scoreSentence(model, sentenceFeatures(none, new Map(), [], clusters), none.length).own[0]).toBeCloseTo(-1, 5);
  });

  it('a placeholder stands for an exact find, and the words after a negation are marked', () => {
    const tokens = read('not a fan of Mr Smith');
    const f = sentenceFeatures(tokens, new Map([[4, '<staff-identity>'], [5, '<staff-identity>']]), ['rule:x']);
    const ids = new Set(f.ids);
    expect(ids.has(hashFeature('u|<staff-identity>'))).toBe(true);
    expect(ids.has(hashFeature('u|smith'))).toBe(false);
    expect(ids.has(hashFeature('n|fan'))).toBe(true);
    expect(ids.has(hashFeature('n|smith'))).toBe(false);
    expect(ids.has(hashFeature('r|rule:x'))).toBe(true);
    expect(f.anchors[f.ids.indexOf(hashFeature('r|rule:x'))]).toBe(-1);
  });

  it('is the same every time (training and the page must agree)', () => {
    const tokens = read('Same words, same features.');
    expect(sentenceFeatures(tokens, new Map(), ['a'])).toEqual(sentenceFeatures(tokens, new Map(), ['a']));
  });
});
