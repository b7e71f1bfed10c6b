import { readFileSync } from 'node:fs';
import { DEFAULT_PACK } from '../../rules/default-pack';
import { toRuntimePack } from '../rule-pack/layer';
import { withEverydayWords } from '../rule-pack/name-context';
import { parseStrictJson } from '../rule-pack/strict-json';
import { PackSchema, PackV2Schema, ProfileSchema, parseWith, type Pack } from '../../rules/schema';

/** A problem with the command's input: printed as is, exit status 2. */
export class UsageError extends Error {}

export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

export function readJson(path: string, what: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  try {
    // The same strict reading as the extension: `pack verify` must not pass what the extension refuses.
    return parseStrictJson(raw);
  } catch (e) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * The pack to check with: the default pack, with the profile's school when
 * --profile is given (the contract's profile shape, accepted as is), or a
 * whole pack file when --pack (or a --profile file that is a pack) is given.
 */
export function loadPack(opts: { profile?: string; pack?: string }): Pack {
  return withNameWords(readPack(opts));
}

/**
 * The everyday words of the school's names added to the pack's word lists, as
 * `pack build` writes them (lib/rule-pack/name-context.ts): a profile given as
 * is, or a pack built before them, then judges `Summit` as the extension does.
 */
function withNameWords(pack: Pack): Pack {
  const lexicons = withEverydayWords(pack.lexicons, pack.profile);
  return lexicons === pack.lexicons ? pack : { ...pack, lexicons };
}

function readPack(opts: { profile?: string; pack?: string }): Pack {
  const path = opts.pack ?? opts.profile;
  if (!path) return DEFAULT_PACK;
  const what = opts.pack ? 'pack' : 'profile';
  const data = readJson(path, what);
  // A signed pack: its inner pack (main.ts checks the signature first when --pub is given).
  const inner = typeof data === 'object' && data !== null && 'signature' in data && 'pack' in data ? (data as { pack: unknown }).pack : data;
  const isPack = typeof inner === 'object' && inner !== null && 'schemaVersion' in inner;
  if (isPack && (inner as { schemaVersion: unknown }).schemaVersion === 2) {
    const r = parseWith(PackV2Schema, inner);
    if (!r.ok) throw new UsageError(`invalid ${what} ${path}:\n  ${r.errors.join('\n  ')}`);
    return toRuntimePack(r.value);
  }
  if (isPack || opts.pack) {
    const r = parseWith(PackSchema, inner);
    if (!r.ok) throw new UsageError(`invalid ${what} ${path}:\n  ${r.errors.join('\n  ')}`);
    return r.value;
  }
  const r = parseWith(ProfileSchema, data);
  if (!r.ok) throw new UsageError(`invalid profile ${path}:\n  ${r.errors.join('\n  ')}`);
  return { ...DEFAULT_PACK, profile: r.value };
}
