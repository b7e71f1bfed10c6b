import { nameJudgement, nameNeedsContext } from '../name-context';
import type { Token } from '../tokens';
import type { Candidate, ChunkContext, Detector } from '../types';
import { words } from '../profile';
import { compactView, withinEdits } from '../text-views';

/**
 * The school named: its name and aliases in any spelling the normaliser undoes,
 * its handles, its website, hashtags (`#ChristChurchHampstead`,
 * `#christchurchschool`), split words (`chr1st ch urch`) and misspellings of the
 * distinctive part (`Chirst Church`). Everything comes from the profile.
 *
 * | flags | allows |
 * |---|---|
 * | the full name, or an alias, anywhere | an alias inside a longer word (`Kings` in `Kingston`); initials stretched (`KVAAA`) |
 * | the full name with its school word anywhere, even when the rest is a word | |
 * | an alias that also means something else (lib/analyze/name-context.ts) when the draft is about school or work | that alias with no school context (a mountain's summit, church bells) |
 * | a church dedication with a word of its own (a saint + a town), anywhere | that alias in a draft about church (a wedding there) |
 * | a short alias run into a hashtag word (`#CCSfamily`) | the letters inside another hashtag (`#CCSlovakia`) |
 * | a handle or the website (also written with `dot co dot uk`) | |
 * | the distinctive part (`Christ Church`) when the draft is about school or work | the distinctive part alone (a college rowing eight) |
 * | | another institution sharing the words (a cathedral, an Oxford college) |
 * | | an alias that also means something else, after another capitalised word mid-sentence (part of another name) |
 * | | an alias naming a club, shop or place that shares it; the full name always counts |
 *
 * Examples: rules/packs/rules/school-identity.json, rule `school-identity/name` (run by tests/rules/examples.test.ts).
 */
export const schoolName: Detector = {
  id: 'school-name',
  detect(ctx, rule) {
    const out: Candidate[] = [];
    const { tokens } = ctx;
    const profile = ctx.pack.profile;
    const add = (i: number, j: number, needsContext: boolean, priority = 0, unless?: string) => {
      const [start, end] = ctx.span(i, j);
      out.push({ category: rule.category, rule: rule.id, start, end, priority, ...(needsContext ? { requires: { 'school-context|staff-named': 1 } } : {}), ...(unless ? { unless } : {}) });
      if (needsContext) ctx.addFeature('school-maybe');
      if (!needsContext) ctx.addFeature('school-context');
    };
    for (const m of profile.school.scan(tokens)) {
      // A short alias written as one word (KVA, CCS) only in capitals: `kVA` is a unit.
      if (m.group === 'name' && (m.j - m.i > 1 || tokens[m.i]!.t.length > 4 || tokens[m.i]!.upper)) {
        // A short alias is a whole word as typed, never a stretched one (`KVAAA`).
        if (m.j - m.i === 1 && m.phrase.length <= 4 && tokens[m.i]!.t !== m.phrase) continue;
        if (!isFullName(ctx, m.i, m.j) && institutionFollows(ctx, m.j)) continue;
        // `Summit`, `St Mary's`, `Parkside`: a name that also means something else needs school context.
        const judged = nameJudgement(ctx, m.phrase);
        if (judged === 'context' && (otherInstitution(ctx, m.j) || otherNameBefore(ctx, m.i))) continue;
        // `St Aidan's Leeds` at a wedding is the church: a draft about church (context.json) drops it.
        add(m.i, m.j, judged === 'context', 2, judged === 'church' ? 'church-context' : undefined);
      }
      else if (m.group === 'distinctive' && !otherInstitution(ctx, m.j)) add(m.i, m.j, !placeFollows(ctx, m.j));
    }
    // Hashtags, handles, web addresses and split words, by their letters alone.
    const view = compactView(ctx);
    for (const form of profile.compact) {
      if (form.kind === 'address') continue;
      for (let at = view.text.indexOf(form.compact); at >= 0; at = view.text.indexOf(form.compact, at + 1)) {
        const i = view.tokenAt[at]!;
        const j = view.tokenAt[at + form.compact.length - 1]! + 1;
        if (tokens[i]!.s !== view.folded[at]) continue; // must start a word
        // Outside a hashtag or handle it must end one too: `Kings` is not inside `Kingston`, nor `Summit` inside `summitry`.
        const after = at + form.compact.length;
        if (!tokens[j - 1]!.tag && after < view.text.length && view.tokenAt[after] === j - 1) continue;
        const distinctive = form.kind === 'distinctive';
        if ((distinctive || form.kind === 'alias') && institutionFollows(ctx, j)) continue;
        if (distinctive && (sameAsWords(tokens, i, j, profile.distinctiveTokens) || otherInstitution(ctx, j))) continue;
        // `#Unity`, `#StMarys`, `st marys`: a name that also means something else needs context however written.
        const judged = form.source === undefined ? undefined : nameJudgement(ctx, form.source);
        if (judged === 'context' && !tokens[i]!.tag && otherNameBefore(ctx, i)) continue;
        add(i, j, (distinctive && !placeFollows(ctx, j)) || judged === 'context', distinctive ? 0 : 1, judged === 'church' ? 'church-context' : undefined);
      }
    }
    // "#KVAfamily", "#KVApride": a short alias in capitals run into a hashtag word.
    if (profile.shortAliases.length) {
      const lex = ctx.lex('school-words');
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i]!.tag !== '#') continue;
        const [s, e] = ctx.span(i, i + 1);
        const typed = ctx.text.slice(s, e);
        const a = profile.shortAliases.find((x) => typed.startsWith(x) && typed.length > x.length);
        if (!a) continue;
        const rest = typed.slice(a.length).toLowerCase();
        if (lex.matchAt([{ t: rest, s: 0, e: 0, cap: false, upper: false }], 0, 'tag-suffix')) add(i, i + 1, false, 1);
      }
    }
    // Misspellings of the distinctive words: one slip in a long word (`Chirst`).
    const d = profile.distinctiveTokens;
    for (let i = 0; i + d.length <= tokens.length; i++) {
      let slips = 0;
      for (let k = 0; k < d.length && slips <= 1; k++) {
        const t = tokens[i + k]!.t;
        const want = d[k]!;
        if (t === want) continue;
        // Cheap test first (most words are nowhere near): length within two, a letter of the first two shared.
        if (want.length < 5 || Math.abs(t.length - want.length) > 2 || (t[0] !== want[0] && t[1] !== want[1])) {
          slips = 2;
          break;
        }
        // `ozwalds`: a possessive written without its apostrophe, and misspelt.
        const bare = t.length > 4 && t.endsWith('s') ? t.slice(0, -1) : t;
        slips += withinEdits(t, want, 1) || withinEdits(bare, want, 1) ? 1 : 2;
      }
      if (slips === 1 && !otherInstitution(ctx, i + d.length)) add(i, i + d.length, !placeFollows(ctx, i + d.length));
    }
    return out;
  },
};

