import type { ChunkContext } from './types';

/**
 * Phone numbers said in words (`oh one one three, four nine six oh, ...`):
 * runs of number words from lexicon `phone` (groups `0`-`9`, `double`,
 * `treble`, `plus`), mixed with plain digit groups, separated only by spaces,
 * commas or dashes. Each run is returned with its digits, one entry per token,
 * for the detector to try as a phone number.
 */
export interface SpokenRun {
  /** Token indices, and the digits each token stands for ('' for a `double`, '+' for `plus`). */
  readonly tokens: readonly number[];
  readonly digits: readonly string[];
}

const GAP = /^[\s,\-]*$/;

export function spokenRuns(ctx: ChunkContext): SpokenRun[] {
  const { tokens, norm } = ctx;
  const lex = ctx.lex('phone');
  const out: SpokenRun[] = [];
  let cur: { tokens: number[]; digits: string[]; words: number } | null = null;
  let repeat = 1;
  const flush = () => {
    if (cur && cur.words >= 3) out.push({ tokens: cur.tokens, digits: cur.digits });
    cur = null;
    repeat = 1;
  };
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const m = tok.num ? undefined : lex.matchAt(tokens, k);
    const group = m && m.j === k + 1 && m.group !== 'not-phone' ? m.group : undefined;
    if (!tok.num && group === undefined) { flush(); continue; }
    if (cur && !GAP.test(norm.text.slice(tokens[k - 1]!.e, tok.s))) flush();
    cur ??= { tokens: [], digits: [], words: 0 };
    let digits = '';
    if (tok.num) digits = tok.t.repeat(repeat);
    else if (group === 'double' || group === 'treble') {
      repeat = group === 'double' ? 2 : 3;
      cur.tokens.push(k);
      cur.digits.push('');
      cur.words++;
      continue;
    } else if (group === 'plus') digits = '+';
    else digits = group!.repeat(repeat);
    if (!tok.num) cur.words++;
    repeat = 1;
    cur.tokens.push(k);
    cur.digits.push(digits);
  }
  flush();
  return out;
}
