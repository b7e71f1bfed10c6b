import { findGroups, isWord, scanGroup } from './groups';
import type { LexMatch } from './lexicon';
import type { Token } from './tokens';
import type { ChunkContext } from './types';

/**
 * Who a remark is aimed at: one model of a target, read by the derogatory
 * detectors (who an insult or a rumour is about: markTargets, subjectHeads,
 * targetStart) and the violence detector (who a violent verb is aimed at:
 * targetAfter, targetBefore). A target is a person, a group of people or the
 * school; a thing ("the printer is useless"), the poster ("I'm such an
 * idiot") or the poster's family is not. Whether a word is a person's name is
 * decided in one place (isName), each detector stating which capitalised words
 * it lets through (INSULT_NAMES, THREAT_NAMES).
 *
 * | finds | skips |
 * |---|---|
 * | names: staff and pupils from the profile; a capitalised word that is not an everyday one (group `not-name`): `Gove`, `Oliver Brennan`, for threats `Mr Jones` | hashtags and handles; for insults a title word (`Mr`: the word after it is the person); for threats the sentence's first word, words in capitals and a word after a determiner (`kill this Zumba class`) |
 * | people of school life (group `target`): the head, parents, inspectors, this school, he/she/you, `Mr X`, `Year 9s`, whoever is placed in a class (`Sam T in 9R`) | things and decisions (`the printer is useless`); institutions (the DfE, the council) only as `weak` targets |
 * | the subject of an insult, over asides, quantifiers and prepositions (`the parents at this place are`, `some of the parents`) | the poster (`I`, `me`, `we`: self-mockery), family and pets (`my husband`, `the dog`), a protected group (discriminatory rules instead) |
 * | the object of a violent verb: `knock him out`, `rip your hair out` (inside the phrase's gap), `strangle Oliver Brennan`, `slap her`, `kill his dad` | `knock it out of the park` (`it` stops the search), `kill her vibe` (a possessive), `kill teachers' enthusiasm` |
 * | the subject of a passive wish: `he deserves a slap`, `the lot of them should be shot` | `I should be shot` |
 *
 * The kinds markTargets gives tokens, for the derogatory rules:
 *
 * | kind | from |
 * |---|---|
 * | `person` | people of school life (lexicon `derogatory`, group `target`), he/she/you, `Mr X`, `Year 9s`, a name or a mate placed in a class, profile staff, pupils and school names |
 * | `pair` | two capitalised names (`Gillian Keegan`, but also `Aston Villa`): strong insults and rumours only |
 * | `name` | one capitalised name that does not open the sentence, or opens it before an auxiliary (`Gove`, `Arsenal`): strong insults and rumours only |
 * | `weak` | they/them/these: people or things; institutions (the DfE, the council, Ofsted): criticising them is mostly politics |
 * | `self` | I, me, we: self-mockery is allowed |
 * | `kin` | my mum, my husband, the dog: family and pets are not the policy's business |
 * | `protected` | a protected-group mention: hostility there is discriminatory, not derogatory |
 */

/** Which words a detector takes as a person's name (isName). */
export interface NameRules {
  /** The lexicon whose group `not-name` lists everyday capitalised words (its `title` and `determiner` groups are read too). */
  readonly lexicon: 'derogatory' | 'violence';
  /** A staff or pupil name from the profile starting at the token is a name, in any case and anywhere in the sentence. */
  readonly roster: boolean;
  /** The sentence's first word can be a name (its capital says nothing). */
  readonly opener: boolean;
  /** A word in capitals (`NHS`, `SO`) can be a name. */
  readonly shouted: boolean;
  /** A title word (`Mr`, `Dr`: group `title`) can be a name. */
  readonly title: boolean;
  /** A word after a determiner (`this Zumba class`: group `determiner`) can be a name. */
  readonly afterDeterminer: boolean;
}

