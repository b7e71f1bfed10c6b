import type { Lexicon } from './lexicon';
import type { ChunkContext } from './types';

/**
 * What follows a credential keyword (`password`, `door code`, `login`): the
 * value given, if any, read in the text as typed (tokens drop the symbols a
 * password is made of: `Bluebell#77`, `Pa55word!`, `t.teacher3`).
 *
 * Between the keyword and the value it skips what lexicon `credentials` lists:
 * `explicit` words (is, was, changed to), `:`, `=` or a spaced dash (all make the
 * value "explicit"), `skip` words (still, now), and a `link` phrase of up to ten
 * words ending in an explicit word or a colon (`for the staff room door is`,
 * `on SIMS:`). Access nouns met in that phrase are reported (`access`).
 */
export interface SecretValue {
  /** Original chunk offsets of the value. */
  readonly start: number;
  readonly end: number;
  /** The first token after the value. */
  readonly next: number;
  readonly explicit: boolean;
  readonly quoted: boolean;
  readonly access: boolean;
  readonly text: string;
}

const QUOTES = `'"\u2018\u2019\u201C\u201D\``;
const LEAD = /[!#$%^&*+=~?@£]/;
const TRAIL = /[.,;:)\]}'"\u2018\u2019\u201C\u201D`?]+$/;
const MARK = /[:=]|(?:^|\s)[-\u2013\u2014](?:\s|$)/;

/** Original text between token k-1 and token k. */
export function gapBefore(ctx: ChunkContext, k: number): string {
  if (k <= 0 || k >= ctx.tokens.length) return '';
  return ctx.text.slice(ctx.span(k - 1, k)[1], ctx.span(k, k + 1)[0]);
}

export function findValue(ctx: ChunkContext, lex: Lexicon, j: number): SecretValue | null {
  const { tokens, text } = ctx;
  let k = j;
  let explicit = tokens[j - 1]?.poss === true;
  let access = false;
  for (let steps = 0; steps < 8 && k < tokens.length; steps++) {
    if (MARK.test(gapBefore(ctx, k))) explicit = true;
    const e = lex.matchAt(tokens, k, 'explicit') ?? lex.matchAt(tokens, k, 'skip');
    if (e) {
      if (e.group === 'explicit') explicit = true;
      k = e.j;
      continue;
    }
    if (explicit || !lex.matchAt(tokens, k, 'link')) break;
    let found = -1;
    let seen = false;
    for (let l = k + 1; l < Math.min(tokens.length, k + 11) && found < 0; l++) {
      if (lex.matchAt(tokens, l, 'explicit') || /[:=]/.test(gapBefore(ctx, l))) found = l;
      else if (lex.matchAt(tokens, l, 'access')) seen = true;
    }
    if (found < 0 && tokens[k]!.t !== 'to') return null;
    access ||= found >= 0 && seen;
    k = found < 0 ? k + 1 : found;
  }
  if (k >= tokens.length) return null;
  const floor = ctx.span(k - 1, k)[1];
  let start = ctx.span(k, k + 1)[0];
  while (start > floor && LEAD.test(text[start - 1]!)) start--;
  const quoted = start > floor && QUOTES.includes(text[start - 1]!);
  let end = start;
  if (quoted) {
    while (end < text.length && end - start < 64 && !QUOTES.includes(text[end]!)) end++;
  } else {
    while (end < text.length && end - start < 64 && !/\s/.test(text[end]!)) end++;
    end = start + text.slice(start, end).replace(TRAIL, '').length;
  }
  if (end <= start) return null;
  let next = k;
  while (next < tokens.length && ctx.span(next, next + 1)[0] < end) next++;
  return { start, end, next, explicit, quoted, access, text: text.slice(start, end) };
}
