import { readFileSync } from 'node:fs';
import { DEFAULT_PACK } from '../../rules/default-pack';
import { PackSchema, ProfileSchema, parseWith, type Pack } from '../../rules/schema';

/** A problem with the command's input: printed as is, exit status 2. */
export class UsageError extends Error {}

function readJson(path: string, what: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  try {
    return JSON.parse(raw.replace(/^\uFEFF/, ''));
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
  const path = opts.pack ?? opts.profile;
  if (!path) return DEFAULT_PACK;
  const what = opts.pack ? 'pack' : 'profile';
  const data = readJson(path, what);
  const isPack = typeof data === 'object' && data !== null && 'schemaVersion' in data;
  if (isPack || opts.pack) {
    const r = parseWith(PackSchema, data);
    if (!r.ok) throw new UsageError(`invalid ${what} ${path}:\n  ${r.errors.join('\n  ')}`);
    return r.value;
  }
  const r = parseWith(ProfileSchema, data);
  if (!r.ok) throw new UsageError(`invalid profile ${path}:\n  ${r.errors.join('\n  ')}`);
  return { ...DEFAULT_PACK, profile: r.value };
}