/** Insults and rumours: any capitalised word that is neither everyday nor a title; markTargets reads the profile's names itself, as whole matches. */
export const INSULT_NAMES: NameRules = { lexicon: 'derogatory', roster: false, opener: true, shouted: true, title: false, afterDeterminer: true };
/** Before "in 9R": a capitalised word that is not everyday, a title included ("Sir in 10K"). */
const CLASS_NAMES: NameRules = { ...INSULT_NAMES, title: true };
/** Threats: a staff or pupil name, or a capitalised word mid-sentence, not in capitals, that takes no determiner ("kill this Zumba class"). */
export const THREAT_NAMES: NameRules = { lexicon: 'violence', roster: true, opener: false, shouted: false, title: true, afterDeterminer: false };

/** Whether token k is (the start of) a person's name, by a detector's rules. */
export function isName(ctx: ChunkContext, k: number, rules: NameRules): boolean {
  const { tokens, pack } = ctx;
  if (rules.roster && (pack.profile.staff.matchAt(tokens, k) || pack.profile.pupils.matchAt(tokens, k))) return true;
  const tok = tokens[k];
  if (!tok?.cap || tok.tag) return false;
  if ((k === 0 && !rules.opener) || (tok.upper && !rules.shouted)) return false;
  const lex = ctx.lex(rules.lexicon);
  if (lex.matchAt(tokens, k, 'not-name')) return false;
  if (!rules.title && isWord(lex, tokens, k, 'title')) return false;
  return rules.afterDeterminer || k === 0 || !lex.matchAt(tokens, k - 1, 'determiner');
}

// Words between a subject and its verb that are not the subject: "the parents here are", "the kids today are".
const ADVERB = /^(here|there|now|today|nowadays|these|again|all|both|honestly|seriously|literally|really|just|also|too|though|lately|round|around)$/;
const PET = /^(dog|cat|puppy|kitten|baby|toddler)$/;
// "Sam T in 9R", "his mates in my form": whoever is placed in a class is a pupil.
const CLASS_CODE = /^(?:1[0-3]|[1-9])[a-z]{1,3}\d?$/;
const CLASS_NOUN = /^(class|form|group|set|tutor|year)$/;
const MATES = /^(mates|friends|pals|mate|friend|gang|crew|lot|lads|boys|girls)$/;

export type TargetKind = 'person' | 'pair' | 'name' | 'weak' | 'self' | 'kin' | 'protected';

/** Each token's kind of target for the derogatory rules (table above); later marks win. */
export function markTargets(ctx: ChunkContext): (TargetKind | undefined)[] {
  const { tokens } = ctx;
  const lex = ctx.lex('derogatory');
  const kinds: (TargetKind | undefined)[] = new Array(tokens.length);
  const markEnd = (i: number, j: number, k: TargetKind) => (kinds[j - 1] = k);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (lex.matchAt(tokens, i, 'title') && i + 1 < tokens.length) kinds[i + 1] = 'person';
    if (t.t === 'year' && /^\d+s?$/.test(tokens[i + 1]?.t ?? '')) kinds[i + 1] = 'person';
    if (kinds[i] === undefined && isName(ctx, i, INSULT_NAMES)) {
      if (isName(ctx, i + 1, INSULT_NAMES)) kinds[i] = kinds[i + 1] = 'pair';
      // A lone capital opening the sentence is a name only before an auxiliary ("Gove has lost the plot").
      else if (i > 0 || (i + 1 < tokens.length && lex.matchAt(tokens, i + 1, 'aux'))) kinds[i] = 'name';
    }
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.t !== 'in' || !inClass(tokens, i + 1)) continue;
    if (isName(ctx, i - 1, CLASS_NAMES) || MATES.test(tokens[i - 1]!.t) || kinds[i - 1] === 'pair') kinds[i - 1] = 'person';
  }
  for (const m of scanGroup(lex, tokens, 'target')) for (let k = m.i; k < m.j; k++) kinds[k] = 'person';
  for (const m of scanGroup(lex, tokens, 'pronoun-copula')) markEnd(m.i, m.j, 'person');
  for (const m of scanGroup(lex, tokens, 'weak-target')) markEnd(m.i, m.j, 'weak');
  const { profile } = ctx.pack;
  // The profile's people and school, as whole matches; a first name alone only when capitalised ("Pip", not "pip").
  for (const l of [profile.staff, profile.pupils, profile.school]) {
    for (const m of l.scan(tokens)) if (m.group !== 'first' || tokens[m.i]!.cap) markEnd(m.i, m.j, 'person');
  }
  for (const m of scanGroup(lex, tokens, 'self')) kinds[m.i] = 'self';
  for (const m of scanGroup(lex, tokens, 'kin')) {
    const o = m.i > 0 && tokens[m.i - 1]!.t === 'own' ? 1 : 0;
    const before = m.i > o ? tokens[m.i - 1 - o]!.t : '';
    if (/^(my|our)$/.test(before) || (before === 'the' && PET.test(tokens[m.i]!.t))) markEnd(m.i, m.j, 'kin');
  }
  for (const g of findGroups(tokens, ctx.lex('protected'))) for (let k = g.i; k < g.j; k++) kinds[k] = 'protected';
  return kinds;
}

