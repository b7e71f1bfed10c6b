/**
 * Word-list entries that add nothing once the learned scorer is in (issue 13,
 * point 7), measured on the training corpus's drafts.
 *
 *   npx tsx scripts/training/prune-lexicons.ts [--write]
 *       entries of the category lists that match no draft of the corpus, no
 *       rule example (rules/packs/rules/*.json) and no test text
 *       (tests/unit/**): they add nothing measurable, and `--write` drops them
 *   npx tsx scripts/train.ts --out /tmp/w.json --scores /tmp/scores.jsonl
 *   npx tsx scripts/training/prune-lexicons.ts --measure /tmp/scores.jsonl [--lists violence,sexual]
 *       each entry left out in turn (after the ones before it), with the
 *       model's cross-fitted decisions held as they were: does any right finding
 *       the model would miss go, or a wrong one the model would not make come?
 *       Writes a report to /tmp; never writes the lists.
 *
 * What was measured (December 2026, 34,151 written drafts): left out one at a
 * time with the model held, 5,472 of 6,168 entries changed nothing for the
 * worse; but dropping them all and training again cost 0.015 cross-fitted micro
 * F1 with the model (0.793 -> 0.778; false nudges 772 -> 643 of 14,902): the
 * model reads the rules' finds as features, so an entry that the model "covers"
 * still helps it. So only the entries nothing matches are dropped: 396 then
 * (of 6,168), with every finding on the corpus and the weights unchanged,
 * byte for byte.
 *
 * Never run on an evaluation set: the development drafts and held-out sets are
 * not read here.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePack, createAnalyzer } from '../../lib/analyze';
import type { CompiledPack } from '../../lib/analyze/types';
import { compileLexicon } from '../../lib/analyze/lexicon';
import { normalize } from '../../lib/analyze/normalize';
import { tokenize } from '../../lib/analyze/tokens';
import { BUILTIN_LEXICONS } from '../../rules/lexicons';
import { DEFAULT_PACK } from '../../rules/default-pack';
import { loadCorpus, schoolPack } from './corpus';

/** The lists that enumerate wordings of a category; the name lists, context cues and number formats are not enumerations. */
const PRUNED = ['violence', 'derogatory', 'discriminatory', 'sexual', 'commercial', 'confidential', 'pupil-contact', 'protected', 'profanity'];
const arg = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
const LISTS = arg('--lists')?.split(',') ?? PRUNED;

interface Draft { id: string; text: string; expect: Set<string>; pack: string }
const corpus = loadCorpus();
const drafts: Draft[] = corpus.examples.map((ex) => ({ id: ex.id, text: ex.text, expect: new Set(ex.expect), pack: ex.profile }));
// The rule examples, as drafts of the default school: a flag example expects its rule's category.
const rulesDir = 'rules/packs/rules';
for (const f of readdirSync(rulesDir)) {
  for (const rule of JSON.parse(readFileSync(join(rulesDir, f), 'utf8')) as { id: string; category: string; examples?: Record<string, string[]> }[]) {
    for (const [kind, list] of Object.entries(rule.examples ?? {})) {
      list.forEach((text, k) => drafts.push({ id: `${rule.id}#${kind}${k}`, text, expect: new Set(kind === 'flag' ? [rule.category] : []), pack: 'default' }));
    }
  }
}

/** The phrases of one list's group, without the people every target list shares (people.json, pruned by no list). */
function ownGroups(name: string): [string, string[]][] {
  return Object.entries(BUILTIN_LEXICONS[name]!.data).filter(([group]) => !((name === 'derogatory' || name === 'violence') && group === 'target'));
}

