import { describe, expect, it } from 'vitest';
import { HASH_BITS, featureId, hashFeature, sentenceFeatures } from '../../../lib/analyze/model/features';
import { decodeBase64, encodeBase64, loadModel, packIndex, unpackIndex, type WeightsFile } from '../../../lib/analyze/model/weights';
import { carryingRuns, scoreSentence } from '../../../lib/analyze/model/scorer';
import { loadClusters } from '../../../lib/analyze/model/clusters';
import { normalize } from '../../../lib/analyze/normalize';
import { tokenize } from '../../../lib/analyze/tokens';

const N = 1 << HASH_BITS;
const CLUSTERS = { coarse: [0, 1], clusters: ['knife axe', 'teacher head'] };

describe('weights file', () => {
  it('packs the index and each category\'s bytes and reads them back, gaps over one varint byte included', () => {
    const features = [0, 1, 300, N - 1];
    expect([...unpackIndex(decodeBase64(encodeBase64(packIndex(features))))]).toEqual(features);
    const bytes = (v: number[]) => encodeBase64(Uint8Array.from(v, (x) => x & 0xff));
    const file: WeightsFile = { format: 2, hashBits: HASH_BITS, categories: ['violence', 'sexual'], bias: [0, 0], scale: [1, 1], threshold: [0.5, 0.5], index: encodeBase64(packIndex(features)), weights: [bytes([5, 0, 0, -1]), bytes([0, -128, 127, 0])] };
    const { w } = loadModel(file, CLUSTERS);
    expect([w[0], w[2 + 1], w[600 + 1], w[(N - 1) * 2]]).toEqual([5, -128, 127, -1]);
    expect(w.filter((v) => v !== 0)).toHaveLength(4);
  });

  it('refuses a file built for another feature space, or with a list of the wrong length', () => {
    const file = (over: Partial<WeightsFile>): WeightsFile => ({ format: 2, hashBits: HASH_BITS, categories: ['violence'], bias: [0], scale: [1], threshold: [0.5], index: '', weights: [''], ...over });
    expect(() => loadModel(file({ hashBits: 16 }), CLUSTERS)).toThrow(/16-bit features/);
    expect(() => loadModel(file({ bias: [] }), CLUSTERS)).toThrow(/bias has 0 entries for 1 categories/);
    expect(() => loadModel(file({ format: 1 as 2 }), CLUSTERS)).toThrow(/unknown format 1/);
    expect(() => loadModel(file({ index: encodeBase64(packIndex([7])) }), CLUSTERS)).toThrow(/violence has 0 weights for 1 features/);
    expect(() => loadModel(file({}), { coarse: [0], clusters: ['a', 'b'] })).toThrow(/1 coarse ids for 2 clusters/);
    expect(loadModel(file({ threshold: [null] }), CLUSTERS).cut[0]).toBe(Infinity);
  });
});

describe('features and scores', () => {
  const read = (text: string) => tokenize(normalize(text));

  it('reads a word through its cluster, so an unseen word scores like its neighbours', () => {
    const clusters = loadClusters(CLUSTERS);
    // Only the cluster of "knife" and "axe" carries weight.
    const file: WeightsFile = { format: 2, hashBits: HASH_BITS, categories: ['violence'], bias: [-1], scale: [0.05], threshold: [0.5], index: encodeBase64(packIndex([featureId('k', '0')])), weights: [encodeBase64(Uint8Array.of(100))] };
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
    expect(ids.has(featureId('u', '<staff-identity>'))).toBe(true);
    expect(ids.has(featureId('u', 'smith'))).toBe(false);
    expect(ids.has(featureId('n', 'fan'))).toBe(true);
    expect(ids.has(featureId('n', 'smith'))).toBe(false);
    expect(ids.has(hashFeature('r|rule:x'))).toBe(true);
    expect(f.anchors[f.ids.indexOf(hashFeature('r|rule:x'))]).toBe(-1);
  });

  it('is the same every time (training and the page must agree)', () => {
    const tokens = read('Same words, same features.');
    expect(sentenceFeatures(tokens, new Map(), ['a'])).toEqual(sentenceFeatures(tokens, new Map(), ['a']));
  });
});
