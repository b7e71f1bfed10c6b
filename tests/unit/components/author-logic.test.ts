import { describe, expect, it } from 'vitest';
import { emptyDraft, exportablePack, draftToPack } from '../../../components/author/draft';
import { KDF_MAX_ROUNDS, KDF_MIN_ROUNDS, lockKeys, unlockKeys } from '../../../components/author/key-vault';
import { generateKeys, signPack, verifySignedPack } from '../../../lib/rule-pack/sign';
import { rosterKeyId } from '../../../lib/rule-pack/roster-key';

const draft = () => ({
  ...emptyDraft(),
  packId: 'school:oakhollow-primary',
  version: 3,
  school: { ...emptyDraft().school, name: 'Oakhollow Primary School', aliases: 'Oakhollow\n\nOPS\n', postcode: 'ZZ1 1ZZ' },
  staff: [{ name: 'Hetty Pembrook-Lyle', role: 'Teacher' }],
  pupils: ['Toby Quillfeather', 'Seun Abbott'],
  sections: [{ id: '5', title: 'Outside school', summary: 'Keep accounts private.' }],
  categories: { profanity: { severity: 'high' as const, message: '  ' } },
});

describe('the authoring draft as a pack', () => {
  it('turns one-per-line fields into lists, leaves empty fields out, keeps pupils in clear for trying drafts', () => {
    const pack = draftToPack(draft(), '2026-11-25T12:00:00Z');
    expect(pack.profile?.school).toEqual({ name: 'Oakhollow Primary School', aliases: ['Oakhollow', 'OPS'], postcode: 'ZZ1 1ZZ' });
    expect(pack.publisher).toEqual({ name: 'Oakhollow Primary School' });
    expect(pack.categories).toEqual({ profanity: { severity: 'high' } });
    expect(pack.profile?.pupils).toEqual(['Toby Quillfeather', 'Seun Abbott']);
  });

  it('the exported pack holds no pupil name in its bytes', () => {
    const built = exportablePack(draft(), '2026-11-25T12:00:00Z');
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const bytes = JSON.stringify(built.value);
    for (const word of ['Toby', 'Quillfeather', 'Seun', 'Abbott']) expect(bytes).not.toContain(word);
    expect(built.value.profile?.pupilHashes).toBeDefined();
  });

  it('carries an expiry date into the pack as the start of that day (UTC), and refuses one already past', () => {
    expect(draftToPack(draft(), '2026-11-25T12:00:00Z')).not.toHaveProperty('expiresAt');
    const built = exportablePack({ ...draft(), expiresOn: '2027-08-31' }, '2026-11-25T12:00:00Z');
    expect(built).toMatchObject({ ok: true, value: { expiresAt: '2027-08-31T00:00:00Z' } });
    expect(exportablePack({ ...draft(), expiresOn: '2026-11-25' }, '2026-11-25T12:00:00Z')).toEqual({ ok: false, errors: [expect.stringMatching(/^expiresAt: /)] });
  });

  it('keys the hashes with the draft\'s roster key, names the key by id, and leaves the key out unless asked', () => {
    const d = draft();
    const built = exportablePack(d, '2026-11-25T12:00:00Z');
    if (!built.ok) throw new Error(built.errors.join('\n'));
    expect(built.value.profile?.pupilHashes).toMatchObject({ scheme: 'hmac-sha256', keyId: rosterKeyId(d.rosterKey!) });
    expect(JSON.stringify(built.value)).not.toContain(d.rosterKey!);
    const embedded = exportablePack({ ...d, embedRosterKey: true }, '2026-11-25T12:00:00Z');
    if (!embedded.ok) throw new Error(embedded.errors.join('\n'));
    expect(embedded.value.profile?.pupilHashes).toMatchObject({ key: d.rosterKey });
    expect(emptyDraft().rosterKey).not.toBe(emptyDraft().rosterKey);
  });

  it('a fresh salt each export: two versions share no hash', () => {
    const a = exportablePack(draft(), '2026-11-25T12:00:00Z'), b = exportablePack(draft(), '2026-11-26T12:00:00Z');
    if (!a.ok || !b.ok) throw new Error('export failed');
    const names = (p: typeof a.value) => (p.profile!.pupilHashes as { names: string[] }).names;
    expect(names(a.value).some((h) => names(b.value).includes(h))).toBe(false);
  });

  it('refuses an export whose clear text names a pupil, naming the field', () => {
    const d = { ...draft(), terms: [{ text: 'the Seun Abbott complaint', category: 'confidential' as const }], sections: [{ id: '5', title: 'Outside school', summary: 'Keep accounts private.', text: 'As when toby QUILLFEATHER was named' }] };
    const built = exportablePack(d, '2026-11-25T12:00:00Z');
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.errors).toEqual([
      expect.stringMatching(/^policy\.sections\[0\]\.text: contains the full name of pupil 1 on the roster/),
      expect.stringMatching(/^terms\[0\]\.text: contains the full name of pupil 2 on the roster/),
    ]);
  });

  it('with hashTerms, the custom terms leave the pack as keyed hashes', () => {
    const d = { ...draft(), hashTerms: true, terms: [{ text: 'Project Lantern', category: 'confidential' as const }] };
    const built = exportablePack(d, '2026-11-25T12:00:00Z');
    if (!built.ok) throw new Error(built.errors.join('\n'));
    expect(JSON.stringify(built.value).toLowerCase()).not.toContain('lantern');
    expect(built.value.profile?.termHashes).toMatchObject({ scheme: 'hmac-sha256', terms: { confidential: [expect.any(String)] } });
  });

  it('carries the pause and the retention into the pack only when set, and the schema checks them', () => {
    expect(draftToPack(draft(), '2026-11-25T12:00:00Z')).not.toHaveProperty('pause');
    expect(draftToPack(draft(), '2026-11-25T12:00:00Z')).not.toHaveProperty('retentionDays');
    const set = { ...draft(), pause: { level: 'warn' as const, locked: true }, retentionDays: 14 };
    const built = exportablePack(set, '2026-11-25T12:00:00Z');
    if (!built.ok) throw new Error(built.errors.join('\n'));
    expect(built.value.pause).toEqual({ level: 'warn', locked: true });
    expect(built.value.retentionDays).toBe(14);
    expect(draftToPack({ ...set, pause: { level: 'off', locked: false } }, '2026-11-25T12:00:00Z').pause).toEqual({ level: 'off' });
    const bad = exportablePack({ ...set, retentionDays: 2.5 }, '2026-11-25T12:00:00Z');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors).toEqual([expect.stringMatching(/^retentionDays: /)]);
  });

  it('names the field that stops an export', () => {
    const built = exportablePack({ ...draft(), packId: 'Oakhollow Primary', school: { ...emptyDraft().school } }, '2026-11-25T12:00:00Z');
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors).toEqual(expect.arrayContaining([expect.stringMatching(/^id: must be lowercase/), expect.stringMatching(/^profile\.school\.name: /)]));
  });
});

