import type { Category } from '../../rules/categories';
import type { PackProfile, Profile, PupilHashSet, TermHashSet } from '../../rules/schema';
import { compileLexicon, type Lexicon } from './lexicon';
import { normalize } from './normalize';
import { compileHashedNames, compileHashedTerms, nameForms, unionLexicon, words, type RosterKeys } from './pupil-hashes';

/**
 * A school profile turned into matchers. Names are folded exactly as drafts
 * are (normalize + tokenize), so `Zoë O'Brien-Smith` in the roster matches
 * `zoe o'brien smith` in a draft. Lookups are by token, so a roster of 2,000
 * pupils costs a hash lookup per word, not a scan per pupil.
 */
export interface CompiledProfile {
  readonly schoolName: string;
  /** Name and aliases (group `name`); the distinctive part of the name (group `distinctive`). */
  readonly school: Lexicon;
  /** Letters-and-digits-only forms, for hashtags, handles, websites and split words. */
  readonly compact: readonly CompactForm[];
  /** One-word aliases too short for `compact` (`KVA`), as typed in capitals, for hashtags (`#KVAfamily`). */
  readonly shortAliases: readonly string[];
  /** Tokens of the distinctive part, for misspellings (`Chirst Church`). */
  readonly distinctiveTokens: readonly string[];
  readonly places: Lexicon;
  readonly postcode: RegExp | null;
  /** Groups: `full` (full names), `titled` (Mr Surname...), `first`. */
  readonly staff: Lexicon;
  /** Groups: `full`, `first`, `initial` (first name + initial of surname), `surname`. */
  readonly pupils: Lexicon;
  /** Profile terms, grouped by category. */
  readonly terms: Lexicon;
}

export interface CompactForm {
  readonly compact: string;
  readonly kind: 'name' | 'alias' | 'handle' | 'website' | 'address' | 'distinctive';
  /** The name or alias it was made from, folded (`st mary's`): judged for other meanings (name-context.ts). */
  readonly source?: string;
}

// Words that say what kind of school it is rather than which one (rules out
// "Primary School" as the identifying part of "Christ Church Primary School").
const GENERIC = new Set([
  'the', 'school', 'schools', 'primary', 'secondary', 'academy', 'college', 'high', 'junior', 'juniors', 'infant',
  'infants', 'nursery', 'ce', 'c', 'of', 'e', 'rc', 'cofe', 'community', 'free', 'grammar', 'prep', 'preparatory',
  'federation', 'trust', 'and', 'upper', 'lower', 'middle', 'church', 'england', 'catholic', 'voluntary', 'aided',
]);
// How people shorten a street's last word: `Stocks Bank Rd` for "Stocks Bank Road".
const STREET_SHORT: Record<string, string> = { road: 'Rd', street: 'St', avenue: 'Ave', lane: 'Ln', drive: 'Dr', close: 'Cl', crescent: 'Cres', terrace: 'Terr', gardens: 'Gdns', place: 'Pl' };
const STREET_END = new RegExp(`\\b(${Object.keys(STREET_SHORT).join('|')})$`, 'i');

/**
 * The words of a name that tell this school apart: not what kind of school it is. `Church` stays
 * in a dedication (`Christ Church`) but not in `Church of England`.
 */
function distinctiveWords(ws: readonly string[]): string[] {
  return ws.filter((w, i) => !GENERIC.has(w) || (w === 'church' && i > 0 && !GENERIC.has(ws[i - 1]!) && ws[i + 1] !== 'of'));
}
const TITLES = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'madame', 'mme', 'mister', 'missus'];

export { words };
const phrase = (s: string) => words(s).join(' ');
const compactOf = (s: string) => normalize(s).text.replace(/[^\p{L}\p{N}]/gu, '');

