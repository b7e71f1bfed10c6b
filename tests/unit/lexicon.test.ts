import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../lib/analyze/lexicon';
import { normalize } from '../../lib/analyze/normalize';
import { tokenize } from '../../lib/analyze/tokens';

const toks = (s: string) => tokenize(normalize(s));

// A small lexicon of our own using every part of the phrase syntax.
const DATA = {
  strong: ['fuck', 'fucking', 'fuck off'],
  medium: ['shit', 'son of a bitch', 'taking the piss'],
  school: ['year #', 'my _ class', "don't ... tell", 'teach*', 'parents evening'],
};
const plain = compileLexicon(DATA);
const masked = compileLexicon(DATA, { masked: true });
/** Matched words as folded tokens, `phrase -> words`. */
const matches = (lex: typeof plain, s: string) => {
  const t = toks(s);
  return lex.scan(t).map((m) => `${m.phrase} -> ${t.slice(m.i, m.j).map((x) => x.t).join(' ')}`);
};

describe('lexicon scan', () => {
  it.each([
    // whole words, in any disguise the normaliser undoes
    ['what the fuck', ['fuck -> fuck']],
    ['sh1t day', ['shit -> shit']],
    ['S H I T', ['shit -> shit']],
    ['ｆｕｃｋｉｎｇ printer', ['fucking -> fucking']],
    // stretched: a letter three or more times
    ['fuuuuck this', ['fuck -> fuuuuck']],
    ['shiiiit', ['shit -> shiiiit']],
    ['taking the piiiiss', ['taking the piss -> taking the piiiiss']],
    // longest phrase at a start wins
    ['fuck off', ['fuck off -> fuck off']],
    ['a son of a bitch', ['son of a bitch -> son of a bitch']],
    // `#` a number, `_` one word, `...` zero to three words, `word*` a prefix
    ['Year 6 trip', ['year # -> year 6']],
    ['my maths class', ['my _ class -> my maths class']],
    ["don't tell", ["don't ... tell -> don't tell"]],
    ["don't you ever dare tell", ["don't ... tell -> don't you ever dare tell"]],
    ['Teaching assistants', ['teach* -> teaching']],
    ['teach', ['teach* -> teach']],
    // possessive apostrophes do not get in the way
    ["parents' evening", ['parents evening -> parents evening']],
    // whole words only, no substrings
    ['Scunthorpe away', []],
    ['shiitake risotto', []],
    ['mishit the ball', []],
    ['fuuck', []], // doubled letters are spelling, not stretching
    // wrong shape for the pattern
    ['year six', []],
    ['my class', []],
    ["don't you ever really dare tell", []],
    ['tea break', []],
    ['f*** that', []], // masks only in a masked lexicon
  ])('%j -> %j', (text, expected) => {
    expect(matches(plain, text)).toEqual(expected);
  });
});

describe('masked lexicon', () => {
  it.each([
    ['f*** that', ['fuck -> f***']],
    ['f**k', ['fuck -> f**k']],
    ['F*** off', ['fuck off -> f*** off']],
    ['sh*t', ['shit -> sh*t']],
    ['f***ing printer', ['fucking -> f***ing']],
    ['son of a b***h', ['son of a bitch -> son of a b***h']],
  ])('%j -> %j', (text, expected) => {
    expect(matches(masked, text)).toEqual(expected);
    expect(matches(plain, text)).toEqual([]);
  });

  it.each([
    ['b*** that'], // first letter must agree
    ['f**** that'], // and the length
    ['s**'],
    ['****'],
  ])('does not match %j', (text) => {
    expect(matches(masked, text)).toEqual([]);
  });
});

describe('lexicon lookups', () => {
  it('matchAt finds a phrase at a token, optionally of one group', () => {
    const t = toks('oh fuck off');
    expect(plain.matchAt(t, 1)).toMatchObject({ i: 1, j: 3, group: 'strong', phrase: 'fuck off' });
    expect(plain.matchAt(t, 1, 'medium')).toBeUndefined();
    expect(plain.matchAt(t, 0)).toBeUndefined();
    expect(plain.matchAt(t, 3)).toBeUndefined();
  });

  it('scan keeps matches inside its window', () => {
    const t = toks("don't you tell them fuck off");
    expect(plain.scan(t, 0, 2)).toEqual([]);
    expect(plain.scan(t, 4, 5).map((m) => m.phrase)).toEqual(['fuck']);
    expect(plain.scan(t, 4).map((m) => m.phrase)).toEqual(['fuck off']);
  });

  it('counts every phrase it compiled', () => {
    expect(plain.size).toBe(11);
  });

  // Regression: prefixes were keyed by two letters, so `a*` could never match.
  it('matches a one-letter prefix', () => {
    const lex = compileLexicon({ g: ['x* factor', 'b*'] });
    expect(lex.scan(toks('the xfactor factor')).map((m) => m.phrase)).toEqual(['x* factor']);
    expect(lex.scan(toks('big b')).map((m) => [m.i, m.j])).toEqual([[0, 1], [1, 2]]);
  });
});