describe('the key file', () => {
  it('round-trips the keys with the passphrase, refuses a wrong one, and the keys still sign', async () => {
    const keys = await generateKeys();
    // The fewest rounds a file may ask for, to keep the test quick (the page uses KDF_ROUNDS).
    const file = JSON.stringify(await lockKeys(keys, 'correct horse battery', KDF_MIN_ROUNDS));
    expect(file).not.toContain(keys.privateKey);
    await expect(unlockKeys(file, 'wrong passphrase')).rejects.toThrow('Wrong passphrase');
    const back = await unlockKeys(file, 'correct horse battery');
    expect(back).toEqual(keys);
    const built = exportablePack(draft(), '2026-11-25T12:00:00Z');
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const signed = await signPack(built.value, back.privateKey);
    expect(await verifySignedPack(signed, [keys.publicKey])).toMatchObject({ ok: true, keyId: keys.keyId });
  });

  it('refuses a short passphrase and a file that is not a key file', async () => {
    const keys = await generateKeys();
    await expect(lockKeys(keys, 'short')).rejects.toThrow('at least 8');
    await expect(unlockKeys('{"format":"other"}', 'whatever1')).rejects.toThrow('not a postguard key file');
  });

  it('refuses a file whose PBKDF2 round count was edited out of bounds, before deriving anything (issue 12, point 12)', async () => {
    const keys = await generateKeys();
    const file = await lockKeys(keys, 'correct horse battery', KDF_MIN_ROUNDS);
    const withRounds = (iterations: unknown) => JSON.stringify({ ...file, kdf: { ...file.kdf, iterations } });
    // Too few: the passphrase would be cheap to guess from a stolen file.
    await expect(unlockKeys(withRounds(1), 'correct horse battery')).rejects.toThrow('asks for 1 PBKDF2 rounds, fewer than the 100,000 postguard accepts');
    await expect(unlockKeys(withRounds(KDF_MIN_ROUNDS - 1), 'correct horse battery')).rejects.toThrow(/fewer than/);
    // Too many: 2^31 rounds would hold the page for many minutes; refused at once (this test would time out otherwise).
    await expect(unlockKeys(withRounds(2 ** 31), 'correct horse battery')).rejects.toThrow('more than the 10,000,000 postguard accepts');
    await expect(unlockKeys(withRounds(KDF_MAX_ROUNDS + 1), 'correct horse battery')).rejects.toThrow(/more than/);
    for (const bad of ['600000', 1.5, null, Number.NaN]) await expect(unlockKeys(withRounds(bad), 'correct horse battery')).rejects.toThrow('no valid PBKDF2 round count');
    // The bounds hold when making a backup too.
    await expect(lockKeys(keys, 'correct horse battery', 1000)).rejects.toThrow(/fewer than/);
    expect(await unlockKeys(withRounds(KDF_MIN_ROUNDS), 'correct horse battery')).toEqual(keys);
  });
});
