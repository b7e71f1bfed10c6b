import type { LexMatch, Lexicon } from './lexicon';
import type { Token } from './tokens';

/**
 * Mentions of a group sharing a characteristic protected by the Equality Act
 * 2010 (lexicon `protected`): "black parents", "Muslims", "gay teachers",
 * "maternity leave", "every wheelchair user". Read by the discriminatory
 * detector (what is said about the group) and the derogatory one (which stays
 * quiet when the target is such a group: the labelling conventions file that
 * hostility under discriminatory alone).
 *
 * | finds | skips |
 * |---|---|
 * | adjective + people noun: `black parents`, `old teachers`, `Polish families` | age + child noun: `older kids`, `young ones` (year groups, not age bias) |
 * | group nouns: `Muslims`, `immigrants`, `women`, `maternity leave` | language + teacher: `French teachers`, `English staff` (a subject) |
 * | quantified singular: `every wheelchair user`, `any gay teacher` | `my old mentor`, `our old head` (old = former) |
 */
export interface GroupMention {
  /** Tokens i..j-1. */
  readonly i: number;
  readonly j: number;
  /** Plural or quantified ("every ..."): a generalisation can be made about it. */
  readonly general: boolean;
  /** The poster counts themself in ("as a gay teacher", "we Muslims"): self-disclosure. */
  readonly self: boolean;
}

const endsAt = (lex: Lexicon, tokens: readonly Token[], end: number, group: string): boolean => {
  for (let s = end - 1; s >= Math.max(0, end - 3); s--) {
    if (lex.matchAt(tokens, s, group)?.j === end) return true;
  }
  return false;
};

const TEACHING = /^(teacher|teachers|staff|department|dept|tas?|trainees?)$/;

const found = new WeakMap<readonly Token[], readonly GroupMention[]>();

export function findGroups(tokens: readonly Token[], lex: Lexicon): readonly GroupMention[] {
  const hit = found.get(tokens);
  if (hit) return hit;
  const out: GroupMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = mentionAt(tokens, i, lex);
    if (!m) continue;
    const general = m.plural || endsAt(lex, tokens, i, 'quant');
    out.push({ i, j: m.j, general, self: endsAt(lex, tokens, i, 'self') });
    i = m.j - 1;
  }
  found.set(tokens, out);
  return out;
}

function mentionAt(tokens: readonly Token[], i: number, lex: Lexicon): { j: number; plural: boolean } | undefined {
  const noun = lex.matchAt(tokens, i, 'noun');
  const adj = lex.matchAt(tokens, i, 'adj') ?? lex.matchAt(tokens, i, 'lang-adj') ?? lex.matchAt(tokens, i, 'age-adj');
  if (adj) {
    let k = adj.j;
    // A second characteristic: "young black men", "old white blokes".
    const more = lex.matchAt(tokens, k, 'adj') ?? lex.matchAt(tokens, k, 'lang-adj');
    if (more) k = more.j;
    const people = lex.matchAt(tokens, k, 'people');
    const person = people ? undefined : lex.matchAt(tokens, k, 'person');
    const head = people ?? person;
    if (head && fits(adj, head, tokens, i, lex)) return { j: head.j, plural: !!people };
  }
  if (noun) return { j: noun.j, plural: true };
  const one = lex.matchAt(tokens, i, 'noun-one');
  return one ? { j: one.j, plural: false } : undefined;
}

function fits(adj: LexMatch, head: LexMatch, tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  if (adj.group === 'age-adj') {
    if (lex.matchAt(tokens, head.i, 'child')) return false;
    if (tokens[i]!.t === 'old' && i > 0 && lex.matchAt(tokens, i - 1, 'former')?.j === i) return false;
  }
  if (adj.group === 'lang-adj' && TEACHING.test(tokens[head.i]!.t)) return false;
  return true;
}

const EMPTY: readonly LexMatch[] = [];
// Per sentence (its token array) and lexicon: every detector of a sentence shares one pass over it.
const scans = new WeakMap<readonly Token[], Map<Lexicon, ReadonlyMap<string, readonly LexMatch[]>>>();

/** Every match of one lexicon group, longest at each start, in token order. */
export function scanGroup(lex: Lexicon, tokens: readonly Token[], group: string): readonly LexMatch[] {
  let byLex = scans.get(tokens);
  if (!byLex) scans.set(tokens, (byLex = new Map()));
  let groups = byLex.get(lex);
  if (!groups) byLex.set(lex, (groups = lex.scanByGroup(tokens)));
  return groups.get(group) ?? EMPTY;
}

const NEGATED_COPULA = /^(isn't|aren't|wasn't|weren't|ain't|isnt|arent|wasnt|werent)$/;
const COPULA = /^(is|are|was|were|be|being|been|'re)$/;

/**
 * Whether tokens from..to-1 deny what follows: "aren't lazy", "are not
 * criminals", "are never the problem", "not". A negated verb ("won't let their
 * kids swim, so backward") does not deny the trait after it.
 */
export function negatedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    const t = tokens[k]!.t;
    if (NEGATED_COPULA.test(t)) return true;
    if (/^(not|never|no)$/.test(t) && (k === from || COPULA.test(tokens[k - 1]!.t))) return true;
  }
  return false;
}

/**
 * The protected-group mentions of a chunk that a prejudice rule may read, or
 * none when the sentence speaks against prejudice or for a group ("racist",
 * "stereotype", "deserve", "Pride", "Eid Mubarak"). A disclaimer does not
 * count as such a word: "I'm not racist but ..." keeps the mentions.
 */
export function groupsToJudge(tokens: readonly Token[], prot: Lexicon, disc: Lexicon): GroupMention[] {
  const groups = findGroups(tokens, prot).filter((g) => !g.self);
  if (!groups.length) return groups;
  const disclaimer = (i: number) => tokens.slice(Math.max(0, i - 2), i).some((t) => /^(not|never|no)$|n't$/.test(t.t));
  const guarded = scanGroup(disc, tokens, 'guard').some((m) => !disclaimer(m.i));
  return guarded ? [] : groups;
}

/** Whether token p alone is a one-word phrase of `group` (a longer phrase starting there does not count). */
export function isWord(lex: Lexicon, tokens: readonly Token[], p: number, group: string): boolean {
  return p >= 0 && p < tokens.length && lex.matchAt(tokens.slice(p, p + 1), 0, group) !== undefined;
}
