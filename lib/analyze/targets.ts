import { findGroups, isWord, scanGroup } from './groups';
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';
import type { ChunkContext } from './types';

/**
 * Who a sentence can be about, token by token, for the derogatory rules (which
 * need a person, a group or the school as the target of an insult: "the printer
 * is useless" is not derogatory, "the head is useless" is).
 *
 * | kind | from |
 * |---|---|
 * | `person` | people of school life (lexicon `derogatory`, group `target`: the head, parents, inspectors, this school), he/she/you, `Mr X`, `Year 9s`, profile staff, pupils and school names |
 * | `pair` | two capitalised words (`Gillian Keegan`, but also `Aston Villa`): strong insults and rumours only |
 * | `name` | one capitalised word that is not a sentence opener or a common word (`Gove`, `Arsenal`): strong insults and rumours only |
 * | `weak` | they/them/these: people or things; institutions (the DfE, the council, Ofsted): criticising them is mostly politics |
 * | `self` | I, me, we: self-mockery is allowed |
 * | `kin` | my mum, my husband, the dog: family and pets are not the policy's business |
 * | `protected` | a protected-group mention: hostility there is discriminatory, not derogatory |
 */
// Words between a subject and its verb that are not the subject: "the parents here are", "the kids today are".
const ADVERB = /^(here|there|now|today|nowadays|these|again|all|both|honestly|seriously|literally|really|just|also|too|though|lately|round|around)$/;
const PET = /^(dog|cat|puppy|kitten|baby|toddler)$/;
// "Sam T in 9R", "his mates in my form": whoever is placed in a class is a pupil.
const CLASS_CODE = /^(?:1[0-3]|[1-9])[a-z]{1,3}\d?$/;
const CLASS_NOUN = /^(class|form|group|set|tutor|year)$/;
const MATES = /^(mates|friends|pals|mate|friend|gang|crew|lot|lads|boys|girls)$/;

export type TargetKind = 'person' | 'pair' | 'name' | 'weak' | 'self' | 'kin' | 'protected';

export function markTargets(ctx: ChunkContext): (TargetKind | undefined)[] {
  const { tokens } = ctx;
  const lex = ctx.lex('derogatory');
  const kinds: (TargetKind | undefined)[] = new Array(tokens.length);
  const markEnd = (i: number, j: number, k: TargetKind) => (kinds[j - 1] = k);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (lex.matchAt(tokens, i, 'title') && i + 1 < tokens.length) kinds[i + 1] = 'person';
    if (t.t === 'year' && /^\d+s?$/.test(tokens[i + 1]?.t ?? '')) kinds[i + 1] = 'person';
    if (kinds[i] === undefined && t.cap && !t.tag && !lex.matchAt(tokens, i, 'not-name') && !isWord(lex, tokens, i, 'title')) {
      const next = tokens[i + 1];
      const pair = next?.cap && !next.tag && !lex.matchAt(tokens, i + 1, 'not-name') && !isWord(lex, tokens, i + 1, 'title');
      if (pair) kinds[i] = kinds[i + 1] = 'pair';
      else if (i > 0 || (next && lex.matchAt(tokens, i + 1, 'aux'))) kinds[i] = 'name';
    }
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.t !== 'in' || !inClass(tokens, i + 1)) continue;
    const b = tokens[i - 1]!;
    if ((b.cap && !b.tag && !lex.matchAt(tokens, i - 1, 'not-name')) || MATES.test(b.t) || kinds[i - 1] === 'pair') kinds[i - 1] = 'person';
  }
  for (const m of scanGroup(lex, tokens, 'target')) for (let k = m.i; k < m.j; k++) kinds[k] = 'person';
  for (const m of scanGroup(lex, tokens, 'pronoun-copula')) markEnd(m.i, m.j, 'person');
  for (const m of scanGroup(lex, tokens, 'weak-target')) markEnd(m.i, m.j, 'weak');
  const { profile } = ctx.pack;
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