/** A class after "in": "9R", "10K", "my form", "our Year 8 group". */
function inClass(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!.t;
  if (CLASS_CODE.test(t)) return true;
  if (t === 'year') return /^\d/.test(tokens[k + 1]?.t ?? '');
  if (!/^(my|our|your|her|his)$/.test(t)) return false;
  for (let q = k + 1; q < Math.min(tokens.length, k + 4); q++) if (CLASS_NOUN.test(tokens[q]!.t)) return true;
  return false;
}

/** Whether punctuation that ends a clause sits between tokens a and a+1. */
export function boundaryAfter(ctx: ChunkContext, a: number): boolean {
  const x = ctx.tokens[a], y = ctx.tokens[a + 1];
  if (!x || !y) return true;
  return /[,;:!?()\u2026]|\s-\s/.test(ctx.norm.text.slice(x.e, y.s));
}

/**
 * Heads of the subject that ends just before token k: the last word, or the
 * word before a preposition or relative word ("the parents at this place",
 * "the teacher who ..."), and each conjunct ("X and her caseload").
 */
const QUANT = /^(some|most|all|many|half|one|none|few|several|loads|lots|both|each|two|three)$/;

export function subjectHeads(ctx: ChunkContext, k: number): number[] {
  const lex = ctx.lex('derogatory');
  const heads: number[] = [];
  let head = -1;
  // What came after a preposition or relative word, in case nothing stands before it ("That new teacher").
  let fallback = -1;
  const gapAfter = (p: number) => (ctx.tokens[p + 1] ? ctx.norm.text.slice(ctx.tokens[p]!.e, ctx.tokens[p + 1]!.s) : '');
  let aside = false;
  for (let p = k - 1; p >= 0 && p >= k - 7; p--) {
    // A parenthesis inside the subject is an aside: "the head of year 9 (Craig) is ...".
    if (/^\)\s*$/.test(gapAfter(p))) {
      let q = p;
      while (q > 0 && !gapAfter(q - 1).includes('(')) q--;
      if (q > 0 && q >= p - 3) {
        p = q;
        aside = true;
        continue;
      }
    }
    if (!aside && boundaryAfter(ctx, p)) break;
    aside = false;
    const t = ctx.tokens[p]!.t;
    // "some of the parents", "most of them": a quantifier before "of" is not the head.
    const quantifier = QUANT.test(t) && ctx.tokens[p + 1]?.t === 'of';
    if (quantifier || isWord(lex, ctx.tokens, p, 'prep')) {
      if (head >= 0) fallback = head;
      head = -1;
    } else if (t === 'and' || t === '&') {
      if (head >= 0) heads.push(head);
      head = -1;
    } else if (head < 0 && !ctx.tokens[p]!.poss && !ADVERB.test(t)) head = p;
  }
  if (head >= 0) heads.push(head);
  else if (fallback >= 0) heads.push(fallback);
  return heads;
}

