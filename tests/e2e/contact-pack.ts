import { expect } from '@playwright/test';
import { hashPupilsInProfile } from '../../lib/rule-pack/pupils';
import { newRosterKey } from '../../lib/rule-pack/roster-key';
import type { PackV2 } from '../../rules/schema';
import { schoolPack, signed, testKeys } from '../unit/background/pack-builder';
import { evaluateIn, type Evaluator } from './driver/driver';
import { writePrivate } from './private-store';

/**
 * The pack the guards' specs put in force (issue 15): a school whose roster holds the
 * pupils the contact fixtures show, as keyed hashes (the key carried in the pack, as a
 * file used without managed policy carries it), so the guards match hashed rosters.
 * "Noah" is a one-name entry: a first name alone, which never holds anything.
 */
export const CONTACT_PUPILS = ['Poppy Carter', "Zoe O'Brien", 'Tom Sample', 'Noah'];

export function contactPack(overrides: Partial<PackV2> = {}): PackV2 {
  const profile = hashPupilsInProfile({ school: { name: 'Test Academy' }, pupils: CONTACT_PUPILS }, { key: newRosterKey(), embed: true });
  return schoolPack(1, { profile, examples: [{ text: 'The plan codeword-1 is ready', expect: ['confidential'] }], ...overrides });
}

/** Trusts a fresh key and imports the signed pack through an extension page, as IT would import a file. */
export async function putPackInForce(extensionPage: Evaluator, pack: PackV2): Promise<void> {
  const keys = await testKeys();
  const text = await signed(pack, keys);
  await writePrivate(extensionPage, 'pack-settings', { trustedKeys: [keys.publicKey] });
  const status = await evaluateIn(extensionPage, async (text) => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
    return chrome.runtime.sendMessage({ type: 'import-pack', data: { text } });
  }, text);
  expect(status, JSON.stringify(status)).toMatchObject({ lastResult: 'accepted', version: pack.version });
}
