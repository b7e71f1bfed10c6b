/**
 * The training corpus (rules/training/, see its README): drafts written to the
 * labelling conventions by writers who never saw the code or any evaluation set,
 * each with the profile of the school its writer works at, and public labelled
 * datasets whose labels are mapped to ours. A public set judges only some of our
 * categories (a sexism set says nothing of swearing): `judged` lists them, and
 * the trainer learns nothing from it about the others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, type Category } from '../../rules/categories';
import { ProfileSchema, type Pack, type Profile } from '../../rules/schema';
import { DEFAULT_PACK } from '../../rules/default-pack';
import { withEverydayWords } from '../../lib/rule-pack/name-context';

export const TRAINING_DIR = 'rules/training';

export interface Example {
  readonly id: string;
  readonly text: string;
  readonly expect: readonly Category[];
  /** Categories this example's labels speak for. */
  readonly judged: ReadonlySet<Category>;
  /** Key into `Corpus.profiles`. */
  readonly profile: string;
  /** `written/<writer>` or `public/<name>`. */
  readonly source: string;
  /** How much one example counts in training (public sets count less: other voices, other conventions). */
  readonly weight: number;
}

export interface Corpus {
  readonly examples: readonly Example[];
  readonly profiles: ReadonlyMap<string, Profile>;
}

interface PublicSource {
  readonly judged: Category[];
  readonly weight: number;
}

/** A school that appears in no public set: public rows are read with it, as a page with no school named. */
export const NEUTRAL_PROFILE = 'neutral';

const ALL = new Set<Category>(CATEGORIES);

export function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${path}:${i + 1}: ${(e as Error).message}`);
      }
    });
}

export function checkLabels(expect: unknown, where: string): Category[] {
  if (!Array.isArray(expect)) throw new Error(`${where}: expect is not a list`);
  for (const c of expect) if (!ALL.has(c as Category)) throw new Error(`${where}: unknown category ${JSON.stringify(c)}`);
  return [...new Set(expect as Category[])].sort();
}

export function loadCorpus(dir = TRAINING_DIR): Corpus {
  const profiles = new Map<string, Profile>([[NEUTRAL_PROFILE, { school: { name: 'Nowhere Primary School' } }]]);
  const examples: Example[] = [];
  const writtenDir = join(dir, 'written');
  for (const writer of readdirSync(writtenDir).filter((d) => !d.includes('.')).sort()) {
    const schools = JSON.parse(readFileSync(join(writtenDir, writer, 'schools.json'), 'utf8')) as Record<string, unknown>;
    for (const [id, p] of Object.entries(schools)) profiles.set(`${writer}/${id}`, ProfileSchema.parse(p));
    for (const d of jsonl<{ id: string; school: string; text: string; expect: unknown }>(join(writtenDir, writer, 'drafts.jsonl'))) {
      const profile = `${writer}/${d.school}`;
      if (!profiles.has(profile)) throw new Error(`${d.id}: no school ${d.school} in ${writer}/schools.json`);
      examples.push({ id: d.id, text: d.text, expect: checkLabels(d.expect, d.id), judged: ALL, profile, source: `written/${writer}`, weight: 1 });
    }
  }
  const publicDir = join(dir, 'public');
  const sources = JSON.parse(readFileSync(join(publicDir, 'sources.json'), 'utf8')) as Record<string, PublicSource>;
  for (const [name, src] of Object.entries(sources).filter(([k]) => !k.startsWith('_'))) {
    const judged = new Set(src.judged.map((c) => checkLabels([c], `${name}.judged`)[0]!));
    for (const r of jsonl<{ id: string; text: string; expect: unknown }>(join(publicDir, name, 'rows.jsonl'))) {
      const expect = checkLabels(r.expect, r.id).filter((c) => judged.has(c));
      examples.push({ id: r.id, text: r.text, expect, judged, profile: NEUTRAL_PROFILE, source: `public/${name}`, weight: src.weight });
    }
  }
  return { examples, profiles };
}

/**
 * The pack a draft of this school is read with: the default pack with the school's
 * profile and the everyday words its names hold, as `postguard check --profile`
 * and `pack build` make it (lib/cli/load.ts). Training must read a draft as the
 * product will, or "the Amber" is a school in training and an amber light at use.
 */
export function schoolPack(profile: Profile): Pack {
  const lexicons = withEverydayWords(DEFAULT_PACK.lexicons, profile);
  return { ...DEFAULT_PACK, profile, ...(lexicons ? { lexicons } : {}) };
}