/**
 * `Christ Church Cathedral`, `Christ Church, Oxford`, `St Oswald's in Leeds`: a
 * capitalised word that is not ours follows, directly or after in/at/of.
 */
function otherInstitution(ctx: ChunkContext, j: number): boolean {
  let next = ctx.tokens[j];
  if (next && /^(in|at|of|near)$/.test(next.t)) next = ctx.tokens[++j];
  if (!next || !next.cap || next.tag) return false;
  if (ctx.pack.profile.places.matchAt(ctx.tokens, j)) return false;
  return !GENERIC_NEXT.has(next.t) && !SCHOOL_KIND.has(next.t);
}

/**
 * `Ravensworth Lighthouse`, `Glastonbury Summit`: a name that also means something else, after a
 * capitalised word mid-sentence that is not the profile's place, is part of another name.
 */
function otherNameBefore(ctx: ChunkContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev || i - 1 === 0 || !prev.cap || prev.upper || prev.tag) return false;
  return !ctx.pack.profile.places.matchAt(ctx.tokens, i - 1) && !GENERIC_NEXT.has(prev.t);
}

/**
 * `Oakfield Cricket Club`, `Oakfield garden centre`, `the Oakfield Arms`: within two
 * words after an alias, a word naming another kind of place (school-words `institution`),
 * before anything that names a school (`Oakfield sixth form centre` stays ours).
 */
function institutionFollows(ctx: ChunkContext, j: number): boolean {
  const lex = ctx.lex('school-words');
  const { tokens } = ctx;
  for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
    const t = tokens[k]!.t;
    if (SCHOOL_KIND.has(t) || t === 'sixth' || t === 'form' || lex.matchAt(tokens, k, 'school')) return false;
    if (lex.matchAt(tokens, k, 'institution')) return true;
  }
  return false;
}

/** The match is the school's full name, which nothing else shares. */
function isFullName(ctx: ChunkContext, i: number, j: number): boolean {
  const full = words(ctx.pack.profile.schoolName);
  return j - i === full.length && sameAsWords(ctx.tokens, i, j, full);
}

/**
 * The distinctive words followed by the profile's place (`St Oswald's Shildon`)
 * or by what kind of school it is (`St Oswlads RC`, `Christ Church Primary`) need no other context.
 */
function placeFollows(ctx: ChunkContext, j: number): boolean {
  if (SCHOOL_KIND.has(ctx.tokens[j]?.t ?? '')) return true;
  const k = /^(in|at)$/.test(ctx.tokens[j]?.t ?? '') ? j + 1 : j;
  const place = ctx.pack.profile.places.matchAt(ctx.tokens, k);
  if (!place) return false;
  // A place that is also a word (`Hope`, `Reading`) is the place only when written with a capital.
  return ctx.tokens[k]!.cap || !nameNeedsContext(ctx, place.phrase, 'place');
}

const SCHOOL_KIND = new Set(['rc', 'ce', 'cofe', 'primary', 'school', 'academy', 'infants', 'juniors', 'nursery', 'sch']);

// Capitalised words that can follow the name without making it another place.
const GENERIC_NEXT = new Set(['school', 'primary', 'academy', 'ce', 'c', 'junior', 'infant', 'infants', 'nursery', 'i', 'staff', 'pta', 'parents', 'kids', 'pupils', 'today', 'is', 'are', 'has', 'have', 'was']);

function sameAsWords(tokens: readonly Token[], i: number, j: number, words: readonly string[]): boolean {
  if (j - i !== words.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[i + k]!.t !== words[k]) return false;
  return true;
}