/** The first token of the target ending at h: "Year 9s", "Mrs Jones", "Helen Marsh", "head of year". */
export function targetStart(ctx: ChunkContext, kinds: readonly (TargetKind | undefined)[], h: number): number {
  const lex = ctx.lex('derogatory');
  let s = h;
  while (s > 0 && s > h - 3 && (kinds[s - 1] === 'person' || ctx.tokens[s - 1]!.t === 'year' || isWord(lex, ctx.tokens, s - 1, 'title'))) s--;
  return s;
}

/** Tokens [start, end) of a target. */
export type Span = readonly [number, number];

/** What a violent verb can be aimed at besides a person of lexicon `violence` group `target`. */
interface ThreatOptions {
  /** A building (group `building`), for arson and calls to bomb. */
  readonly buildings: boolean;
  /** A name (isName with THREAT_NAMES). */
  readonly names: boolean;
}

/**
 * The object of a violent verb is a person (or, for arson, a building): inside
 * the gap of a phrase (`knock ... out`, `rip ... hair out`), else within four
 * words after a one-word verb, skipping determiners and adjectives but stopping
 * at `it`, `me`, prepositions, conjunctions and the end of the clause.
 */
export function targetAfter(ctx: ChunkContext, m: LexMatch, opts: ThreatOptions): Span | undefined {
  const gap = /\.\.\.|(^| )_( |$)/.test(m.phrase);
  const from = gap ? m.i + 1 : m.j;
  const to = gap ? m.j - 1 : Math.min(ctx.tokens.length, m.j + 4);
  return threatTarget(ctx, from, to, 1, { ...opts, inGap: gap });
}

/** The subject of a passive wish ("he deserves a slap", "the lot of them should be shot"), up to eight words back. */
export function targetBefore(ctx: ChunkContext, i: number): Span | undefined {
  return threatTarget(ctx, i - 1, Math.max(-1, i - 9), -1, { buildings: false, names: true, inGap: false });
}

function threatTarget(
  ctx: ChunkContext, from: number, to: number, step: 1 | -1, { buildings, names, inGap }: ThreatOptions & { inGap: boolean },
): Span | undefined {
  const { tokens } = ctx;
  const lex = ctx.lex('violence');
  for (let k = from; step > 0 ? k < to : k > to; k += step) {
    const tok = tokens[k]!;
    // A clause ends at a comma, colon or dash: "poison, Venice, two rival teachers" lists, "Best shot: our under-11s" captions.
    if (!inGap && k > 0 && boundaryAfter(ctx, step > 0 ? k - 1 : k)) return undefined;
    if (lex.matchAt(tokens, k, 'stop')) return undefined;
    if (step < 0 && lex.matchAt(tokens, k, 'self')) return undefined;
    // A possessive ("teachers' enthusiasm") names what is harmed, not who.
    if ((tok.poss || ctx.norm.text[tok.e] === "'") && !inGap) continue;
    const target = lex.matchAt(tokens, k, 'target');
    if (target) {
      // "her" before a noun is a possessive ("kill her vibe"); "his"/"their"/"your" likewise outside a phrase gap.
      const possessive = lex.matchAt(tokens, k, 'possessive');
      const next = tokens[k + 1];
      if (possessive && !inGap && next && !lex.matchAt(tokens, k + 1, 'stop') && !lex.matchAt(tokens, k + 1, 'target') && !(tok.t === 'her' && next.emoji)) continue;
      return [k, target.j];
    }
    const building = buildings ? lex.matchAt(tokens, k, 'building') : undefined;
    if (building) return [k, building.j];
    if (names && isName(ctx, k, THREAT_NAMES)) return [k, nameEnd(ctx, k)];
  }
  return undefined;
}

/** A name runs on over capitalised words ("Oliver Brennan"), three at most. */
function nameEnd(ctx: ChunkContext, k: number): number {
  let j = k + 1;
  while (j < ctx.tokens.length && ctx.tokens[j]!.cap && !ctx.tokens[j]!.tag && j < k + 3) j++;
  return j;
}
