import type { Category, Severity } from '../../rules/categories';
import type { Pack } from '../../rules/schema';
import type { Lexicon } from './lexicon';
import type { Normalized } from './normalize';
import type { CompiledProfile } from './profile';
import type { Token } from './tokens';

/** What the analyzer returns: the contract's fields plus what the UI shows. */
export interface Finding {
  category: Category;
  /** Policy sections, as the pack numbers them ("5", "A"). */
  sections: string[];
  /** UTF-16 offsets into the draft, end exclusive. */
  start: number;
  end: number;
  severity: Severity;
  message: string;
  /** A replacement for the marked words, '' meaning remove them; absent when none fits. */
  suggestion?: string;
  /** Stable rule id (rules/default-pack.json), e.g. `contact-details/phone`. */
  rule: string;
  /** The words marked, as typed. */
  text: string;
}

/**
 * What a detector proposes for one chunk (sentence) of the draft. Offsets are
 * into the chunk's original text. `requires` names draft-wide features (with a
 * minimum count) that must all be present for the candidate to stand: that is
 * how a sentence is judged by the rest of the draft without re-reading it. A key
 * `a|b` counts features a and b together (either will do).
 */
export interface Candidate {
  category: Category;
  rule: string;
  start: number;
  end: number;
  requires?: Readonly<Record<string, number>>;
  /** Dropped when the draft has this feature (`a|b` for either). */
  unless?: string;
  suggestion?: string;
  /** Overrides the rule's message, for a detail only the detector knows. */
  message?: string;
  /** When several candidates overlap, the higher priority survives within a category. */
  priority?: number;
  /**
   * Why a find that `requires` context may be someone or something else: `famous` for a name a
   * well-known person has too. The learned scorer reads it in the find's placeholder
   * (`<staff-identity?famous>`), so "Holly Willoughby on This Morning" does not read like a colleague.
   */
  maybe?: 'famous';
}

export interface CategoryConfig {
  enabled: boolean;
  sections: string[];
  severity: Severity;
  message: string;
  suggestion?: string;
}

export interface RuleConfig {
  id: string;
  category: Category;
  detector: string;
  message?: string;
  severity?: Severity;
}

export interface CompiledPack {
  readonly policy: Pack['policy'];
  readonly profile: CompiledProfile;
  readonly lexicons: Readonly<Record<string, Lexicon>>;
  readonly categories: Readonly<Record<Category, CategoryConfig>>;
  readonly rules: readonly RuleConfig[];
  /** Terms the school allows: a finding whose words are exactly one of these is dropped. */
  readonly allowed: ReadonlySet<string>;
}

/** Everything a detector may read about one chunk. */
export interface ChunkContext {
  /** The chunk as typed. */
  readonly text: string;
  readonly norm: Normalized;
  readonly tokens: readonly Token[];
  readonly pack: CompiledPack;
  /** Features of this chunk so far (context words, names found...). */
  readonly features: Map<string, number>;
  addFeature(name: string, count?: number): void;
  /** Original chunk offsets of tokens i..j-1. */
  span(i: number, j: number): [number, number];
  /** Original chunk offsets of a folded-text span. */
  spanOf(start: number, end: number): [number, number];
  /** The lexicon of that name; throws when the pack lacks it (a bug, caught by tests). */
  lex(name: string): Lexicon;
}

export interface Detector {
  /** Matches RuleConfig.detector. */
  readonly id: string;
  detect(ctx: ChunkContext, rule: RuleConfig): Candidate[];
}
