import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/analyze/normalize';
import { mulberry32 } from './helpers/random';

// normalize() skips its character-by-character pass for plain ASCII that has
// nothing to decode or join. Appending a line and two non-ASCII letters forces the
// full pass without touching the string before them: both must fold the ASCII part the same way, or the shortcut is wrong.
const ALPHABET = 'aAbBsShHiItT 0123457@$!|.-_*,\'#\n';

describe('the ASCII fast path folds as the full pass does', () => {
  it('on 20,000 random ASCII strings (seed 4242)', () => {
    const rng = mulberry32(4242);
    for (let n = 0; n < 20000; n++) {
      let s = '';
      const len = 1 + Math.floor(rng() * 24);
      for (let k = 0; k < len; k++) s += ALPHABET[Math.floor(rng() * ALPHABET.length)];
      const fast = normalize(s);
      const full = normalize(`${s}\n\u00e9\u00e9`);
      // The forced pass folds the line break and two e's after the string on their own: compare what comes before.
      expect(full.text.slice(0, -3), JSON.stringify(s)).toBe(fast.text);
      expect(Array.from(full.starts.slice(0, -3)), JSON.stringify(s)).toEqual(Array.from(fast.starts));
    }
  });
});
