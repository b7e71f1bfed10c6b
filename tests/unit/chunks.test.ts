import { describe, expect, it } from 'vitest';
import { splitChunks } from '../../lib/analyze/chunks';

const pieces = (s: string) => splitChunks(s).map((c) => s.slice(c.start, c.end));

describe('splitChunks', () => {
  it.each([
    ['Lovely day. Off to the beach!', ['Lovely day.', ' Off to the beach!']],
    ['Really?! Yes!!! Fine… ok', ['Really?!', ' Yes!!!', ' Fine…', ' ok']],
    ['Wait... what', ['Wait...', ' what']],
    ['He said "stop." Then left.', ['He said "stop."', ' Then left.']],
    ['Is it? (yes.) Fine', ['Is it?', ' (yes.)', ' Fine']],
    // line breaks end a chunk, blank lines are chunks of their own
    ['Line one\nLine two', ['Line one\n', 'Line two']],
    ['a\n\nb', ['a\n', '\n', 'b']],
    ['Done.\nNext', ['Done.', '\n', 'Next']],
    // abbreviations do not end a sentence
    ['Mr. Smith said hi. Then left.', ['Mr. Smith said hi.', ' Then left.']],
    ['Mrs. Jones and Dr. Khan. Ms. Lee.', ['Mrs. Jones and Dr. Khan.', ' Ms. Lee.']],
    ['St. Paul’s e.g. this i.e. that.', ['St. Paul’s e.g. this i.e. that.']],
    ['No. 5 is approx. 3 miles.', ['No. 5 is approx. 3 miles.']],
    ['Year 6 vs. Year 5 etc. ok', ['Year 6 vs. Year 5 etc. ok']],
    // decimals, times, addresses and marks inside words do not either
    ['It cost £3.50 today. Cheap', ['It cost £3.50 today.', ' Cheap']],
    ['Version 2.0 is out', ['Version 2.0 is out']],
    ['See you at 3.30pm. Bye', ['See you at 3.30pm.', ' Bye']],
    ['christchurchschool.co.uk is up', ['christchurchschool.co.uk is up']],
    ['ok.ok!ok?ok', ['ok.ok!ok?ok']],
    // an ending mark needs a space after it; at the very end, the rest is one chunk
    ['The end.', ['The end.']],
    ['no stop at all', ['no stop at all']],
    ['', []],
    ['.', ['.']],
    ['   ', ['   ']],
  ])('%j -> %j', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it.each([
    ['mixed', 'Hi. Mr. X!\n\nYes?? e.g. 3.5 "ok." (no.) fine…  end'],
    ['only marks', '.!?…'.repeat(10)],
    ['only line breaks', '\n\n\n'],
  ])('covers the %s text exactly, in order, with no empty chunk', (_name, text) => {
    const chunks = splitChunks(text);
    let at = 0;
    for (const c of chunks) {
      expect(c.start).toBe(at);
      expect(c.end).toBeGreaterThan(c.start);
      at = c.end;
    }
    expect(at).toBe(text.length);
  });

  // Regression: a run of marks with no space after was retried from every mark,
  // quadratic: 100,000 dots took 27 s and froze the page. Its speed is measured in
  // `npm run bench` (issue 13: no timing in tests); here the answer must be right.
  it.each([
    ['dots', '.'.repeat(100_000)],
    ['ellipses', '\u2026'.repeat(100_000)],
    ['!?', '!?'.repeat(50_000)],
    ['dots then quotes', '.'.repeat(50_000) + '"'.repeat(50_000)],
  ])('reads 100,000 %s as one chunk', (_name, text) => {
    expect(splitChunks(text)).toEqual([{ start: 0, end: text.length }]);
  });
});
