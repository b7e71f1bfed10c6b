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
