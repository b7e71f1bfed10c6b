import type { Category } from '../../rules/categories';
import { CATEGORIES } from '../../rules/categories';
import { BUILTIN_LEXICONS } from '../../rules/lexicons';
import type { Pack } from '../../rules/schema';
import { splitChunks } from './chunks';
import { DETECTORS } from './detectors';
import { compileLexicon, type Lexicon } from './lexicon';
import { mergeCandidates } from './merge';
import { normalize, toOriginalSpan } from './normalize';
import { compileProfile } from './profile';
import type { RosterKeys } from './pupil-hashes';
import { tokenize } from './tokens';
import type { Candidate, CategoryConfig, ChunkContext, CompiledPack, Finding } from './types';

export type { Finding } from './types';
export type { RosterKeys } from './pupil-hashes';

interface ChunkResult {
  readonly candidates: readonly Candidate[];
  readonly features: ReadonlyMap<string, number>;
}

export interface Analyzer {
  readonly pack: CompiledPack;
  /** Findings for a draft, in text order. Never throws on any string. */
  analyze(text: string): Finding[];
  /**
   * Reads the sentences of `text` not yet in the cache until `deadline` (a time on
   * the `now` clock) passes; true when every sentence is cached, so `analyze` is
   * cheap. The content script calls it in slices between frames, so pasting
   * 20,000 characters never blocks the page for one long task (issue 3).
   */
  warm(text: string, deadline: number, now?: () => number): boolean;
  /**
   * Every detector (or scorer) that threw, with how often and its first message.
   * A throw is survived, never hidden (issue 13, point 6): the CLI prints these on
   * stderr, the content script keeps them in the options page's error log, and
   * the fuzz tests want none.
   */
  failures(): AnalysisFailure[];
}

export interface AnalysisFailure {
  /** What threw: `detector:<name>` or `model`. */
  readonly where: string;
  readonly count: number;
  readonly message: string;
}

export interface AnalyzerOptions {
  /** Roster keys for keyed pupil and term hashes (managed policy; issue 12). */
  readonly keys?: RosterKeys;
  /** Told of each part's first failure, as it happens (the content script logs it). */
  readonly onFailure?: (failure: AnalysisFailure) => void;
}

/** Sentences kept between calls; a 10,000-character draft has about 150. */
const CACHE_LIMIT = 2000;

/**
 * Compile a validated pack (rules/schema.ts) into matchers. Throws on a rule naming no known detector.
 * `keys`: roster keys for the pack's keyed pupil and term hashes (managed policy; issue 12).
 */
