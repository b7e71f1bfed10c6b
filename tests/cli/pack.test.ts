import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The whole round trip IT runs, with the BUILT CLI: keygen -> build -> sign -> verify -> check --pack.
const CLI = join(import.meta.dirname, '../../dist/postguard.mjs');
const run = (args: string[], input?: string, env: NodeJS.ProcessEnv = {}) => {
  // The caller's own POSTGUARD_ROSTER_KEY must not leak into these runs.
  const { POSTGUARD_ROSTER_KEY: _k, ...base } = process.env;
  return spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...base, ...env } });
};
const tmp = mkdtempSync(join(tmpdir(), 'postguard-pack-'));
const at = (name: string) => join(tmp, name);
const file = (name: string, body: string) => {
  writeFileSync(at(name), body);
  return at(name);
};

const PUPILS = ["Zoë O'Brien", 'Harriet Cole', 'Thomas Sample'];
file('profile.json', JSON.stringify({ school: { name: "St Aidan's Primary School", places: ['Roundhay'] }, staff: [{ name: 'Gareth Pryce', role: 'Headteacher' }] }));
file('staff.csv', 'Forename,Surname,Preferred forename,Legal surname,Role\r\nNadia,Hussain,,,SENCo\r\nOwen,Kelly,,,Year 4 Teacher\r\n');
file('pupils.csv', '\uFEFFForename,Surname,Preferred forename,Legal surname\nZoë,O\'Brien,,\nHarriet,Cole,,\nThomas,Sample,Tom,\n');
file('policy.md', '# Social media policy\n\n## 4 Use within school\n\nOnly school accounts.\n\n## 5 Pupils and staff\n\nNever name pupils or colleagues.\n\n## 6 Contact\n\nNo private contact with pupils.\n');