/** `keys`: the roster keys at hand, for keyed hash sets (lib/analyze/pupil-hashes.ts); a keyed set without its key matches nothing. */
export function compileProfile(p: Profile | PackProfile, keys: RosterKeys = []): CompiledProfile {
  const { school } = p;
  const names = [school.name, ...(school.aliases ?? [])];
  const nameWords = words(school.name);
  // "Christ Church School" -> "christ church"; a name that is all generic words keeps them all.
  let distinctive = distinctiveWords(nameWords);
  if (distinctive.length === 0) distinctive = nameWords;
  const distinctivePhrase = distinctive.join(' ');
  // A name whose distinctive part is the place ("Roundhay School") is pinned by the place rule instead.
  const placePhrases = new Set((school.places ?? []).map(phrase));
  const distinctiveIsPlace = placePhrases.has(distinctivePhrase);
  // An alias's own distinctive part (`Bentley's` of "Bentley's CE Primary"), when it has one the name's lacks.
  const aliasParts = (school.aliases ?? [])
    .map((a) => ({ all: words(a), own: distinctiveWords(words(a)) }))
    .filter(({ all, own }) => own.length > 0 && own.length < all.length)
    .map(({ own }) => own.join(' '))
    .filter((d, i, list) => d.length >= 5 && d !== distinctivePhrase && !placePhrases.has(d) && list.indexOf(d) === i);
  const compact: CompactForm[] = [];
  const addCompact = (s: string, kind: CompactForm['kind'], source?: string) => {
    const c = compactOf(s);
    if (c.length >= 5 && !compact.some((x) => x.compact === c)) compact.push({ compact: c, kind, ...(source ? { source } : {}) });
  };
  names.forEach((n, i) => addCompact(n, i === 0 ? 'name' : 'alias', phrase(n)));
  // Before the website's: `mardle.ac.uk` must not make the bare word `Mardle` count without context.
  if (!distinctiveIsPlace) addCompact(distinctivePhrase, 'distinctive');
  for (const d of aliasParts) addCompact(d, 'distinctive');
  for (const h of school.handles ?? []) addCompact(h.replace(/^@/, ''), 'handle');
  if (school.website) {
    const host = school.website.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').split('/')[0]!;
    addCompact(host, 'website');
    // The site's first label alone (`#stonebridgejuniors`) is judged as a name is: `polgarrow` of
    // polgarrow.cornwall.sch.uk is the village too, and counts only with school context.
    const label = host.split('.')[0]!;
    addCompact(label, 'website', phrase(label.replace(/[-_]/g, ' ')));
  }
  const street = school.address?.split(',')[0]?.trim();
  if (street) {
    addCompact(street, 'address');
    const short = street.replace(STREET_END, (w) => STREET_SHORT[w.toLowerCase()]!);
    if (short !== street) addCompact(short, 'address');
  }
  const schoolLex = compileLexicon({
    name: names.map(phrase),
    distinctive: [...(distinctivePhrase.length >= 4 && !distinctiveIsPlace ? [distinctivePhrase] : []), ...aliasParts],
    address: street ? [phrase(street)] : [],
  });

  const staffFull: string[] = [], staffTitled: string[] = [], staffFirst: string[] = [];
  for (const s of p.staff ?? []) {
    const w = words(s.name);
    if (!w.length) continue;
    staffFull.push(w.join(' '));
    if (w.length >= 2) {
      for (const t of TITLES) staffTitled.push(`${t} ${w[w.length - 1]}`);
      staffFirst.push(w[0]!);
    }
  }
  // The same forms the hashed roster holds (pupil-hashes.ts), so clear and hashed names match alike.
  const pupilFull: string[] = [], pupilFirst: string[] = [], pupilInitial: string[] = [], pupilSurname: string[] = [];
  for (const name of p.pupils ?? []) {
    const f = nameForms(name);
    pupilFull.push(...f.full);
    pupilFirst.push(...f.first);
    pupilInitial.push(...f.initial);
    pupilSurname.push(...f.surname);
  }
  const clearPupils = compileLexicon({ full: pupilFull, first: pupilFirst, initial: pupilInitial, surname: pupilSurname });
  const h = (p as PackProfile).pupilHashes;
  const hashSets: PupilHashSet[] = h === undefined ? [] : Array.isArray(h) ? h : [h];
  const terms: Record<string, string[]> = {};
  for (const t of p.terms ?? []) (terms[t.category] ??= []).push(phrase(t.text));
  const clearTerms = compileLexicon(terms as Record<Category, string[]>);
  const th = (p as PackProfile).termHashes;
  const termSets: TermHashSet[] = th === undefined ? [] : Array.isArray(th) ? th : [th];

  return {
    schoolName: school.name,
    school: schoolLex,
    compact,
    shortAliases: (school.aliases ?? []).filter((a) => /^[A-Z]{2,4}$/.test(a.trim())).map((a) => a.trim()),
    distinctiveTokens: distinctive,
    places: compileLexicon({ place: (school.places ?? []).map(phrase) }),
    postcode: postcodePattern(school.postcode),
    staff: compileLexicon({ full: staffFull, titled: staffTitled, first: staffFirst }),
    pupils: hashSets.length ? (pupilFull.length ? unionLexicon(clearPupils, compileHashedNames(hashSets, keys)) : compileHashedNames(hashSets, keys)) : clearPupils,
    terms: termSets.length ? unionLexicon(clearTerms, compileHashedTerms(termSets, keys)) : clearTerms,
  };
}

/**
 * `NW3 1JH` matches `nw3 1jh`, `NW31JH`, `nw3-1jh`; the district alone (`NW3`)
 * does not. Run on the text as typed (flag `i`): folding would read `SW1P` as l33t.
 */
function postcodePattern(postcode: string | undefined): RegExp | null {
  if (!postcode) return null;
  const c = postcode.replace(/\s+/g, '').toLowerCase();
  if (c.length < 5) return null;
  // Escaped: the postcode is whatever leadership typed, and `N(W3` must not
  // make the whole pack fail to compile (tests/unit/fuzz.test.ts).
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const outward = esc(c.slice(0, -3)), inward = esc(c.slice(-3));
  return new RegExp(`(?<![a-z0-9])${outward}[\\s-]*${inward}(?![a-z0-9])`, 'gi');
}