export function compilePack(pack: Pack, keys: RosterKeys = []): CompiledPack {
  const steps = compilePackSteps(pack, keys);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same compilation, pausing after each word list: a page compiles the pack in
 * slices between frames (the whole pack takes 40-130 ms here, one list at most
 * about 20 ms), so focusing a compose box never costs one long task (issue 3).
 */
export function* compilePackSteps(pack: Pack, keys: RosterKeys = []): Generator<void, CompiledPack> {
  pack.rules.forEach((r, i) => {
    if (!DETECTORS.has(r.detector)) throw new Error(`rules[${i}].detector: unknown detector "${r.detector}"`);
  });
  const lexicons: Record<string, Lexicon> = {};
  for (const [name, { data, ...options }] of Object.entries(BUILTIN_LEXICONS)) {
    const extra = pack.lexicons?.[name] ?? {};
    const merged: Record<string, string[]> = { ...data };
    for (const [group, list] of Object.entries(extra)) merged[group] = [...(merged[group] ?? []), ...list];
    lexicons[name] = compileLexicon(merged, options);
    yield;
  }
  const categories = {} as Record<Category, CategoryConfig>;
  for (const c of CATEGORIES) {
    categories[c] = pack.categories[c] ?? { enabled: false, sections: [], severity: 'info', message: c };
  }
  const profile = compileProfile(pack.profile, keys);
  yield;
  return {
    policy: pack.policy,
    profile,
    lexicons,
    categories,
    rules: pack.rules.filter((r) => categories[r.category].enabled),
    allowed: new Set((pack.allowedTerms ?? []).map((t) => normalize(t).text.trim())),
  };
}

export function createAnalyzer(pack: Pack | CompiledPack, options: RosterKeys | AnalyzerOptions = []): Analyzer {
  const { keys = [], onFailure } = Array.isArray(options) ? { keys: options as RosterKeys } : (options as AnalyzerOptions);
  const compiled = 'profile' in pack && 'lexicons' in pack && 'allowed' in pack ? (pack as CompiledPack) : compilePack(pack as Pack, keys);
  const cache = new Map<string, ChunkResult>();
  const failed = new Map<string, { count: number; message: string }>();
  const fail = (where: string, error: unknown) => {
    const known = failed.get(where);
    if (known) return void known.count++;
    const entry = { count: 1, message: String((error as Error)?.message ?? error).slice(0, 300) };
    failed.set(where, entry);
    try {
      onFailure?.({ where, ...entry });
    } catch {
      // The listener's own trouble must not break the analysis it reports on.
    }
  };

  const analyzeChunk = (text: string): ChunkResult => {
    const hit = cache.get(text);
    if (hit) {
      // Refresh recency: Map keeps insertion order, so the oldest entry is first.
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    const result = runDetectors(text, compiled, fail);
    cache.set(text, result);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    return result;
  };

  return {
    pack: compiled,
    failures: () => [...failed].map(([where, f]) => ({ where, ...f })),
    warm(text, deadline, now = () => performance.now()) {
      for (const chunk of splitChunks(text)) {
        const sentence = text.slice(chunk.start, chunk.end);
        if (cache.has(sentence)) continue;
        if (now() >= deadline) return false;
        analyzeChunk(sentence);
      }
      return true;
    },
    analyze(text: string): Finding[] {
      const features = new Map<string, number>();
      const candidates: Candidate[] = [];
      for (const chunk of splitChunks(text)) {
        const r = analyzeChunk(text.slice(chunk.start, chunk.end));
        for (const [k, v] of r.features) features.set(k, (features.get(k) ?? 0) + v);
        for (const c of r.candidates) candidates.push({ ...c, start: c.start + chunk.start, end: c.end + chunk.start });
      }
      const count = (key: string) => key.split('|').reduce((sum, f) => sum + (features.get(f) ?? 0), 0);
      const standing = candidates.filter(
        (c) => (!c.requires || Object.entries(c.requires).every(([key, n]) => count(key) >= n)) && !(c.unless && count(c.unless) > 0),
      );
      return finalize(mergeCandidates(standing), text, compiled);
    },
  };
}

function runDetectors(text: string, pack: CompiledPack, fail: (where: string, error: unknown) => void): ChunkResult {
  const norm = normalize(text);
  const tokens = tokenize(norm);
  const features = new Map<string, number>();
  const ctx: ChunkContext = {
    text,
    norm,
    tokens,
    pack,
    features,
    addFeature(name, count = 1) {
      features.set(name, (features.get(name) ?? 0) + count);
    },
    span(i, j) {
      return toOriginalSpan(norm, tokens[i]!.s, tokens[j - 1]!.e);
    },
    spanOf(start, end) {
      return toOriginalSpan(norm, start, end);
    },
    lex(name) {
      const l = pack.lexicons[name];
      if (!l) throw new Error(`no lexicon "${name}"`);
      return l;
    },
  };
  // Context words first: detectors of every category may require them.
  for (const [group, found] of ctx.lex('context').scanByGroup(tokens)) ctx.addFeature(group, found.length);
  const candidates: Candidate[] = [];
  for (const rule of pack.rules) {
    let found: Candidate[];
    try {
      found = DETECTORS.get(rule.detector)!.detect(ctx, rule);
    } catch (error) {
      // One detector's bug must not silence the others, nor break the page it runs in;
      // it is counted, never hidden (the fuzz tests want zero).
      fail(`detector:${rule.detector}`, error);
      continue;
    }
    for (const c of found) {
      if (c.start >= 0 && c.end > c.start && c.end <= text.length) candidates.push(c);
    }
  }
  return { candidates, features };
}

function finalize(cands: Candidate[], text: string, pack: CompiledPack): Finding[] {
  const out: Finding[] = [];
  const ruleById = new Map(pack.rules.map((r) => [r.id, r]));
  for (const c of cands) {
    const cat = pack.categories[c.category];
    const rule = ruleById.get(c.rule);
    [c.start, c.end] = snapToGraphemes(text, c.start, c.end);
    const words = text.slice(c.start, c.end);
    if (pack.allowed.size && pack.allowed.has(normalize(words).text.trim())) continue;
    const f: Finding = {
      category: c.category,
      sections: cat.sections,
      start: c.start,
      end: c.end,
      severity: rule?.severity ?? cat.severity,
      message: c.message ?? rule?.message ?? cat.message,
      rule: c.rule,
      text: words,
    };
    const suggestion = c.suggestion ?? cat.suggestion;
    if (suggestion !== undefined) f.suggestion = suggestion;
    out.push(f);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category));
}

// What may follow a character within one grapheme: combining marks, variation
// selectors, emoji skin tones, and a zero-width joiner with what it joins.
const EXTEND = /^(?:\p{M}|\u200D[\s\S]|\uD83C[\uDFFB-\uDFFF])/u;

/**
 * A finding must not cut a grapheme in two (a detector reading the text as
 * typed may stop before an accent or a skin tone): widen it to whole graphemes.
 */
function snapToGraphemes(text: string, start: number, end: number): [number, number] {
  if (start > 0 && (text.charCodeAt(start) & 0xfc00) === 0xdc00) start--;
  for (;;) {
    if (end < text.length && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
    const m = EXTEND.exec(text.slice(end, end + 3));
    if (!m) return [start, end];
    end += m[0].length;
  }
}
