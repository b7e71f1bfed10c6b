import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { canonicalJson } from '../rule-pack/canonical';
import { describeChanges } from '../rule-pack/diff';
import { generateKeys, signPack, verifySignedPack } from '../rule-pack/sign';
import { readJson, UsageError } from './load';
import { readKey, readPackFile, writeNew, writeOut } from './pack-io';

type Log = (line: string) => void;

/** `pack keygen`: the private key readable by its owner only (0600), the public key beside it. */
export async function keygen(dir: string, log: Log): Promise<number> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot create ${dir}: ${(e as Error).message}`);
  }
  const keys = await generateKeys();
  const priv = join(dir, 'postguard-pack.key'), pub = join(dir, 'postguard-pack.pub');
  writeNew(priv, `${keys.privateKey}\n`, 0o600);
  writeNew(pub, `${keys.publicKey}\n`);
  log(`key ${keys.keyId}\n  private: ${resolve(priv)} (keep it secret; mode 0600)\n  public:  ${resolve(pub)} (trust it in the extension's policy)`);
  return 0;
}

/**
 * `pack sign`: written as canonical JSON, one line, no trailing newline: then
 * every byte of the file is covered, and changing any one is caught.
 */
export async function sign(keyPath: string, inPath: string, outPath: string, log: Log): Promise<number> {
  const key = readKey(keyPath, 'private key');
  const { pack } = readPackFile(inPath);
  let signed;
  try {
    signed = await signPack(pack, key);
  } catch (e) {
    throw new UsageError(`private key ${keyPath} cannot sign: ${(e as Error).message}`);
  }
  writeOut(outPath, canonicalJson(signed));
  log(`signed ${pack.id} version ${pack.version} with key ${signed.signature.keyId} -> ${outPath}`);
  return 0;
}

/** `pack verify`: 0 when signed by one of the keys given, 1 with the reason when not. */
export async function verify(pubPaths: string[], inPath: string, log: Log, err: Log): Promise<number> {
  const keys = pubPaths.map((p) => readKey(p, 'public key'));
  const r = await verifySignedPack(readJson(inPath, 'signed pack'), keys);
  if (!r.ok) {
    err(`invalid: ${r.reason}`);
    return 1;
  }
  log(`valid: ${r.pack.id} version ${r.pack.version}, issued ${r.pack.issuedAt} by ${r.pack.publisher.name}, signed with key ${r.keyId}`);
  return 0;
}

/** `pack diff OLD NEW`: the changes in the words staff will read. */
export function diff(oldPath: string, newPath: string, log: Log): number {
  const a = readPackFile(oldPath, 'pack', true).pack, b = readPackFile(newPath, 'pack', true).pack;
  const lines = describeChanges(a, b);
  log(`${a.id} version ${a.version} -> ${b.id} version ${b.version}`);
  log(lines.length ? lines.map((l) => `  ${l}`).join('\n') : '  No changes');
  return 0;
}
