import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/analyze/normalize';
import { tokenize } from '../../lib/analyze/tokens';
import { BUILTIN_LEXICONS } from '../../rules/lexicons';

// A phrase that the normaliser would fold differently can never match a draft:
// catch it here rather than as a silent miss.
const SYNTAX = new Set(['#', '_', '...']);

describe.each(Object.entries(BUILTIN_LEXICONS))('lexicon %s', (_name, { data }) => {
  it.each(Object.entries(data))('group %s: folded, tokenised, no duplicates', (_group, phrases) => {
    const seen = new Set<string>();
    for (const phrase of phrases) {
      expect(seen.has(phrase), `duplicate ${phrase}`).toBe(false);
      seen.add(phrase);
      for (const part of phrase.split(' ')) {
        if (SYNTAX.has(part)) continue;
        const word = part.endsWith('*') ? part.slice(0, -1) : part;
        const tokens = tokenize(normalize(word)).map((t) => t.t);
        // Emoji entries are one token each; words must fold to themselves as one token
        // (a possessive 's is split off by the tokenizer, as in drafts).
        expect(tokens.length, `"${part}" in "${phrase}"`).toBe(1);
        expect([word, word.replace(/'s$/, '')], `"${part}" in "${phrase}"`).toContain(tokens[0]);
      }
    }
  });
});