/** Each word's first four letters, and a masked word's first letter with its star (`f*`). */
function stemsOf(text: string): Set<string> {
  return new Set(normalize(text).text.toLowerCase().split(/[^\p{L}\p{N}*']+/u).flatMap((w) => (w ? [w.slice(0, 4), ...(w.includes('*') ? [`${w[0]}*`] : [])] : [])));
}

/** A cheap superset of the texts a phrase can match: each literal word's first four letters start one of its words (verbs inflect, nouns take plurals, masks hide letters). */
function couldMatch(phrase: string, stems: ReadonlySet<string>, masked: boolean): boolean {
  return phrase.split(' ').every((w) => !w || w === '_' || w === '...' || w === '#' || stems.has(w.slice(0, 4)) || (masked && stems.has(`${w[0]}*`)));
}

if (process.argv.includes('--measure')) measure(arg('--measure')!);
else unmatched();

/** The entries no draft, rule example or test text matches. */
function unmatched(): void {
  // The string literals of the unit tests: an entry a test reads is documented behaviour.
  const testTexts: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.ts')) for (const m of readFileSync(join(dir, e.name), 'utf8').matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.){8,})\1/g)) testTexts.push(m[2]!.replace(/\\(.)/g, '$1'));
    }
  };
  walk('tests/unit');
  const texts = [...drafts.map((d) => d.text), ...testTexts];
  const tokenised = texts.map((t) => tokenize(normalize(t)));
  const stems = texts.map(stemsOf);
  // Each entry is its own group here, so a match names the entry as listed (a match of `stabbed` is `stab`'s).
  const matched = new Set<string>();
  const lists = LISTS.map((name) => {
    const { data: _data, inflect, plural, ...options } = BUILTIN_LEXICONS[name]!;
    const entries = ownGroups(name).flatMap(([group, phrases]) => phrases.map((p) => [group, p] as const));
    const data = Object.fromEntries(entries.map(([, p], k) => [String(k), [p]]));
    const as = (groups?: readonly string[]) => entries.flatMap(([g], k) => (groups?.includes(g) ? [String(k)] : []));
    return { name, entries, lex: compileLexicon(data, { ...options, inflect: as(inflect), plural: as(plural) }) };
  });
  for (const tokens of tokenised) for (const { name, entries, lex } of lists) for (const m of lex.scan(tokens)) matched.add(`${name}\t${entries[Number(m.group)]![0]}\t${entries[Number(m.group)]![1]}`);
  let dropped = 0;
  for (const name of LISTS) {
    // Both tests: the detectors also read lists in ways a plain scan does not (a word's stem, a
    // word joined to the next), so an entry a scan misses but some text could hold stays.
    const masked = !!BUILTIN_LEXICONS[name]!.masked;
    const unused = ownGroups(name).flatMap(([group, phrases]) =>
      phrases.filter((p) => !matched.has(`${name}\t${group}\t${p}`) && !stems.some((st) => couldMatch(p, st, masked))).map((p) => [group, p] as const));
    dropped += unused.length;
    console.log(`${name}: ${unused.length} entries match nothing`);
    if (!process.argv.includes('--write') || !unused.length) continue;
    const path = `rules/lexicons/${name}.json`;
    const file = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>;
    for (const [group, phrase] of unused) file[group] = file[group]!.filter((p) => p !== phrase);
    writeFileSync(path, JSON.stringify(file, null, 2) + '\n');
  }
  console.log(`${dropped} entries match no draft, example or test${process.argv.includes('--write') ? ': dropped' : ' (--write drops them)'}`);
}

/** Each entry left out in turn, the model's cross-fitted decisions held. */
function measure(scoresFile: string): void {
  const [head, ...lines] = readFileSync(scoresFile, 'utf8').split('\n').filter(Boolean);
  const { threshold } = JSON.parse(head!) as { threshold: Record<string, number | null> };
  const modelSays = new Map<string, Set<string>>();
  for (const l of lines) {
    const r = JSON.parse(l) as { id: string; p: Record<string, number> };
    modelSays.set(r.id, new Set(Object.entries(r.p).filter(([c, p]) => threshold[c] != null && p >= threshold[c]!).map(([c]) => c)));
  }
  const packs = new Map<string, CompiledPack>([['default', compilePack(DEFAULT_PACK)]]);
  const scored = drafts.filter((d) => d.pack === 'default' || modelSays.has(d.id));
  for (const d of scored) if (!packs.has(d.pack)) packs.set(d.pack, compilePack(schoolPack(corpus.profiles.get(d.pack)!)));
  const categoriesOf = (pack: CompiledPack, text: string) => new Set<string>(createAnalyzer(pack).analyze(text).map((f) => f.category));
  const baseline = new Map(scored.map((d) => [d.id, categoriesOf(packs.get(d.pack)!, d.text)]));
  const stems = new Map(scored.map((d) => [d.id, stemsOf(d.text)]));
  const report = ['list\tgroup\tentry\tdrafts it may match\tlost right (model would miss)\tlost wrong\tnew wrong (model would not)\tnew right'];
  for (const name of LISTS) {
    const { data, ...options } = BUILTIN_LEXICONS[name]!;
    // Entries go one at a time, each measured against the lists as they stand after the ones before it went.
    const current: Record<string, string[]> = Object.fromEntries(Object.entries(data).map(([g, l]) => [g, [...l]]));
    for (const [group, phrases] of ownGroups(name)) {
      for (const phrase of phrases) {
        const without = compileLexicon({ ...current, [group]: current[group]!.filter((p) => p !== phrase) }, options);
        const k = { may: 0, lostRight: 0, lostWrong: 0, newWrong: 0, newRight: 0 };
        const outcomes = new Map<string, Set<string>>();
        for (const d of scored) {
          if (!couldMatch(phrase, stems.get(d.id)!, !!options.masked)) continue;
          k.may++;
          const base = packs.get(d.pack)!;
          const before = baseline.get(d.id)!;
          const after = categoriesOf({ ...base, lexicons: { ...base.lexicons, [name]: without } }, d.text);
          outcomes.set(d.id, after);
          const model = modelSays.get(d.id) ?? new Set();
          for (const c of before) if (!after.has(c) && !model.has(c)) d.expect.has(c) ? k.lostRight++ : k.lostWrong++;
          for (const c of after) if (!before.has(c) && !model.has(c)) d.expect.has(c) ? k.newRight++ : k.newWrong++;
        }
        if (!k.lostRight && !k.newWrong) {
          current[group] = current[group]!.filter((p) => p !== phrase);
          for (const [id, after] of outcomes) baseline.set(id, after);
          const lex = compileLexicon(current, options);
          for (const [key, base] of packs) packs.set(key, { ...base, lexicons: { ...base.lexicons, [name]: lex } });
        }
        report.push([name, group, phrase, k.may, k.lostRight, k.lostWrong, k.newWrong, k.newRight].join('\t'));
      }
    }
    console.error(`${name}: measured`);
  }
  const out = `/tmp/prune-measure-${LISTS.join('+')}.tsv`;
  writeFileSync(out, report.join('\n') + '\n');
  console.log(`report: ${out}`);
}
