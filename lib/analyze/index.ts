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
import { tokenize, type Token } from './tokens';
import type { Candidate, CategoryConfig, ChunkContext, CompiledPack, Finding } from './types';
import { contextFeatures, sentenceFeatures, type SentenceFeatures } from './model/features';
import { carryingRuns, scoreContext, scoreSentence, type SentenceScore } from './model/scorer';
import type { Model } from './model/weights';
import type { WordClusters } from './model/clusters';
import MODEL_WHY from '../../rules/model/why.json';

export type { Finding } from './types';
export type { RosterKeys } from './pupil-hashes';

interface ChunkResult {
  readonly candidates: readonly Candidate[];
  readonly features: ReadonlyMap<string, number>;
  /** The sentence's words and what the learned scorer reads of them, filled when first asked. */
  readonly tokens: readonly Token[];
  /** Each token's span in the sentence as typed. */
  readonly spans: readonly (readonly [number, number])[];
  learned?: { readonly features: SentenceFeatures; score?: SentenceScore };
}

/** One sentence as the learned scorer reads it (for scripts/train.ts). */
export interface SentenceReading {
  readonly start: number;
  readonly end: number;
  readonly features: SentenceFeatures;
}

/** A draft as the learned scorer reads it: its sentences, its context, and the rules' own findings. */
export interface DraftReading {
  readonly sentences: readonly SentenceReading[];
  readonly context: Int32Array;
  readonly ruleFindings: readonly Finding[];
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
  /** What the learned scorer reads of a draft, whether or not a model is loaded (training and tests). */
  read(text: string): DraftReading;
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
  /** The learned scorer (lib/analyze/model/weights.ts loadModel); without it, the rules alone. */
  readonly model?: Model;
  /** Word clusters for `read` without a model (training); a model brings its own. */
  readonly clusters?: WordClusters;
}

/** Exact finds whose words the learned scorer reads as a placeholder, so it learns "<pupil-details> is a ..." once for every school. */
const PLACEHOLDER_CATEGORIES = new Set(['school-identity', 'staff-identity', 'pupil-details', 'contact-details', 'credentials']);
const WHY = MODEL_WHY as Record<string, string>;

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
  const { keys = [], onFailure, model, clusters = model?.clusters } = Array.isArray(options) ? { keys: options as RosterKeys } : (options as AnalyzerOptions);
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
      const { chunks, standing, cues } = readRules(text);
      if (model) {
        try {
          standing.push(...learnedCandidates(model, chunks, standing, cues(), compiled, clusters));
        } catch (error) {
          fail('model', error);
        }
      }
      return finalize(mergeCandidates(standing), text, compiled);
    },
    read(text: string): DraftReading {
      const { chunks, standing, cues } = readRules(text);
      return {
        sentences: chunks.map(({ start, end, result }) => ({ start, end, features: learnedFeatures(result, clusters) })),
        context: contextFeatures(cues()),
        ruleFindings: finalize(mergeCandidates(standing), text, compiled),
      };
    },
  };

  function readRules(text: string) {
    const features = new Map<string, number>();
    const candidates: Candidate[] = [];
    const chunks: { start: number; end: number; result: ChunkResult }[] = [];
    for (const chunk of splitChunks(text)) {
      const r = analyzeChunk(text.slice(chunk.start, chunk.end));
      chunks.push({ ...chunk, result: r });
      for (const [k, v] of r.features) features.set(k, (features.get(k) ?? 0) + v);
      for (const c of r.candidates) candidates.push({ ...c, start: c.start + chunk.start, end: c.end + chunk.start });
    }
    const count = (key: string) => key.split('|').reduce((sum, f) => sum + (features.get(f) ?? 0), 0);
    const standing = candidates.filter(
      (c) => (!c.requires || Object.entries(c.requires).every(([key, n]) => count(key) >= n)) && !(c.unless && count(c.unless) > 0),
    );
    // The draft around each sentence, for the learned scorer only (not built for the rules alone):
    // the rules' cues and the categories they found.
    const cues = () => [...features.keys(), ...new Set(standing.map((c) => `found:${c.category}`))].sort();
    return { chunks, standing, cues };
  }
}

function learnedFeatures(r: ChunkResult, clusters: WordClusters | undefined): SentenceFeatures {
  if (r.learned) return r.learned.features;
  const placeholders = new Map<number, string>();
  for (const c of r.candidates) {
    if (!PLACEHOLDER_CATEGORIES.has(c.category)) continue;
    // A find that still needs the draft's context (a roster first name, the distinctive part of
    // the school's name) is only a maybe: "Noah's ark" must not read like a pupil named.
    const placeholder = c.requires ? `<${c.category}?${c.maybe ?? ''}>` : `<${c.category}>`;
    r.spans.forEach(([s, e], i) => {
      if (s < c.end && e > c.start && !placeholders.has(i)) placeholders.set(i, placeholder);
    });
  }
  const cues = [...r.features.keys(), ...r.candidates.map((c) => `rule:${c.rule}`)];
  r.learned = { features: sentenceFeatures(r.tokens, placeholders, cues, clusters) };
  return r.learned.features;
}

/**
 * The learned scorer's findings: a sentence whose score passes its category's
 * threshold, where the rules found nothing of that category, marked on the
 * words that carry the score. Rules stay where they are exact; the model adds.
 */
function learnedCandidates(
  model: Model,
  chunks: readonly { start: number; end: number; result: ChunkResult }[],
  standing: readonly Candidate[],
  cues: readonly string[],
  pack: CompiledPack,
  clusters: WordClusters | undefined,
): Candidate[] {
  const C = model.categories.length;
  const context = scoreContext(model, contextFeatures(cues));
  const out: Candidate[] = [];
  for (const { start, end, result } of chunks) {
    const learned = result.learned ?? { features: learnedFeatures(result, clusters) };
    const score = (learned.score ??= scoreSentence(model, learned.features, result.tokens.length));
    result.learned = learned;
    for (let c = 0; c < C; c++) {
      const category = model.categories[c]!;
      if (!pack.categories[category]?.enabled || score.own[c]! + context[c]! < model.cut[c]!) continue;
      if (standing.some((s) => s.category === category && s.start < end && s.end > start)) continue;
      for (const [i, j] of carryingRuns(score, C, c, result.tokens.length)) {
        out.push({
          category,
          rule: `${category}/model`,
          start: start + result.spans[i]![0],
          end: start + result.spans[j]![1],
          message: WHY[category] ?? pack.categories[category].message,
        });
      }
    }
  }
  return out;
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
  const spans = tokens.map((tk) => toOriginalSpan(norm, tk.s, tk.e));
  return { candidates, features, tokens, spans };
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
