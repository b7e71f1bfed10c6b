// From sign.ts, not the index: Playwright loads this in plain Node ESM, where the index's JSON imports fail.
import { generateKeys, signPack, type ExportedKeys } from '../../../lib/rule-pack/sign';
import type { PackV2 } from '../../../rules/schema';

/**
 * Signed test packs, with keys made at test time (never a committed private key).
 * Shared by the unit tests here and tests/e2e/packs*.spec.ts.
 */
export const TEST_PACK_ID = 'school:test-academy';

/** Version N of a school pack: each version adds a custom term "codeword-N" the school keeps confidential. */
export function schoolPack(version: number, overrides: Partial<PackV2> = {}): PackV2 {
  return {
    schemaVersion: 2,
    id: TEST_PACK_ID,
    version,
    issuedAt: '2026-11-25T09:00:00Z',
    publisher: { name: 'Test Academy leadership' },
    profile: { school: { name: 'Test Academy' } },
    terms: Array.from({ length: version }, (_, i) => ({ text: `codeword-${i + 1}`, category: 'confidential' as const })),
    examples: [{ text: `The plan codeword-${version} is ready`, expect: ['confidential'] }],
    ...overrides,
  };
}

export async function testKeys(): Promise<ExportedKeys> {
  return generateKeys();
}

export async function signed(pack: PackV2, keys: ExportedKeys): Promise<string> {
  return JSON.stringify(await signPack(pack, keys.privateKey));
}

/** The same signed pack with one character of the policy-visible content changed after signing. */
export function tampered(signedText: string): string {
  const doc = JSON.parse(signedText) as { pack: PackV2 };
  doc.pack.publisher.name += ' (edited)';
  return JSON.stringify(doc);
}
