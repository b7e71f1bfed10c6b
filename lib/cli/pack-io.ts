import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { fromV1 } from '../rule-pack/layer';
import { PackSchema, PackV2Schema, ProfileSchema, parseWith, type Pack, type PackV2 } from '../../rules/schema';
import { readJson, readText, UsageError } from './load';

/** What a pack file holds: a v2 pack, maybe inside a signed envelope. */
export interface PackFile {
  pack: PackV2;
  /** The whole file when it is a signed envelope `{ pack, signature }`. */
  envelope?: { pack: unknown; signature: unknown };
  /** The file held a v1 pack (turned into v2 here). */
  v1?: Pack;
}

const invalid = (what: string, path: string, errors: string[]) => new UsageError(`invalid ${what} ${path}:\n  ${errors.join('\n  ')}`);

/** Reads a signed or unsigned v2 pack, or (when `older` is set) a v1 pack too. Bad input: UsageError naming the field. */
export function readPackFile(path: string, what = 'pack', older = false): PackFile {
  const data = readJson(path, what);
  const isEnvelope = typeof data === 'object' && data !== null && 'signature' in data && 'pack' in data;
  const inner = isEnvelope ? (data as { pack: unknown }).pack : data;
  const version = typeof inner === 'object' && inner !== null ? (inner as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (older && version === 1) {
    const r = parseWith(PackSchema, inner);
    if (!r.ok) throw invalid(what, path, r.errors);
    return { pack: fromV1(r.value), v1: r.value };
  }
  const r = parseWith(PackV2Schema, inner);
  if (!r.ok) throw invalid(what, path, r.errors);
  return { pack: r.value, ...(isEnvelope ? { envelope: data as PackFile['envelope'] } : {}) };
}

/** A profile file: the contract's bare profile, or a v2 pack used as the template of the new one. */
export function readProfileOrPack(path: string): { profile?: unknown; template?: PackV2 } {
  const data = readJson(path, 'profile');
  if (typeof data === 'object' && data !== null && 'schemaVersion' in data) return { template: readPackFile(path, 'profile').pack };
  const r = parseWith(ProfileSchema, data);
  if (!r.ok) throw invalid('profile', path, r.errors);
  return { profile: r.value };
}

/** A key file holds one base64 line (what `pack keygen` writes). */
export function readKey(path: string, what: string): string {
  const text = readText(path, what).trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) throw new UsageError(`${what} ${path} is not a base64 key (as written by postguard pack keygen)`);
  return text;
}

export function writeNew(path: string, body: string, mode?: number): void {
  if (existsSync(path)) throw new UsageError(`${path} already exists: not overwriting a key`);
  writeFileSync(path, body, { mode: mode ?? 0o644, flag: 'wx' });
  if (mode !== undefined) chmodSync(path, mode);
}

export function writeOut(path: string, body: string): void {
  try {
    writeFileSync(path, body);
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${(e as Error).message}`);
  }
}