// Tests that spawn the CLI three times or more get a 60 s hang guard: each run is 0.3 s alone, several
// seconds on a 2-core machine shared with other test runs (4 runs took 26 s at load 15).
describe('postguard pack: the round trip', () => {
  it('keygen writes a private key only its owner can read, and a public key', () => {
    const r = run(['pack', 'keygen', '--out', at('keys')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^key [0-9a-f]{16}/);
    expect(statSync(at('keys/postguard-pack.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(at('keys/postguard-pack.pub'), 'utf8').trim()).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(run(['pack', 'keygen', '--out', at('keys')]).status).toBe(2); // never overwrites a key
  });

  it('key writes a roster key only its owner can read, and prints the policy snippets that carry it', () => {
    const r = run(['pack', 'key', '--out', at('roster.key')]);
    expect(r.status, r.stderr).toBe(0);
    const key = readFileSync(at('roster.key'), 'utf8').trim();
    expect(key).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(statSync(at('roster.key')).mode & 0o777).toBe(0o600);
    expect(r.stdout).toMatch(/^roster key [0-9a-f]{16}:/);
    expect(r.stdout).toContain(`"rosterKey": "${key}"`);
    expect(r.stdout).toContain('"postguard@postguard.example"');
    expect(run(['pack', 'key', '--out', at('roster.key')]).status).toBe(2); // never overwrites a key
  });

  it('build without a roster key refuses pupils, saying how to make one', () => {
    const r = run(['pack', 'build', '--profile', at('profile.json'), '--pupils', at('pupils.csv'), '--out', at('nokey.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/pupils need the school's roster key: make one with "postguard pack key --out roster.key"/);
  });

  it('build: profile + CSV rosters + policy; no pupil name in the pack, nor the roster key', () => {
    const r = run(['pack', 'build', '--profile', at('profile.json'), '--staff', at('staff.csv'), '--pupils', at('pupils.csv'), '--policy', at('policy.md'), '--roster-key', at('roster.key'), '--out', at('pack.json')]);
    expect(r.status, r.stderr).toBe(0);
    // Thomas Sample is also "Tom Sample" (preferred forename): four names.
    expect(r.stderr).toMatch(/4 pupils \(keyed hashes, roster key [0-9a-f]{16}\)/);
    expect(r.stderr).toMatch(/staff \(names in clear\)/);
    const text = readFileSync(at('pack.json'), 'utf8');
    const pack = JSON.parse(text);
    expect(pack).toMatchObject({ schemaVersion: 2, id: 'school:st-aidans-primary-school', version: 1, publisher: { name: "St Aidan's Primary School" } });
    expect(pack.profile.staff.map((s: { name: string }) => s.name)).toEqual(['Gareth Pryce', 'Nadia Hussain', 'Owen Kelly']);
    expect(pack.policy.sections.map((s: { id: string }) => s.id)).toEqual(['4', '5', '6']);
    for (const needle of ['zoe', 'zoë', 'brien', 'harriet', 'cole', 'thomas', 'sample']) expect(text.toLowerCase()).not.toContain(needle);
    expect(pack.profile.pupilHashes).toMatchObject({ scheme: 'hmac-sha256', keyId: expect.stringMatching(/^[0-9a-f]{16}$/), count: 4 });
    expect(text).not.toContain(readFileSync(at('roster.key'), 'utf8').trim());
  });

  it('sign, verify (exit 0), and check --pack --pub flags a hashed pupil', { timeout: 60_000 }, () => {
    expect(run(['pack', 'sign', '--key', at('keys/postguard-pack.key'), '--in', at('pack.json'), '--out', at('signed.json')]).status).toBe(0);
    const v = run(['pack', 'verify', '--pub', at('keys/postguard-pack.pub'), '--in', at('signed.json')]);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/^valid: school:st-aidans-primary-school version 1/);
    const drafts = '{"id":"a","text":"Zoe O Brien in my class was a star"}\n{"id":"b","text":"Tom from my class was sick"}\n{"id":"c","text":"Harriet Cole won"}\n';
    const c = run(['check', '--pack', at('signed.json'), '--pub', at('keys/postguard-pack.pub'), '--roster-key', at('roster.key'), '--jsonl'], drafts);
    expect(c.status, c.stderr).toBe(0);
    const lines = c.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].findings).toMatchObject([{ category: 'pupil-details', start: 0, end: 11, sections: ['5', '6'] }]);
    expect(lines[1].findings).toMatchObject([{ category: 'pupil-details', start: 0, end: 3 }]);
    expect(lines[2].findings).toMatchObject([{ category: 'pupil-details', start: 0, end: 12 }]);
    // The key from the environment works the same; without any key the roster matches nothing.
    const env = run(['check', '--pack', at('signed.json'), '--jsonl'], drafts, { POSTGUARD_ROSTER_KEY: readFileSync(at('roster.key'), 'utf8').trim() });
    expect(env.stdout).toBe(c.stdout);
    const keyless = run(['check', '--pack', at('signed.json'), '--jsonl'], drafts).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(keyless[2].findings).toEqual([]);
  });

  it('a tampered pack: verify exits 1 with the reason; check --pack --pub refuses it (exit 2)', () => {
    const tampered = file('tampered.json', readFileSync(at('signed.json'), 'utf8').replace('"version":1', '"version":7'));
    const v = run(['pack', 'verify', '--pub', at('keys/postguard-pack.pub'), '--in', tampered]);
    expect(v.status).toBe(1);
    expect(v.stderr).toMatch(/invalid: signature does not match/);
    const c = run(['check', '--pack', tampered, '--pub', at('keys/postguard-pack.pub'), 'hello']);
    expect(c.status).toBe(2);
    expect(c.stderr).toMatch(/refused/);
  });

  it('another key: verify exits 1 naming the key that signed', () => {
    run(['pack', 'keygen', '--out', at('other')]);
    const v = run(['pack', 'verify', '--pub', at('other/postguard-pack.pub'), '--in', at('signed.json')]);
    expect(v.status).toBe(1);
    expect(v.stderr).toMatch(/not a trusted key/);
  });

  it('a rebuild is the next version; diff says what changed in words', { timeout: 60_000 }, () => {
    file('staff2.csv', 'Forename,Surname,Role\nNadia,Hussain,SENCo\n');
    const b = run(['pack', 'build', '--profile', at('profile.json'), '--staff', at('staff2.csv'), '--pupils', at('pupils.csv'), '--policy', at('policy.md'), '--roster-key', at('roster.key'), '--out', at('pack.json')]);
    expect(b.status, b.stderr).toBe(0);
    const v2 = JSON.parse(readFileSync(at('pack.json'), 'utf8'));
    expect(v2.version).toBe(2);
    // A fresh salt every version (issue 12): no hash is shared with version 1.
    const v1 = JSON.parse(readFileSync(at('signed.json'), 'utf8')).pack;
    expect(v2.profile.pupilHashes.salt).not.toBe(v1.profile.pupilHashes.salt);
    expect(v2.profile.pupilHashes.names.some((h: string) => v1.profile.pupilHashes.names.includes(h))).toBe(false);
    const d = run(['pack', 'diff', at('signed.json'), at('pack.json')]);
    expect(d.status).toBe(0);
    expect(d.stdout).toContain('Removed 1 staff name');
    expect(d.stdout).not.toMatch(/pupil/);
  });

  it('test: runs the examples; with drafts, prints the verdicts that change against the built-in pack', { timeout: 60_000 }, () => {
    file('drafts.jsonl', '{"id":"d1","text":"Harriet Cole won the spelling bee"}\n{"id":"d2","text":"Lovely walk today"}\n');
    const t = run(['pack', 'test', at('pack.json'), '--drafts', at('drafts.jsonl'), '--roster-key', at('roster.key')]);
    expect(t.status, t.stderr).toBe(0);
    expect(t.stdout).toMatch(/d1: nothing -> pupil-details/);
    expect(t.stdout).toMatch(/1 of 2 drafts change verdict/);
    const failing = file('failing.json', JSON.stringify({ ...JSON.parse(readFileSync(at('pack.json'), 'utf8')), examples: [{ text: 'Lovely walk today', expect: ['profanity'] }] }));
    const f = run(['pack', 'test', failing]);
    expect(f.status).toBe(1);
    expect(f.stdout).toMatch(/FAIL .*should flag profanity but flags nothing/);
  });
});

describe('postguard pack build: nothing else gives pupils away (issue 12)', () => {
  it('refuses a pack whose example names a pupil, naming the field and not the pupil', () => {
    const template = file('leaky.json', JSON.stringify({
      schemaVersion: 2, id: 'school:leaky', version: 1, issuedAt: '2026-11-01T00:00:00Z', publisher: { name: 'Leaky' },
      profile: { school: { name: 'Leaky Primary School' } },
      examples: [{ text: 'Lovely walk today', expect: [] }, { text: 'well done harriet  COLE!', expect: ['pupil-details'] }],
    }));
    const r = run(['pack', 'build', '--profile', template, '--pupils', at('pupils.csv'), '--roster-key', at('roster.key'), '--out', at('leaky-out.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/examples\[1\]\.text: contains the full name of pupil 2 on the roster/);
    expect(r.stderr.toLowerCase()).not.toContain('harriet');
  });
  it('--hash-terms keeps the terms out; they still flag with the key', { timeout: 60_000 }, () => {
    const template = file('terms.json', JSON.stringify({ school: { name: 'Terms School' }, terms: [{ text: 'Project Lantern', category: 'confidential' }] }));
    const r = run(['pack', 'build', '--profile', template, '--hash-terms', '--roster-key', at('roster.key'), '--out', at('terms-out.json')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/custom terms hashed/);
    const text = readFileSync(at('terms-out.json'), 'utf8');
    expect(text.toLowerCase()).not.toContain('lantern');
    const c = run(['check', '--pack', at('terms-out.json'), '--roster-key', at('roster.key'), 'Project Lantern starts Monday']);
    expect(c.stdout).toMatch(/confidential/i);
  });
  it('--embed-roster-key puts the key inside and says plainly the roster can be read', { timeout: 60_000 }, () => {
    const r = run(['pack', 'build', '--profile', at('profile.json'), '--pupils', at('pupils.csv'), '--roster-key', at('roster.key'), '--embed-roster-key', '--out', at('embedded.json')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: --embed-roster-key: .*Whoever holds this file can read its pupils' names/);
    expect(JSON.parse(readFileSync(at('embedded.json'), 'utf8')).profile.pupilHashes.key).toBe(readFileSync(at('roster.key'), 'utf8').trim());
    const c = run(['check', '--pack', at('embedded.json'), '--jsonl'], '{"id":"c","text":"Harriet Cole won"}\n');
    expect(JSON.parse(c.stdout).findings).toMatchObject([{ category: 'pupil-details' }]);
  });
  it('pack --help documents the roster key', () => {
    const r = run(['pack', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--roster-key FILE/);
    expect(r.stdout).toMatch(/--embed-roster-key/);
    expect(r.stdout).toMatch(/POSTGUARD_ROSTER_KEY/);
  });
});

describe('postguard pack build --base', () => {
  it('lays the school on a trust pack: extends recorded, a locked category kept, lists joined', () => {
    const base = file('base.json', JSON.stringify({
      schemaVersion: 2, id: 'trust:north-leeds', version: 4, issuedAt: '2026-09-01T00:00:00Z', publisher: { name: 'North Leeds Trust' },
      categories: { profanity: { severity: 'high', locked: true } },
      terms: [{ text: 'Project Heron', category: 'confidential' }],
    }));
    const school = file('school-template.json', JSON.stringify({
      schemaVersion: 2, id: 'school:st-aidans', version: 1, issuedAt: '2026-11-01T00:00:00Z', publisher: { name: "St Aidan's" },
      profile: { school: { name: "St Aidan's Primary School" } }, categories: { profanity: { severity: 'info' } },
    }));
    const r = run(['pack', 'build', '--profile', school, '--base', base, '--out', at('layered.json')]);
    expect(r.status, r.stderr).toBe(0);
    const pack = JSON.parse(readFileSync(at('layered.json'), 'utf8'));
    expect(pack).toMatchObject({ id: 'school:st-aidans', extends: { id: 'trust:north-leeds', version: 4 }, categories: { profanity: { severity: 'high', locked: true } } });
    expect(pack.terms).toEqual([{ text: 'Project Heron', category: 'confidential' }]);
    const c = run(['check', '--pack', at('layered.json'), '--jsonl'], '{"id":"a","text":"FFS, Project Heron again"}\n');
    expect(JSON.parse(c.stdout).findings.map((f: { category: string; severity: string }) => `${f.category}:${f.severity}`)).toEqual(['profanity:high', 'confidential:high']);
  });
});

describe('postguard pack build --expires (issue 12, point 4)', () => {
  it('sets expiresAt from a date, or a number of days after the issue date', () => {
    const a = run(['pack', 'build', '--profile', at('profile.json'), '--expires', '2099-08-31', '--out', at('expiring.json')]);
    expect(a.status, a.stderr).toBe(0);
    expect(JSON.parse(readFileSync(at('expiring.json'), 'utf8')).expiresAt).toBe('2099-08-31T00:00:00.000Z');
    const b = run(['pack', 'build', '--profile', at('profile.json'), '--expires', '120d', '--out', at('expiring-days.json')]);
    expect(b.status, b.stderr).toBe(0);
    const pack = JSON.parse(readFileSync(at('expiring-days.json'), 'utf8'));
    expect(Date.parse(pack.expiresAt) - Date.parse(pack.issuedAt)).toBe(120 * 86_400_000);
  });
});

describe('postguard pack: bad input exits 2 with a clear message', () => {
  it.each([
    ['no subcommand', ['pack'], /needs a command/],
    ['unknown subcommand', ['pack', 'frob'], /unknown pack command/],
    ['build without --out', ['pack', 'build', '--profile', 'x.json'], /needs --out/],
    ['missing profile', ['pack', 'build', '--profile', '/nope.json', '--out', '/tmp/x.json'], /no such file/],
    ['invalid profile', ['pack', 'build', '--profile', file('bad.json', '{"school":{"name":""}}'), '--out', at('x.json')], /school\.name: must not be empty/],
    ['bad CSV', ['pack', 'build', '--profile', at('profile.json'), '--pupils', file('bad.csv', 'Forename,Surname\nAnn,\n'), '--out', at('x.json')], /pupil list [^\n]*bad.csv:\n  line 2, column "Surname": is empty/],
    ['sign with a bad key', ['pack', 'sign', '--key', file('k', 'not a key!'), '--in', at('pack.json'), '--out', at('s.json')], /not a base64 key/],
    ['sign an invalid pack', ['pack', 'sign', '--key', at('keys/postguard-pack.key'), '--in', file('v.json', '{"schemaVersion":2}'), '--out', at('s.json')], /id: is required/],
    ['diff with one file', ['pack', 'diff', at('pack.json')], /needs OLD.json NEW.json/],
    ['an expiry that is not a date', ['pack', 'build', '--profile', at('profile.json'), '--expires', 'soon', '--out', at('x.json')], /--expires must be a date/],
    ['an expiry already past', ['pack', 'build', '--profile', at('profile.json'), '--expires', '2020-01-01', '--out', at('x.json')], /not after the pack's issue date/],
    ['verify a pack with a duplicate key', ['pack', 'verify', '--pub', at('keys/postguard-pack.pub'), '--in', file('dup.json', '{"pack":{"version":1,"version":2},"signature":{}}')], /"version" appears twice in pack/],
    ['a bad roster key file', ['pack', 'build', '--profile', at('profile.json'), '--roster-key', file('rk', 'c2hvcnQ='), '--out', at('x.json')], /is not a roster key/],
    ['check --pub without --pack', ['check', '--pub', 'x', 'hi'], /--pub checks the signature of a --pack/],
  ])('%s', (_what, args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('postguard pack build: names that need context (issue 13, point 3)', () => {
  it('lists them with the reason, counts pupils without naming them, and carries the everyday words', { timeout: 60_000 }, () => {
    run(['pack', 'key', '--out', at('names.key')]);
    const profile = file('names-profile.json', JSON.stringify({
      school: { name: 'Summit Academy', aliases: ['Summit', "St Bride's", 'Kelmscott Park', 'Quillfeather Summit'], places: ['Hope'] },
      staff: [{ name: 'Harry Kane', role: 'PE teacher' }, { name: 'Imelda Quartermaine' }],
      pupils: ['Jude Bellingham', 'Tamsin Okonjo'],
    }));
    const r = run(['pack', 'build', '--profile', profile, '--roster-key', at('names.key'), '--out', at('names-pack.json')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('names that need context (6):');
    expect(r.stderr).toContain('"Summit" is an everyday word: flagged only when the draft is about school or work');
    expect(r.stderr).toContain('"St Bride\'s" is also the name of churches or other places of worship');
    expect(r.stderr).toContain('"Kelmscott Park" also names a park');
    expect(r.stderr).toContain('"Hope" (place) is an everyday word: read as the school\'s place only when written with a capital letter');
    expect(r.stderr).toContain('"Harry Kane" (staff) is also a famous person\'s name');
    expect(r.stderr).toContain("1 pupil shares a famous person's name: flagged only when the draft is about class or school");
    for (const quiet of ['Summit Academy"', 'Quillfeather', 'Imelda', 'Bellingham', 'Tamsin']) expect(r.stderr).not.toContain(quiet);
    const pack = JSON.parse(readFileSync(at('names-pack.json'), 'utf8'));
    expect(pack.lexicons['name-context'].everyday).toEqual(['academy', 'bride', 'hope', 'park', 'summit']);
    // The built pack judges as the notice says: the alias alone needs school context.
    const c = run(['check', '--pack', at('names-pack.json'), '--jsonl'], '{"id":"a","text":"Made it to the summit by noon"}\n{"id":"b","text":"Summit staff night out was a laugh"}\n');
    expect(c.stdout.trim().split('\n').map((l) => JSON.parse(l).findings.length)).toEqual([0, 1]);
  });

  it('says nothing when no name needs context', () => {
    const r = run(['pack', 'build', '--profile', file('plain.json', JSON.stringify({ school: { name: 'Quillfeather Academy', aliases: ['Quillfeather'] } })), '--out', at('plain-pack.json')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('need context');
  });
});
