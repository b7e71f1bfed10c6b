import { describe, expect, it } from 'vitest';
import { compileLexicon, type Lexicon } from '../../lib/analyze/lexicon';
import { normalize } from '../../lib/analyze/normalize';
import { tokenize, type Token } from '../../lib/analyze/tokens';

/**
 * The lexicon keeps the matches of the chunk it is reading (lexicon.ts,
 * `matchesAt`): every answer must be the one a freshly compiled lexicon gives,
 * whichever chunk was read before and whatever range is asked for.
 */
const toks = (s: string) => tokenize(normalize(s));
const DATA = {
  strong: ['fuck', 'fuck off', 'fuck ... off'],
  weak: ['fuck', 'off'],
  school: ['year #', 'my _ class', "don't ... tell", 'teach*', 'parents evening'],
};
const GROUPS = [undefined, 'strong', 'weak', 'school', 'none'];
const SENTENCES = [
  'fuck off year 6 said my maths class',
  "don't you dare tell the teachers about parents evening",
  'fuck right off, fuck, off',
  'nothing here at all',
  'teach',
];

/** Every question a detector can ask, as plain data. */
function answers(lex: Lexicon, tokens: readonly Token[]) {
  const at = tokens.map((_, i) => GROUPS.map((g) => lex.matchAt(tokens, i, g) ?? null));
  const ranges = tokens.map((_, from) => lex.scan(tokens, from, Math.min(tokens.length, from + 2)));
  return { at, whole: lex.scan(tokens), byGroup: [...lex.scanByGroup(tokens)], ranges, out: lex.matchAt(tokens, tokens.length) ?? null };
}

describe('lexicon answers while keeping one chunk', () => {
  it('match a fresh lexicon whichever chunk came before, and over any range', () => {
    const kept = compileLexicon(DATA);
    const chunks = SENTENCES.map(toks);
    // Interleave: each chunk read after every other one, and twice in a row.
    for (const a of chunks) {
      for (const b of chunks) {
        for (const t of [a, b, b, a]) expect(answers(kept, t)).toEqual(answers(compileLexicon(DATA), t));
      }
    }
  });

  it('gives a match that ends inside a range only when asked for that range', () => {
    const lex = compileLexicon(DATA);
    const t = toks('fuck right off now');
    expect(lex.scan(t).map((m) => [m.phrase, m.j])).toEqual([['fuck ... off', 3], ['off', 3]]);
    expect(lex.scan(t, 0, 2).map((m) => [m.phrase, m.j])).toEqual([['fuck', 1]]);
  });

  it('stay right when the word numbering starts again (past 20,000 distinct words)', () => {
    const lex = compileLexicon(DATA);
    const before = toks('fuck off year 6 said my maths class');
    const expected = answers(compileLexicon(DATA), before);
    expect(answers(lex, before)).toEqual(expected);
    // 25,000 new words, read by the same lexicon, push the numbering past its limit.
    for (let k = 0; k < 250; k++) {
      const filler = toks(Array.from({ length: 100 }, (_, n) => `w${k}x${n}`).join(' '));
      expect(lex.scan(filler)).toEqual([]);
    }
    expect(answers(lex, toks('fuck off year 6 said my maths class'))).toEqual(expected);
  });
});
