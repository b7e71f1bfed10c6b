import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../lib/analyze/normalize';

describe('letters drawn as emoji fold to letters, spans map back', () => {
  it.each([
    ['🅵🆄🅲🅺 this', 'fuck this'],
    ['🇸🇭🇮🇹 day', 'shit day'],
    ['Ⓕⓤⓒⓚ', 'fuck'],
    ['0️⃣7️⃣7️⃣', '077'],
    ['👍🏽 fine', '👍🏽 fine'],
  ])('%s', (input, folded) => {
    const n = normalize(input);
    expect(n.text).toBe(folded);
    const [s, e] = toOriginalSpan(n, 0, n.text.length);
    expect(input.slice(s, e)).toBe(input);
  });
});

describe('findings are whole graphemes', async () => {
  const { createAnalyzer } = await import('../../lib/analyze');
  const { DEFAULT_PACK } = await import('../../rules/default-pack');
  const analyzer = createAnalyzer(DEFAULT_PACK);
  it.each([
    ['call 07700 900123\u0301 now', '07700 900123\u0301'],
    ['ring 07700 900123\uFE0F\u20E3 ok', '07700 900123\uFE0F\u20E3'],
    ['FFS\u200D👩\u200D👧 honestly', 'FFS\u200D👩\u200D👧'],
  ])('%j', (draft, marked) => {
    const texts = analyzer.analyze(draft).map((f) => f.text);
    expect(texts).toContain(marked);
  });
});

describe('a trailing digit stays a digit', () => {
  it.each([
    ['@ChristChurchNW3', '@christchurchnw3'],
    ['#Class3Trip', '#class3trip'],
    ['Rockstar1', 'rockstar1'],
  ])('%s', (input, folded) => expect(normalize(input).text).toBe(folded));
});
