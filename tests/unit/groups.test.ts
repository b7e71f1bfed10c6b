import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../lib/analyze';
import { findGroups } from '../../lib/analyze/groups';
import { normalize } from '../../lib/analyze/normalize';
import { tokenize } from '../../lib/analyze/tokens';
import { DEFAULT_PACK } from '../../rules/default-pack';

const lex = createAnalyzer(DEFAULT_PACK).pack.lexicons['protected']!;
const mentions = (text: string) => {
  const tokens = tokenize(normalize(text));
  return findGroups(tokens, lex).map((g) => ({ words: tokens.slice(g.i, g.j).map((t) => t.t).join(' '), general: g.general, self: g.self }));
};

describe('protected-group mentions', () => {
  it.each([
    ['Black parents at pick-up', [{ words: 'black parents', general: true, self: false }]],
    ['young black men', [{ words: 'young black men', general: true, self: false }]],
    ['every wheelchair user in town', [{ words: 'wheelchair user', general: true, self: false }]],
    ['a wheelchair user in town', [{ words: 'wheelchair user', general: false, self: false }]],
    ['as a gay teacher', [{ words: 'gay teacher', general: false, self: true }]],
    ['maternity leave again', [{ words: 'maternity leave', general: true, self: false }]],
    ['Polish families', [{ words: 'polish families', general: true, self: false }]],
  ])('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each(['the older kids', 'French teachers', 'my old mentor', 'our old head', 'the old sofa', 'black coffee', 'disabled toilet'])('%j is no group', (text) => {
    expect(mentions(text)).toEqual([]);
  });
});

describe('normalising', () => {
  it('reads a run of ! after a word as punctuation, not a leet i', () => {
    expect(normalize('Outstanding!!').text).toBe('outstanding!!');
    expect(normalize('sh!t').text).toBe('shit');
  });
});
