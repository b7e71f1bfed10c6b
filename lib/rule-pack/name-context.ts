import { compileLexicon, type Lexicon } from '../analyze/lexicon';
import { judgeName, type ContextReason } from '../analyze/name-context';
import { normalize } from '../analyze/normalize';
import { tokenize } from '../analyze/tokens';
import everydayWords from '../../rules/lexicons/everyday-words.json';
import nameContext from '../../rules/lexicons/name-context.json';
import type { PackProfile, Profile } from '../../rules/schema';

/**
 * Which of a school's names need school or work context, and why (issue 13,
 * point 3), for the places that hold the whole everyday-word list: `pack build`,
 * `check --profile` and the authoring page. The content script never loads that
 * list (about 55 kB gzipped, a third of its budget): a pack carries the few
 * everyday words its own names hold, in the `name-context` lexicon's `everyday`
 * group, and the detectors judge with that (lib/analyze/name-context.ts).
 */
const EVERYDAY: ReadonlySet<string> = new Set(everydayWords.words);

type AnyProfile = Profile | PackProfile;
type Lexicons = Record<string, Record<string, string[]>>;

const wordsOf = (s: string) => tokenize(normalize(s)).map((t) => t.t);
const schoolNames = (p: AnyProfile) => [p.school.name, ...(p.school.aliases ?? []), ...(p.school.places ?? [])];

/** The everyday words in the school's name, aliases and places, sorted: what a pack must carry. */
export function everydayWordsOf(profile: AnyProfile | undefined): string[] {
  if (!profile) return [];
  return [...new Set(schoolNames(profile).flatMap(wordsOf).filter((w) => EVERYDAY.has(w)))].sort();
}

/** `lexicons` with the profile's everyday words added to `name-context.everyday` (a pack's own additions kept). */
export function withEverydayWords(lexicons: Lexicons | undefined, profile: AnyProfile | undefined): Lexicons | undefined {
  const words = everydayWordsOf(profile);
  if (!words.length) return lexicons;
  const own = lexicons?.['name-context'] ?? {};
  const everyday = [...new Set([...(own.everyday ?? []), ...words])].sort();
  return { ...lexicons, 'name-context': { ...own, everyday } };
}

export interface NameNotice {
  /** The name as leadership wrote it; absent for pupils, who are only counted. */
  readonly name?: string;
  readonly field: 'name' | 'alias' | 'place' | 'staff' | 'pupils';
  readonly reason: ContextReason;
  /** The word that decided it (`park`), or the number of pupils. */
  readonly word: string;
  readonly count?: number;
  /** A church dedication with a word of its own (`St Aidan's Leeds`): flagged anywhere but in a draft about church. */
  readonly unlessChurch?: true;
}

/**
 * The pack's names that flag only in a draft about school or work, each with
 * its reason. Pupils are counted, never named: the notice may be read on a
 * shared screen or kept in a build log.
 */
export function namesNeedingContext(profile: AnyProfile | undefined, lexicons?: Lexicons): NameNotice[] {
  if (!profile) return [];
  const lists = listsFor(profile, lexicons);
  const places = compileLexicon({ place: (profile.school.places ?? []).map((p) => wordsOf(p).join(' ')) });
  const out: NameNotice[] = [];
  const judge = (name: string, field: NameNotice['field'], withPlaces: boolean) => {
    const j = judgeName(name, lists, withPlaces ? places : undefined);
    if (j) out.push({ name, field, reason: j.reason, word: j.word, ...(j.unlessChurch ? { unlessChurch: true as const } : {}) });
  };
  // The official name holding its school word counts anywhere; judgeName says so too.
  judge(profile.school.name, 'name', true);
  for (const a of profile.school.aliases ?? []) judge(a, 'alias', true);
  // A place alone is judged as a word (`Hope`): it is always the school's place in its own list.
  for (const p of profile.school.places ?? []) judge(p, 'place', false);
  for (const s of profile.staff ?? []) if (famous(s.name, lists)) out.push({ name: s.name, field: 'staff', reason: 'famous', word: s.name });
  const pupils = (profile.pupils ?? []).filter((n) => famous(n, lists)).length;
  if (pupils) out.push({ field: 'pupils', reason: 'famous', word: String(pupils), count: pupils });
  return out;
}

function famous(name: string, lists: Lexicon): boolean {
  const tokens = tokenize(normalize(name));
  return tokens.length > 1 && lists.matchAt(tokens, 0, 'famous')?.j === tokens.length;
}

function listsFor(profile: AnyProfile, lexicons?: Lexicons): Lexicon {
  const extra = withEverydayWords(lexicons, profile)?.['name-context'] ?? {};
  const merged: Record<string, string[]> = { ...nameContext };
  for (const [group, list] of Object.entries(extra)) merged[group] = [...(merged[group] ?? []), ...list];
  return compileLexicon(merged);
}

const WHY: Record<ContextReason, (word: string, name: string) => string> = {
  famous: () => "is also a famous person's name",
  worship: () => 'is also the name of churches or other places of worship',
  institution: (w) => `also names a ${w}`,
  'school-name': () => 'is a common school name, shared by other schools and places',
  everyday: (_w, name) => (wordsOf(name).length > 1 ? 'is made of everyday words' : 'is an everyday word'),
  place: () => 'is also the name of the area',
};

/** One notice in plain English, for the command line: `"Summit" is an everyday word: flagged only when ...`. */
export function describeNameNotice(n: NameNotice): string {
  if (n.field === 'pupils') {
    return `${n.count} pupil${n.count === 1 ? '' : 's'} share${n.count === 1 ? 's' : ''} a famous person's name: flagged only when the draft is about class or school`;
  }
  if (n.unlessChurch) return `"${n.name}" may also be a church's name: not flagged when the draft is about church (a wedding, a funeral, the vicar)`;
  const who = n.field === 'staff' ? ' (staff)' : n.field === 'place' ? ' (place)' : '';
  const when = n.field === 'place' ? 'read as the school\'s place only when written with a capital letter' : 'flagged only when the draft is about school or work';
  return `"${n.name}"${who} ${WHY[n.reason](n.word, n.name ?? '')}: ${when}`;
}
