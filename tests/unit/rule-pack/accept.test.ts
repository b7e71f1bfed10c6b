import { beforeAll, describe, expect, it } from 'vitest';
import { acceptPack } from '../../../lib/rule-pack/accept';
import { canonicalJson } from '../../../lib/rule-pack/canonical';
import { generateKeys, signPack, type ExportedKeys } from '../../../lib/rule-pack/sign';
import { schoolPack } from './helpers';

let keys: ExportedKeys;
let signedText: string;
beforeAll(async () => {
  keys = await generateKeys();
  signedText = canonicalJson(await signPack(schoolPack(), keys.privateKey));
});
const trust = () => ({ trustedKeys: [keys.publicKey] });

describe('acceptPack: each stage refuses with a reason', () => {
  it('accepts a good signed pack newer than the one in force', async () => {
    const r = await acceptPack(signedText, { trust: trust(), inForce: { id: 'school:st-aidans-leeds', version: 1 } });
    expect(r).toMatchObject({ ok: true, signed: true, keyId: keys.keyId, pack: { version: 2 }, runtime: { schemaVersion: 1 } });
  });
  it('size', async () => {
    expect(await acceptPack(signedText, { trust: trust(), maxBytes: 100 })).toMatchObject({ ok: false, stage: 'size', reason: expect.stringMatching(/more than the 100/) });
  });
  it('json', async () => {
    expect(await acceptPack('{"pack": ', { trust: trust() })).toMatchObject({ ok: false, stage: 'json' });
    expect(await acceptPack(new Uint8Array([0x7b, 0xff, 0x7d]), { trust: trust() })).toMatchObject({ ok: false, stage: 'json' });
  });
  it('schema: the reason names the field', async () => {
    const bad = { ...schoolPack(), version: -1, publisher: { name: '' } };
    const r = await acceptPack(JSON.stringify(bad), { trust: { trustedKeys: [], allowUnsigned: true } });
    expect(r).toMatchObject({ ok: false, stage: 'schema' });
    expect(!r.ok && r.reason).toMatch(/version: .*publisher\.name: must not be empty/);
    const typo = await acceptPack({ ...schoolPack(), retentionDay: 3 }, { trust: { trustedKeys: [], allowUnsigned: true } });
    expect(!typo.ok && typo.reason).toMatch(/retentionDay: unknown field/);
  });
  it('signature: unsigned refused unless the policy allows it', async () => {
    const plain = JSON.stringify(schoolPack());
    expect(await acceptPack(plain, { trust: trust() })).toMatchObject({ ok: false, stage: 'signature', reason: expect.stringMatching(/not signed/) });
    expect(await acceptPack(plain, { trust: { trustedKeys: [], allowUnsigned: true } })).toMatchObject({ ok: true, signed: false });
  });
  it('signature: tampered, or an untrusted key', async () => {
    const tampered = signedText.replace('"version":2', '"version":9');
    expect(await acceptPack(tampered, { trust: trust() })).toMatchObject({ ok: false, stage: 'signature', reason: expect.stringMatching(/does not match/) });
    const other = await generateKeys();
    expect(await acceptPack(signedText, { trust: { trustedKeys: [other.publicKey] } })).toMatchObject({ ok: false, stage: 'signature' });
  });
  it.each([[2], [3]])('version: refuses version 2 when %i is in force (same pack id)', async (inForce) => {
    const r = await acceptPack(signedText, { trust: trust(), inForce: { id: 'school:st-aidans-leeds', version: inForce } });
    expect(r).toMatchObject({ ok: false, stage: 'version', reason: expect.stringMatching(`not newer than version ${inForce}`) });
  });
  it('version: another pack id may replace the one in force', async () => {
    expect(await acceptPack(signedText, { trust: trust(), inForce: { id: 'postguard-default', version: 5 } })).toMatchObject({ ok: true });
  });
  // Issue 12, point 4: no rollback under another id (lib/rule-pack/freshness.ts). signedText is
  // school:st-aidans-leeds version 2, issued 2026-11-25T09:00:00Z.
  it.each([
    ['an id the policy does not pin', { pinnedIds: ['school:other'] }, /pack id school:st-aidans-leeds is not one this school's policy accepts \(packIds: school:other\)/],
    ['a version at the highest seen for its id, another id in force', { inForce: { id: 'trust:x', version: 9 }, highestSeen: { 'school:st-aidans-leeds': 2 } }, /not newer than version 2, already accepted on this device/],
    ['an issue date before the pack in force, another id', { inForce: { id: 'trust:x', version: 1, issuedAt: '2026-11-26T00:00:00Z' } }, /issued \(2026-11-25T09:00:00Z\) before the pack in force, trust:x version 1/],
  ])('version: refuses %s', async (_what, opts, reason) => {
    expect(await acceptPack(signedText, { trust: trust(), ...opts })).toMatchObject({ ok: false, stage: 'version', reason: expect.stringMatching(reason) });
  });
  it('version: pinned, above the highest seen, issued later: accepted', async () => {
    const opts = { pinnedIds: ['school:st-aidans-leeds'], highestSeen: { 'school:st-aidans-leeds': 1 }, inForce: { id: 'trust:x', version: 1, issuedAt: '2026-11-24T00:00:00Z' } };
    expect(await acceptPack(signedText, { trust: trust(), ...opts })).toMatchObject({ ok: true });
  });
  it('version: an expired pack is refused; before its expiry it is accepted', async () => {
    const text = canonicalJson(await signPack(schoolPack({ expiresAt: '2026-12-01T00:00:00Z' }), keys.privateKey));
    expect(await acceptPack(text, { trust: trust(), now: Date.parse('2026-12-01T00:00:00Z') })).toMatchObject({ ok: false, stage: 'version', reason: expect.stringMatching(/expired on 2026-12-01T00:00:00Z/) });
    expect(await acceptPack(text, { trust: trust(), now: Date.parse('2026-11-30T23:59:59Z') })).toMatchObject({ ok: true, pack: { expiresAt: '2026-12-01T00:00:00Z' }, runtime: { expiresAt: '2026-12-01T00:00:00Z' } });
  });
  it('examples: a pack whose own examples fail is refused, saying which', async () => {
    const pack = schoolPack({ categories: { profanity: { enabled: false } } });
    const text = canonicalJson(await signPack(pack, keys.privateKey));
    const r = await acceptPack(text, { trust: trust() });
    expect(r).toMatchObject({ ok: false, stage: 'examples' });
    expect(!r.ok && r.reason).toMatch(/"What the fuck happened to summer" should flag profanity but flags nothing/);
  });
});
