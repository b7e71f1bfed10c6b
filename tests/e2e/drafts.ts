import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { createAnalyzer } from '../../lib/analyze';
import type { bundledModel } from '../../lib/cli/model';
import type { Finding } from '../../lib/analyze/types';
import type { DEFAULT_PACK } from '../../rules/default-pack';

/**
 * The drafts the e2e suite types, and what the analyzer (the same code the
 * content script runs, with the default pack) finds in them. Synthetic people only.
 */

type Analyzer = ReturnType<typeof createAnalyzer>;
type Pack = typeof DEFAULT_PACK;
let loaded: { analyzer: Analyzer; pack: Pack } | null = null;

/**
 * The analyzer, bundled in memory on first use: Playwright loads specs as Node
 * ESM, where the rule pack's plain JSON imports need import attributes, so the
 * project's sources cannot be imported directly (~0.3 s, once per worker).
 */
function loadAnalyzer(): { analyzer: Analyzer; pack: Pack } {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const { outputFiles } = buildSync({
    stdin: {
      // With the learned scorer, as the extension runs it (issue 13).
      contents: "export { createAnalyzer } from './lib/analyze'; export { DEFAULT_PACK } from './rules/default-pack'; export { bundledModel } from './lib/cli/model';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
  });
  const module = { exports: {} as { createAnalyzer: typeof createAnalyzer; DEFAULT_PACK: typeof DEFAULT_PACK; bundledModel: typeof bundledModel } };
  new Function('module', 'exports', 'require', outputFiles[0]!.text)(module, module.exports, createRequire(import.meta.url));
  const { exports } = module;
  return { analyzer: exports.createAnalyzer(exports.DEFAULT_PACK, { model: exports.bundledModel() }), pack: exports.DEFAULT_PACK };
}

export function findingsOf(text: string): Finding[] {
  loaded ??= loadAnalyzer();
  return loaded.analyzer.analyze(text);
}

/** The pack the extension uses when leadership has pushed none (its policy, categories, rules). */
export function defaultPack(): Pack {
  loaded ??= loadAnalyzer();
  return loaded.pack;
}

/** data-categories as the contract spells it: unique, sorted, space-separated. */
export function categoriesAttr(findings: readonly Finding[]): string {
  return [...new Set(findings.map((f) => f.category))].sort().join(' ');
}

/** A phone number (section 6), a swear word (4, 6) and a pupil identified by class (5, 6). */
export const POLICY_DRAFT =
  'Got a new number, 07700 900123, if anyone needs it. What a shit week. So proud of a boy in my Year 6 class today.';
export const POLICY_DRAFT_CATEGORIES = 'contact-details profanity pupil-details';

/** The finding whose suggestion the fix test applies ("a boy in my Year 6 class" -> "a pupil"). */
export function pupilFinding(): Finding {
  const finding = findingsOf(POLICY_DRAFT).find((f) => f.category === 'pupil-details');
  if (!finding || finding.suggestion === undefined) throw new Error('the analyzer no longer suggests a fix for the pupil in POLICY_DRAFT');
  return finding;
}

export function withFixApplied(text: string, finding: Finding): string {
  return text.slice(0, finding.start) + (finding.suggestion ?? '') + text.slice(finding.end);
}

const LINES = [
  'Lovely walk on the heath this morning, then coffee with Sam!',
  "Who's up for the quiz on Saturday? Text me on 07700 900123.",
  'Bread was £3.50 and the café ran out of scones (again).',
  "What a shit week it's been; 30 books to mark by Monday...",
  'Still, the sun came out at 4pm & the dog was delighted.',
  'Plans: swim, read, sleep. Repeat until September?',
  'Thanks all for the kind words #grateful',
  'Back soon.',
];

/**
 * Exactly `length` keystrokes of mixed text (capitals, digits, punctuation, a
 * pound sign and an accent), lines broken with Enter where the box is
 * multiline (one blank line too), with a phone number and a swear word early
 * on so the nudge has something to show.
 */
export function keystrokeDraft(length: number, multiline: boolean): string {
  const separators = multiline ? ['\n', ' ', '\n\n', ' ', '\n', ' ', ' ', '\n'] : [' '];
  let text = '';
  for (let i = 0; text.length < length; i += 1) {
    text += LINES[i % LINES.length]! + separators[i % separators.length]!;
  }
  return text.slice(0, length);
}
