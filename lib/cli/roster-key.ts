import { resolve } from 'node:path';
import { isRosterKey, newRosterKey, rosterKeyId, rosterKeyPolicySnippets } from '../rule-pack/roster-key';
import { readText, UsageError } from './load';
import { writeNew } from './pack-io';

/**
 * The school's roster key on the command line (issue 12). It keys the hashes
 * of pupils and private terms; it is a secret, so it is read from a file
 * (`--roster-key FILE`, what `pack key` writes, mode 0600) or from the
 * environment (`POSTGUARD_ROSTER_KEY`, the key itself, for CI secrets), never
 * taken as a command-line value, which other users see in the process list and
 * shells keep in their history.
 */
export const ROSTER_KEY_ENV = 'POSTGUARD_ROSTER_KEY';

export function readRosterKey(file: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (file !== undefined) {
    const text = readText(file, 'roster key').trim();
    if (!isRosterKey(text)) throw new UsageError(`roster key ${file} is not a roster key (32 bytes in base64, as written by postguard pack key)`);
    return text;
  }
  const fromEnv = env[ROSTER_KEY_ENV]?.trim();
  if (!fromEnv) return undefined;
  if (!isRosterKey(fromEnv)) throw new UsageError(`${ROSTER_KEY_ENV} is not a roster key (32 bytes in base64, as written by postguard pack key)`);
  return fromEnv;
}

/** `pack key --out FILE`: a new roster key (0600), its id, and the managed-policy snippets that give it to staff browsers. */
export function keyCommand(out: string, log: (line: string) => void): number {
  const key = newRosterKey();
  writeNew(out, `${key}\n`, 0o600);
  const snippets = rosterKeyPolicySnippets(key, { gecko: 'postguard@postguard.example' });
  log([
    `roster key ${rosterKeyId(key)}: ${resolve(out)} (keep it secret; mode 0600)`,
    'Build packs with it: postguard pack build --roster-key FILE ... (or POSTGUARD_ROSTER_KEY).',
    'Give it to staff browsers by managed policy, as "rosterKey" beside packUrl and trustedKeys:',
    'Chromium (/etc/chromium/policies/managed/postguard.json, or the Windows/Google Admin equivalent):',
    snippets.chromium,
    'Firefox (policies.json in the distribution folder):',
    snippets.firefox,
  ].join('\n'));
  return 0;
}
