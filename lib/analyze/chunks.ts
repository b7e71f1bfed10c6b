/**
 * Splits a draft into sentences (and lines), the unit the analyzer caches: an
 * edit re-reads only the sentence it touched. Abbreviations with a full stop
 * (`Mr.`, `e.g.`) and decimals do not end a sentence.
 */
// The look-behind makes a match start only at the first mark of a run: without
// it a run of marks not followed by a space (`!!!!...` pasted 100,000 times) was
// retried from every mark, quadratic (27 s for 100,000 dots; tests/unit/chunks.test.ts).
const END = /(?<![.!?\u2026])[.!?\u2026]+["')\]]*(?=\s)|\n/g;
const ABBREV = /(?:^|[^\p{L}])(?:mr|mrs|ms|mx|dr|st|no|vs|etc|e\.g|i\.e|approx|dept|yr|yrs)\.$/iu;

export interface Chunk {
  readonly start: number;
  readonly end: number;
}

export function splitChunks(text: string): Chunk[] {
  const out: Chunk[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && ABBREV.test(text.slice(Math.max(start, end - 8), end))) continue;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
