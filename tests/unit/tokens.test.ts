import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/analyze/normalize';
import { isStretched, squeeze, tokenize, type Token } from '../../lib/analyze/tokens';

const toks = (s: string) => tokenize(normalize(s));
const words = (s: string) => toks(s).map((t) => t.t);

describe('tokenize splits', () => {
  it.each([
    ['Lovely day at the beach', ['lovely', 'day', 'at', 'the', 'beach']],
    // hashtags and handles at case changes
    ['#ChristChurchHampstead rocks', ['christ', 'church', 'hampstead', 'rocks']],
    ['#TeacherLife', ['teacher', 'life']],
    ['#teacherlife', ['teacherlife']],
    ['@MrsPatelTeaches', ['mrs', 'patel', 'teaches']],
    // possessive 's is split off; other contractions stay whole
    ["Zara's book", ['zara', 'book']],
    ["ZARA'S book", ['zara', 'book']],
    ['Zara’s book', ['zara', 'book']],
    ["it's fine", ["it's", 'fine']],
    ["that's what's", ["that's", "what's"]],
    ["Let's go", ["let's", 'go']],
    ["don't I'll", ["don't", "i'll"]],
    ["Mr O'Brien-Smith", ['mr', "o'brien", 'smith']],
    ["the kids' coats", ['the', 'kids', 'coats']],
    // masked words keep their asterisks; decoration does not
    ['f*** that', ['f***', 'that']],
    ['sh*t', ['sh*t']],
    ['f**king', ['f**king']],
    ['bullsh*t', ['bullsh*t']],
    ['*wow*', ['wow']],
    ['***', []],
    ['abc***', ['abc']],
    // emoji are tokens of their own, also inside words and sequences
    ['hello😀world', ['hello', '😀', 'world']],
    ['🍆💦', ['🍆', '💦']],
    ['👍🏿', ['👍']],
    // numbers, e-mail addresses, hyphens
    ['Year 6 on 12/3', ['year', '6', 'on', '12', '3']],
    ['07700 900123', ['07700', '900123']],
    ['jo@gmail.com', ['jo', 'gmail', 'com']],
    ['co-op', ['co', 'op']],
    // folded forms, not what was typed
    ['Ｓｈ1ｔ happens', ['shit', 'happens']],
    ['s h i t', ['shit']],
    ['', []],
    ['  \n\t ', []],
  ])('%j -> %j', (input, expected) => {
    expect(words(input)).toEqual(expected);
  });
});

describe('tokenize marks', () => {
  const flags = (t: Token) => ({ t: t.t, cap: t.cap, upper: t.upper, tag: t.tag, poss: t.poss, emoji: t.emoji, num: t.num });
  it.each([
    ['Zara', { t: 'zara', cap: true, upper: false }],
    ['zara', { t: 'zara', cap: false, upper: false }],
    ['OFSTED', { t: 'ofsted', cap: true, upper: true }],
    ['I', { t: 'i', cap: true, upper: false }],
    ['#Sports', { t: 'sports', cap: true, upper: false, tag: '#' }],
    ['@ofsted', { t: 'ofsted', cap: false, upper: false, tag: '@' }],
    ["Tom's", { t: 'tom', cap: true, upper: false, poss: true }],
    ['2024', { t: '2024', cap: false, upper: false, num: true }],
    ['😀', { t: '😀', cap: false, upper: false, emoji: true }],
  ])('%j', (input, expected) => {
    const [tok] = toks(input);
    expect(tok && flags(tok)).toEqual({ tag: undefined, poss: undefined, emoji: undefined, num: undefined, ...expected });
  });

  it('does not take an @ inside an e-mail address for a handle', () => {
    expect(toks('jo@gmail.com').some((t) => t.tag === '@')).toBe(false);
  });

  it('tags every part of a split hashtag', () => {
    expect(toks('#ChristChurch').map((t) => t.tag)).toEqual(['#', '#']);
  });

  it('gives offsets into the folded text', () => {
    const n = normalize('Oh f\u200Bu\u200Bck, #BigDay');
    for (const t of tokenize(n)) expect(n.text.slice(t.s, t.e)).toBe(t.t);
    expect(tokenize(n).map((t) => [t.s, t.e])).toEqual([[0, 2], [3, 7], [10, 13], [13, 16]]);
  });
});

describe('stretched words', () => {
  it.each([
    ['fuuuuck', 'fuck', true],
    ['shiiiiit', 'shit', true],
    ['noooo', 'no', true],
    ['fuuck', 'fuck', false], // two of a letter is a spelling, not a stretch
    ['bollocks', 'bolocks', false],
    ['committee', 'comite', false],
    ['aaa', 'a', true],
  ])('%j squeezes to %j (stretched: %s)', (word, squeezed, stretched) => {
    expect(squeeze(word)).toBe(squeezed);
    expect(isStretched(word)).toBe(stretched);
  });
});
