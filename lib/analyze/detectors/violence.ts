import type { LexMatch } from '../lexicon';
import type { Candidate, ChunkContext, Detector } from '../types';
import { cueMatches, hasGroup } from '../cues';
import { type Span, targetAfter, targetBefore } from '../targets';

/**
 * Threats or wishes of physical harm to people, calls for violence, bombing
 * and arson (lexicon `violence`; eval README "violence"). A violent verb is
 * not enough: it needs a threat or wish before it (`modal`: I'll, I'd happily,
 * I'm going to, might, someone should, wish someone would, I swear) with no
 * negation between, and a person as its object (`target`: him, her, them,
 * you, a parent, the head, Ofsted, a name from the profile or a capitalised
 * name); arson and bombing also take a building. Idioms are cancelled first
 * (group `allow`), and a sentence about games, sport or cooking (`veto`)
 * makes no threat ("cricket" inside "cricket bat" names the bat, not the
 * game). A weapon counts when someone means to bring it, or a person is to
 * "meet" it. A shovel and bin bags (`disposal`) count after a threat with a
 * person in sight; "burn it down" counts when the draft names a public
 * building or place of worship (not a home or car: group `not-public`).
 *
 * | flags | allows |
 * |---|---|
 * | a threat of harm with a person as its object (I'll, I'd happily, I could + knock out, slap, strangle) | killing as a figure of speech (work killing me, killer heels, killing it) |
 * | a call on someone to harm a person or a body (torch, run over) | harm verbs with food or an "it" as object (murder a curry, knock it out of the park) |
 * | a passive wish on a person (deserves a slap, should all be shot) | the poster wishing it on themself; a pet put down |
 * | bringing a weapon to someone; taking a tool round to theirs | a tool for its use (a knife for the cake); beating someone at a game |
 * | lining people up against a wall; a bomb under an office | bomb and die as figures of speech (bombed an interview, cost a bomb, a hill to die on) |
 * | a person to "meet" a weapon; a visit with a weapon | meeting a pet; sports kit |
 * | putting someone through a window; "should have been a brick"; sinking the boats | "should have been" something harmless; sports slang for a heavy defeat |
 * | a spade and bin bags after a threat with a person in sight | a shovel and bin bags with an innocent reason |
 * | a weapon kept for a person ("with his name on it", "waiting for her") | a gift or a tool kept for a person |
 * | praise for someone who attacked a person | praise for a keeper who punched the ball |
 * | "burn it down" when the draft names a public building or place of worship | "burn it down" about anything else (toast) |
 *
 * Examples: rules/packs/rules/violence.json, rule `violence/threat` (run by tests/rules/examples.test.ts).
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
    // "cricket" in "cricket bat" names the bat, not the game: a veto inside a weapon does not count.
    const veto = matches.some((v) => v.group === 'veto' && !matches.some((w) => (w.group === 'tool' || w.group === 'weapon') && w.i <= v.i && w.j >= v.j && w.j > v.j));
    for (const m of matches) {
      if (m.group === 'building' && !ctx.lex('violence').matchAt(ctx.tokens, m.i, 'not-public')) ctx.addFeature('violence-building');
      if (m.group === 'strong') push(m.i, m.j);
      else if (veto) continue;
      else if (m.group === 'call') {
        const t = targetAfter(ctx, m, { buildings: true, names: true });
        if (t) push(m.i, Math.max(m.j, t[1]));
      } else if (m.group === 'harm' || m.group === 'arson') {
        const modal = threatBefore(ctx, matches, m.i);
        // A bare imperative takes no capitalised name as its object: "Kill Bill" is a film.
        const opts = { buildings: m.group === 'arson', names: !!modal };
        const t = (modal && personal(ctx, modal)) || imperative(ctx, m.i) ? targetAfter(ctx, m, opts) : undefined;
        const it = !t && modal && personal(ctx, modal) ? itBuilding(ctx, m) : undefined;
        if (t) push(m.i, Math.max(m.j, t[1]));
        else if (it) {
          const [start, end] = ctx.span(it[0], it[1]);
          out.push({ category: rule.category, rule: rule.id, start, end, requires: { 'violence-building': 1 } });
        }
      } else if (m.group === 'passive') {
        // The subject comes before the wish: "the yobs who did it deserve to be strung up".
        const modal = threatBefore(ctx, matches, m.i);
        const t = modal ? (targetBefore(ctx, m.i) ?? targetBefore(ctx, modal.i)) : undefined;
        if (t) push(t[0], m.j);
      } else if (m.group === 'disposal') {
        // "if the inspectors come back I'm keeping a shovel and some bin bags in the boot": a threat with a person in sight.
        const modal = threatBefore(ctx, matches, m.i);
        const t = modal && personal(ctx, modal) ? (targetBefore(ctx, modal.i) ?? targetAfter(ctx, m, { buildings: false, names: true })) : undefined;
        if (t) push(Math.min(t[0], m.i), Math.max(m.j, t[1]));
      } else if (m.group === 'weapon' || m.group === 'tool') {
        const from = armed(ctx, matches, m);
        // "there's a cricket bat with his name on it", "got a brick waiting for her": a weapon kept for a person.
        const kept = matches.find((x) => x.group === 'marked' && x.i >= m.j && x.i <= m.j + 2);
        if (from >= 0) push(from, m.j);
        else if (kept) push(m.i, kept.j);
      }
      if (m.group === 'past-harm' || (m.group === 'harm' && ctx.tokens[m.i]!.t.endsWith('ed'))) {
        // Glorifying an attack: "respect to the bloke who punched that politician", "fair play to whoever slapped him"
        // (a harm verb's past form may be read as the verb itself).
        const praise = matches.some((x) => x.group === 'praise' && x.j <= m.i && x.j >= m.i - 4);
        const t = praise ? targetAfter(ctx, m, { buildings: false, names: true }) : undefined;
        if (t) push(m.i, Math.max(m.j, t[1]));
      }
    }
    return out;
  },
};

/**
 * "the new mosque? someone'll burn it down": arson of "it" (the gap of
 * "burn ... down" holds only "it") stands when the draft names a public
 * building or place of worship (feature `violence-building`, set by any
 * sentence; a home, flat, car or window is no such place).
 */
