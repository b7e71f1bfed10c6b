import type { Lexicon } from './lexicon';
import type { ChunkContext } from './types';
import { normalize } from './normalize';
import { tokenize, type Token } from './tokens';

/**
 * Why one of the school's names means something else too, so it flags only when
 * the draft is about school or work (issue 13, point 3). Decided from word lists
 * (rules/lexicons/name-context.json, README beside it), never per school:
 *
 * | reason | the name is | e.g. |
 * |---|---|---|
 * | `famous` | a well-known person's or character's full name, or a surname schools are named after | `Harry Kane`, `Churchill` |
 * | `worship` | a church dedication or place of worship (with the school's place at most) | `St Mary's`, `Holy Trinity`, `Christ Church Hampstead` |
 * | `institution` | a name holding another institution's word, whatever else it holds | `Roundhay Park`, `Oakfield Leisure Centre` |
 * | `everyday` | everyday English words (the pack's `everyday` group, written by `pack build`) | `Summit`, `Unity` |
 * | `school-name` | made of words many schools and places are called | `Parkside`, `Brookfield`, `Oakwood` |
 * | `place` | the school's own place alone | `Roundhay` |
 *
 * A name holding a school word (`Summit Academy`, `St Mary's C of E Primary
 * School`) is the school's own and needs nothing; so is a name with any word
 * the lists do not know (`Ashcombe Ridge`), except that a church dedication with
 * one (`St Aidan's Leeds`) gives way in a draft about church (`unlessChurch`).
 */
export type ContextReason = 'famous' | 'worship' | 'institution' | 'school-name' | 'everyday' | 'place';

export interface ContextJudgement {
  readonly reason: ContextReason;
  /** The word that gave the reason, as folded (`park` for `Roundhay Park`). */
  readonly word: string;
  /**
   * A church dedication with a word of its own (`St Aidan's Leeds`): likely the school's
   * name as parents say it, so it counts anywhere except in a draft about church
   * (a wedding, a funeral, the vicar), where it is likelier the church.
   */
  readonly unlessChurch?: true;
}

// Words that make a name a school's: the official name says what kind of school it is.
const SCHOOL_WORDS = new Set([
  'school', 'schools', 'primary', 'academy', 'college', 'infants', 'infant', 'juniors', 'junior', 'nursery', 'grammar',
  'prep', 'preparatory', 'secondary', 'sch', 'sixth', 'federation',
]);
// Words that join a name's parts without telling it apart (`Church of England`, `the`).
const FILLER = new Set(['the', 'and', 'of', 'c', 'e', 'ce', 'rc', 'cofe', 'england', 'catholic', 'methodist', 'voluntary', 'aided', 'community', 'upper', 'lower']);
// The plainest strong reason wins: a famous name is the person first; `Summit` is told as an everyday word.
const RANK: ContextReason[] = ['famous', 'worship', 'institution', 'everyday', 'school-name', 'place'];

/**
 * The judgement on tokens `i..j` of a name (or a draft): a reason when every
 * word is one the lists know, else undefined. `places`: the profile's places.
 */
export function judgeTokens(tokens: readonly Token[], i: number, j: number, lists: Lexicon, places?: Lexicon): ContextJudgement | undefined {
  if (j <= i) return undefined;
  for (let k = i; k < j; k++) if (SCHOOL_WORDS.has(tokens[k]!.t)) return undefined;
  const whole = lists.matchAt(tokens, i, 'famous');
  if (whole && whole.j === j) return { reason: 'famous', word: whole.phrase };
  // `Roundhay Park`, `Oakfield Leisure Centre`: whatever else it holds, the name is that park or centre's.
  for (let k = i; k < j; k++) {
    const m = lists.matchAt(tokens, k, 'institution');
    if (m && m.j <= j) return { reason: 'institution', word: m.phrase };
  }
  let best: ContextJudgement | undefined;
  let own = false;
  const note = (reason: ContextReason, word: string) => {
    if (!best || RANK.indexOf(reason) < RANK.indexOf(best.reason)) best = { reason, word };
  };
  for (let k = i; k < j; ) {
    const t = tokens[k]!.t;
    const within = (group: string) => {
      const m = lists.matchAt(tokens, k, group);
      return m && m.j <= j ? m : undefined;
    };
    const worship = within('worship');
    if (worship) {
      note('worship', worship.phrase);
      k = worship.j;
      // `St Mary's`, `Saint Wystan`: whoever the saint, the dedication names a church.
      if (/^(st|saint|sts)$/.test(worship.phrase) && k < j && /^[a-z]+$/.test(tokens[k]!.t)) k++;
      continue;
    }
    const place = places?.matchAt(tokens, k);
    if (place && place.j <= j) {
      note('place', place.phrase);
      k = place.j;
      continue;
    }
    if (within('famous-surname')) note('famous', t);
    else if (within('everyday')) note('everyday', t);
    else if (within('school-name')) note('school-name', t);
    else if (!FILLER.has(t)) own = true;
    k++;
  }
  if (!own) return best;
  return best?.reason === 'worship' ? { ...best, unlessChurch: true } : undefined;
}

/** The judgement on a name as written in the profile (`Summit`, `St Mary's`). */
export function judgeName(name: string, lists: Lexicon, places?: Lexicon): ContextJudgement | undefined {
  const tokens = tokenize(normalize(name));
  return judgeTokens(tokens, 0, tokens.length, lists, places);
}

/** Whether tokens `i..j` are exactly a well-known person's full name (`Harry Kane`). */
export function famousName(tokens: readonly Token[], i: number, j: number, lists: Lexicon): boolean {
  return lists.matchAt(tokens, i, 'famous')?.j === j;
}

// Judgements by lexicon (each compiled pack has its own, with its everyday words) and name:
// a profile's names are judged once, not at each match in each draft.
const judged = new WeakMap<Lexicon, Map<string, '' | 'context' | 'church'>>();

/**
 * Whether the profile's name or alias `phrase` (folded) also means something else; for a
 * `place`, whether the place alone is also a word (`Hope`): a place is never judged a place.
 */
export function nameNeedsContext(ctx: ChunkContext, phrase: string, kind: 'name' | 'place' = 'name'): boolean {
  return nameJudgement(ctx, phrase, kind) === 'context';
}

/** `context`: the name needs school or work context; `church`: it counts unless the draft is about church. */
export function nameJudgement(ctx: ChunkContext, phrase: string, kind: 'name' | 'place' = 'name'): 'context' | 'church' | undefined {
  const lists = ctx.lex('name-context');
  let byName = judged.get(lists);
  if (!byName) judged.set(lists, (byName = new Map()));
  const key = `${kind}:${phrase}`;
  let found = byName.get(key);
  if (found === undefined) {
    const j = judgeName(phrase, lists, kind === 'name' ? ctx.pack.profile.places : undefined);
    found = !j ? '' : j.unlessChurch ? 'church' : 'context';
    if (byName.size < 1000) byName.set(key, found);
  }
  return found || undefined;
}
