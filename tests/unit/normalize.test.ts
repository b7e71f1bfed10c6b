import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../lib/analyze/normalize';

// What the folding undoes (disguises staff or spam use) and what it must leave
// as typed (numbers, times, handles), since detectors downstream read both.
describe('normalize folds', () => {
  it.each([
    // l33t inside words, or at the edge of a 4+ character word
    ['sh1t', 'shit'],
    ['b0ll0cks', 'bollocks'],
    ['Pa55word', 'password'],
    ['l33t', 'leet'],
    ['hell0', 'hello'],
    ['5hit', 'shit'],
    ['cr@p', 'crap'],
    ['sh!t', 'shit'],
    ['li|y', 'lily'],
    // spaced-out letters: three or more, one spacing character apart
    ['s h i t', 'shit'],
    ['S H I T', 'shit'],
    ['f.u.c.k', 'fuck'],
    ['s-h-i-t', 'shit'],
    ['f_u_c_k', 'fuck'],
    ['w*a*n*k', 'wank'],
    ['h e l l o world', 'hello world'],
    // fullwidth, mathematical alphanumerics, ligatures (NFKC)
    ['ｆｕｃｋ', 'fuck'],
    ['ＳＨＩＴ', 'shit'],
    ['𝐬𝐡𝐢𝐭', 'shit'],
    ['𝓯𝓾𝓬𝓴', 'fuck'],
    ['ﬁne', 'fine'],
    ['①', '1'],
    // Cyrillic and Greek look-alikes
    ['ѕhit', 'shit'],
    ['Сhrist', 'christ'],
    ['fцck', 'fuck'],
    ['ΒΟΜΒ', 'bomb'],
    // invisible characters inside a word
    ['sh\u200Bit', 'shit'],
    ['f\u200Cu\u200Dck', 'fuck'],
    ['f\u00ADuck', 'fuck'],
    ['sh\u2060it', 'shit'],
    ['\uFEFFhi', 'hi'],
    ['sh\u202Eit', 'shit'],
    ['wa\u2066nk\u2069', 'wank'],
    ['❤\uFE0F', '❤'],
    // accents and strike-through marks
    ['José', 'jose'],
    ['Zoë', 'zoe'],
    ['z̶a̶l̶g̶o̶', 'zalgo'],
    ['s\u0336h\u0336i\u0336t\u0336', 'shit'],
    // curly quotes, dashes, odd spaces
    ['it’s', "it's"],
    ['“quoted”', '"quoted"'],
    ['well—done', 'well-done'],
    ['10\u00A0am', '10 am'],
  ])('%j -> %j', (input, folded) => {
    expect(normalize(input).text).toBe(folded);
  });
});

describe('normalize leaves alone', () => {
  it.each([
    ['07700 900123'],
    ['+44 7700 900123'],
    ['3pm'],
    ['10k'],
    ['2024'],
    ['year 6'],
    ['£3.50'],
    ['b4'],
    ['sk8r'],
    ['ab1'],
    ['jo@gmail.com'],
    ['@handle'],
    ['wow!'],
    ['a b'], // two single letters are not a spelt-out word
    ['f * c k'], // spaced with more than one character between letters
    ['s. h. i. t'],
    ['😀'],
    ['👍🏿'],
    ['שלום'],
    ['co-op'],
    ['e.g.'],
  ])('%j', (input) => {
    expect(normalize(input).text).toBe(input);
  });
});

describe('normalize keeps case in `cased`', () => {
  it.each([
    ['Сhrist', 'Christ'],
    ['S H I T', 'SHIT'],
    ['Pa55word', 'Password'],
    ['ＳＨＩＴ', 'SHIT'],
    ['#TeacherLife', '#TeacherLife'],
  ])('%j -> %j', (input, cased) => {
    const n = normalize(input);
    expect(n.cased).toBe(cased);
    expect(n.cased.length).toBe(n.text.length);
  });
});

describe('normalize offset maps point at what was typed', () => {
  it.each([
    // input, starts, ends
    ['sh1t', [0, 1, 2, 3], [1, 2, 3, 4]],
    ['sh\u200Bit', [0, 1, 3, 4], [1, 2, 4, 5]],
    ['s h i t', [0, 2, 4, 6], [1, 3, 5, 7]],
    ['𝐬𝐡', [0, 2], [2, 4]],
    ['ﬁne', [0, 0, 1, 2], [1, 1, 2, 3]],
    ['\u00E9', [0], [1]],
    // a combining mark or variation selector belongs to the letter before it
    ['e\u0301', [0], [2]],
    ['a\u0300\u0301b', [0, 3], [3, 4]],
    ['\uFB01\u0301', [0, 0], [2, 2]],
    ['\u2764\uFE0F', [0], [2]],
    ['\u200B\u0301a', [2], [3]],
  ])('%j', (input, starts, ends) => {
    const n = normalize(input);
    expect([...n.starts]).toEqual(starts);
    expect([...n.ends]).toEqual(ends);
  });

  it.each([
    // draft, folded span, original span
    ['what the sh1t', [9, 13], [9, 13]],
    ['the s h i t week', [4, 8], [4, 11]],
    ['so 𝐬𝐡𝐢𝐭', [3, 7], [3, 11]],
    ['f\u200Buck off', [0, 4], [0, 5]],
    ['ﬁne', [0, 1], [0, 1]],
    // the span takes the last letter's accent or strike-through with it
    ['fuck\u0301 off', [0, 4], [0, 5]],
    ['z\u0336a\u0336p\u0336', [0, 3], [0, 6]],
  ])('%j: folded %j -> original %j', (draft, [s, e], span) => {
    expect(toOriginalSpan(normalize(draft), s!, e!)).toEqual(span);
  });

  it.each([
    ['empty span', 'abc', 1, 1],
    ['reversed span', 'abc', 2, 1],
    ['past the end', 'abc', 5, 7],
    ['empty text', '', 0, 1],
    ['all invisible', '\u200B\u200B', 0, 1],
  ])('%s gives an empty span at the end', (_name, draft, s, e) => {
    expect(toOriginalSpan(normalize(draft), s, e)).toEqual([draft.length, draft.length]);
  });

  it('clamps an end past the folded text', () => {
    expect(toOriginalSpan(normalize('abc'), 1, 99)).toEqual([1, 3]);
  });
});