function itBuilding(ctx: ChunkContext, m: LexMatch): Span | undefined {
  if (m.group !== 'arson' || m.j - m.i !== 3 || ctx.tokens[m.i + 1]!.t !== 'it') return undefined;
  return [m.i, m.j];
}

// Words between a threat and its verb: "gonna wait for that bloke in the white Audi after school and smash ...".
const lookback = 12;

/** A threat or wish (`modal`) shortly before token `i`, not negated, not said of a thing ("it could kill you") or a team ("we'll batter them"), not reported. */
function threatBefore(ctx: ChunkContext, matches: readonly LexMatch[], i: number): LexMatch | undefined {
  const lex = ctx.lex('violence');
  const modal = matches.findLast((x) => (x.group === 'modal' || x.group === 'own-modal') && x.j <= i && x.j >= i - lookback);
  if (!modal) return undefined;
  for (let k = modal.j; k < i; k++) if (lex.matchAt(ctx.tokens, k, 'negation')) return undefined;
  if (modal.i > 0 && lex.matchAt(ctx.tokens, modal.i - 1, 'self-subject')) return undefined;
  // Reported or quoted ("a dad said he'd kill the head", 'a pupil shouted "I'll kill you"'): labelled for what it reveals, not as violence.
  const quotes = ctx.norm.text.slice(0, ctx.tokens[modal.i]!.s).split('"').length - 1;
  if (quotes % 2 === 1) return undefined;
  for (let k = Math.max(0, modal.i - 4); k < modal.i; k++) if (lex.matchAt(ctx.tokens, k, 'reported')) return undefined;
  return modal;
}

/** Index of the first token before `i` once up to `max` adverbs ("honestly", "just") are skipped; -1 at the sentence start. */
function skipAdverbs(ctx: ChunkContext, i: number, max: number): number {
  let k = i - 1;
  while (k >= 0 && k >= i - max && ctx.lex('violence').matchAt(ctx.tokens, k, 'adverb')) k--;
  return k;
}

/**
 * Whether the threat is the poster's own or a call on someone (group
 * `own-modal`: "I'll", "someone should", "wish someone would"; or a bare modal
 * after a `speaker` or opening the sentence: "you should", "Might bring"), not
 * a thing's ("the new framework might kill ...", "those heels could kill you").
 */
function personal(ctx: ChunkContext, modal: LexMatch): boolean {
  if (modal.group === 'own-modal') return true;
  const k = skipAdverbs(ctx, modal.i, 3);
  return k < 0 || !!ctx.lex('violence').matchAt(ctx.tokens, k, 'speaker');
}

/** The verb opens the sentence, after at most two adverbs: a call to do it ("Burn the DfE down", "honestly, torch the place"). */
const imperative = (ctx: ChunkContext, i: number) => skipAdverbs(ctx, i, 2) < 0;

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
  const threat = !!modal && personal(ctx, modal);
  // "Pass me a rifle, there's an inspector in the car park": an imperative needs a person in sight, as a tool does.
  if (!threat && !imperative(ctx, arm.i)) return -1;
  if (w.group === 'weapon' && threat) return arm.i;
  const lex = ctx.lex('violence');
  for (let k = w.j; k < Math.min(ctx.tokens.length, w.j + 8); k++) {
    if (lex.matchAt(ctx.tokens, k, 'venue') || (lex.matchAt(ctx.tokens, k, 'target') && !ctx.tokens[k]!.poss)) return arm.i;
  }
  return -1;
}
