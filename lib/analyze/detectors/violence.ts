import type { LexMatch } from '../lexicon';
import type { Candidate, ChunkContext, Detector } from '../types';
import { cueMatches, hasGroup } from './cues';

/**
 * Threats or wishes of physical harm to people, calls for violence, bombing
 * and arson (lexicon `violence`; eval README "violence"). A violent verb is
 * not enough: it needs a threat or wish before it (`modal`: I'll, I'd happily,
 * I'm going to, might, someone should, wish someone would, I swear) with no
 * negation between, and a person as its object (`target`: him, her, them,
 * you, a parent, the head, Ofsted, a name from the profile or a capitalised
 * name); arson and bombing also take a building. Idioms are cancelled first
 * (group `allow`), and a sentence about games, sport or cooking (`veto`)
 * makes no threat. A weapon counts when someone means to bring it.
 *
 * | flags | allows |
 * |---|---|
 * | `I'll knock him out`, `I'd happily slap her`, `I could strangle Tom` | `this marking is killing me`, `killer heels`, `killing it` |
 * | `someone should torch the DfE`, `wish someone would run him over` | `I could murder a curry`, `knock it out of the park` |
 * | `he deserves a good slap`, `they should all be shot` | `I should be shot for that pun`, `the dog had to be put down` |
 * | `might bring a baseball bat`, `going round theirs with a hammer` | `bring a knife for the cake`, `I'll destroy you at Scrabble` |
 * | `line them up against a wall`, `a bomb under their office` | `bombed the interview`, `cost a bomb`, `I will die on this hill` |
 */
export const violence: Detector = {
  id: 'violence',
  detect(ctx, rule) {
    const matches = cueMatches(ctx, 'violence');
    const out: Candidate[] = [];
    const push = (i: number, j: number) => {
      const [start, end] = ctx.span(Math.min(i, j - 1), Math.max(i + 1, j));
      out.push({ category: rule.category, rule: rule.id, start, end });
    };
    const veto = hasGroup(matches, 'veto');
    for (const m of matches) {
      if (m.group === 'strong') push(m.i, m.j);
      else if (veto) continue;
      else if (m.group === 'call') {
        const t = targetAfter(ctx, m, true);
        if (t >= 0) push(m.i, Math.max(m.j, t + 1));
      } else if (m.group === 'harm' || m.group === 'arson') {
        const modal = threatBefore(ctx, matches, m.i);
        const t = modal && personal(ctx, modal) ? targetAfter(ctx, m, m.group === 'arson') : -1;
        if (t >= 0) push(m.i, Math.max(m.j, t + 1));
      } else if (m.group === 'passive') {
        const t = threatBefore(ctx, matches, m.i) ? targetBefore(ctx, m.i) : -1;
        if (t >= 0) push(t, m.j);
      } else if (m.group === 'weapon' || m.group === 'tool') {
        const from = armed(ctx, matches, m);
        if (from >= 0) push(from, m.j);
      }
    }
    return out;
  },
};

const lookback = 6;

/** A threat or wish (`modal`) shortly before token `i`, not negated, not said of a thing ("it could kill you") or a team ("we'll batter them"). */
function threatBefore(ctx: ChunkContext, matches: readonly LexMatch[], i: number): LexMatch | undefined {
  const lex = ctx.lex('violence');
  const modal = matches.findLast((x) => x.group === 'modal' && x.j <= i && x.j >= i - lookback);
  if (!modal) return undefined;
  for (let k = modal.j; k < i; k++) if (lex.matchAt(ctx.tokens, k, 'negation')) return undefined;
  return modal.i > 0 && lex.matchAt(ctx.tokens, modal.i - 1, 'self-subject') ? undefined : modal;
}

/**
 * Whether the threat is the poster's own or a call on someone ("I'll", "someone
 * should", "wish someone would", "you should", a sentence opening "Might bring"),
 * not a thing's ("the new framework might kill ...", "those heels could kill you").
 */
function personal(ctx: ChunkContext, modal: LexMatch): boolean {
  if (/^(i\b|i'|im |someone|somebody|wish|let me|swear|happily|gladly|one more|pay)/.test(modal.phrase)) return true;
  const lex = ctx.lex('violence');
  let k = modal.i - 1;
  while (k >= 0 && k >= modal.i - 3 && lex.matchAt(ctx.tokens, k, 'adverb')) k--;
  return k < 0 || !!lex.matchAt(ctx.tokens, k, 'speaker');
}

/**
 * The object of a violent verb is a person (or, for arson, a building): inside
 * the gap of a phrase (`knock ... out`, `rip ... hair out`), else within four
 * words after a one-word verb, skipping determiners and adjectives but stopping
 * at `it`, `me`, prepositions and conjunctions.
 */
function targetAfter(ctx: ChunkContext, m: LexMatch, buildings: boolean): number {
  const gap = /\.\.\.|(^| )_( |$)/.test(m.phrase);
  const from = gap ? m.i + 1 : m.j;
  const to = gap ? m.j - 1 : Math.min(ctx.tokens.length, m.j + 4);
  return findTarget(ctx, from, to, 1, buildings, gap);
}

/** The subject of a passive wish ("he deserves a slap", "the lot of them should be shot"), up to eight words back. */
function targetBefore(ctx: ChunkContext, i: number): number {
  return findTarget(ctx, i - 1, Math.max(-1, i - 9), -1, false, false);
}

/** Index of the target token, or -1. */
function findTarget(ctx: ChunkContext, from: number, to: number, step: 1 | -1, buildings: boolean, inGap: boolean): number {
  const { tokens } = ctx;
  const lex = ctx.lex('violence');
  for (let k = from; step > 0 ? k < to : k > to; k += step) {
    const tok = tokens[k]!;
    if (lex.matchAt(tokens, k, 'stop')) return -1;
    if (step < 0 && /^(i|i'm|i'd|i'll|me|we|us)$/.test(tok.t)) return -1;
    // A possessive ("teachers' enthusiasm") names what is harmed, not who.
    if ((tok.poss || ctx.norm.text[tok.e] === "'") && !inGap) continue;
    if (lex.matchAt(tokens, k, 'target')) {
      // "her" before a noun is a possessive ("kill her vibe"); "his"/"their"/"your" likewise outside a phrase gap.
      const possessive = tok.t === 'her' || tok.t === 'his' || tok.t === 'their' || tok.t === 'your';
      const next = tokens[k + 1];
      if (possessive && !inGap && next && !lex.matchAt(tokens, k + 1, 'stop') && !lex.matchAt(tokens, k + 1, 'target') && !(tok.t === 'her' && next.emoji)) continue;
      return k;
    }
    if ((buildings && lex.matchAt(tokens, k, 'building')) || isName(ctx, k)) return k;
  }
  return -1;
}

/** A person's name: in the profile's staff or pupil list, or capitalised mid-sentence and not an everyday capitalised word. */
function isName(ctx: ChunkContext, k: number): boolean {
  const { tokens, pack } = ctx;
  if (pack.profile.staff.matchAt(tokens, k) || pack.profile.pupils.matchAt(tokens, k)) return true;
  const tok = tokens[k]!;
  const lex = ctx.lex('violence');
  // "kill this Zumba class": a name takes no determiner.
  return k > 0 && tok.cap && !tok.upper && !tok.tag && !lex.matchAt(tokens, k, 'not-name') && !lex.matchAt(tokens, k - 1, 'determiner');
}

/**
 * A weapon someone means to bring: an `arm` verb just before it ("might bring a
 * baseball bat") after a threat, or a trip to a person ("round theirs with a
 * hammer"). An everyday tool (hammer, knife) also needs that trip, or a person
 * or a meeting to take it to ("bring a hammer to my appraisal").
 */
function armed(ctx: ChunkContext, matches: readonly LexMatch[], w: LexMatch): number {
  const arm = matches.findLast((x) => (x.group === 'arm' || x.group === 'arm-target') && x.j <= w.i && x.j >= w.i - 3);
  if (!arm) return -1;
  if (arm.group === 'arm-target') return arm.i;
  const modal = threatBefore(ctx, matches, arm.i);
  if (!modal || !personal(ctx, modal)) return -1;
  if (w.group === 'weapon') return arm.i;
  const lex = ctx.lex('violence');
  for (let k = w.j; k < Math.min(ctx.tokens.length, w.j + 6); k++) {
    if (lex.matchAt(ctx.tokens, k, 'venue') || (lex.matchAt(ctx.tokens, k, 'target') && !ctx.tokens[k]!.poss)) return arm.i;
  }
  return -1;
}
