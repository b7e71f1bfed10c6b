import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The whole round trip IT runs, with the BUILT CLI: keygen -> build -> sign -> verify -> check --pack.
const CLI = join(import.meta.dirname, '../../dist/postguard.mjs');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
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

describe('postguard pack: the round trip', () => {
  it('keygen writes a private key only its owner can read, and a public key', () => {
    const r = run(['pack', 'keygen', '--out', at('keys')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^key [0-9a-f]{16}/);
    expect(statSync(at('keys/postguard-pack.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(at('keys/postguard-pack.pub'), 'utf8').trim()).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(run(['pack', 'keygen', '--out', at('keys')]).status).toBe(2); // never overwrites a key
  });

  it('build: profile + CSV rosters + policy; no pupil name in the pack', () => {
    const r = run(['pack', 'build', '--profile', at('profile.json'), '--staff', at('staff.csv'), '--pupils', at('pupils.csv'), '--policy', at('policy.md'), '--out', at('pack.json')]);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(at('pack.json'), 'utf8');
    const pack = JSON.parse(text);
    expect(pack).toMatchObject({ schemaVersion: 2, id: 'school:st-aidans-primary-school', version: 1, publisher: { name: "St Aidan's Primary School" } });
    expect(pack.profile.staff.map((s: { name: string }) => s.name)).toEqual(['Gareth Pryce', 'Nadia Hussain', 'Owen Kelly']);
    expect(pack.policy.sections.map((s: { id: string }) => s.id)).toEqual(['4', '5', '6']);
    for (const needle of ['zoe', 'zoë', 'brien', 'harriet', 'cole', 'thomas', 'sample']) expect(text.toLowerCase()).not.toContain(needle);
  });

  it('sign, verify (exit 0), and check --pack --pub flags a hashed pupil', () => {
    expect(run(['pack', 'sign', '--key', at('keys/postguard-pack.key'), '--in', at('pack.json'), '--out', at('signed.json')]).status).toBe(0);
    const v = run(['pack', 'verify', '--pub', at('keys/postguard-pack.pub'), '--in', at('signed.json')]);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/^valid: school:st-aidans-primary-school version 1/);
    const c = run(['check', '--pack', at('signed.json'), '--pub', at('keys/postguard-pack.pub'), '--jsonl'], '{"id":"a","text":"Zoe O Brien in my class was a star"}\n{"id":"b","text":"Tom from my class was sick"}\n');
    expect(c.status, c.stderr).toBe(0);
    const lines = c.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].findings).toMatchObject([{ category: 'pupil-details', start: 0, end: 11, sections: ['5', '6'] }]);
    expect(lines[1].findings).toMatchObject([{ category: 'pupil-details', start: 0, end: 3 }]);
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

  it('a rebuild is the next version; diff says what changed in words', () => {
    file('staff2.csv', 'Forename,Surname,Role\nNadia,Hussain,SENCo\n');
    const b = run(['pack', 'build', '--profile', at('profile.json'), '--staff', at('staff2.csv'), '--pupils', at('pupils.csv'), '--policy', at('policy.md'), '--out', at('pack.json')]);
    expect(b.status, b.stderr).toBe(0);
    expect(JSON.parse(readFileSync(at('pack.json'), 'utf8')).version).toBe(2);
    const d = run(['pack', 'diff', at('signed.json'), at('pack.json')]);
    expect(d.status).toBe(0);
    expect(d.stdout).toContain('Removed 1 staff name');
    expect(d.stdout).not.toMatch(/pupil/);
  });

  it('test: runs the examples; with drafts, prints the verdicts that change against the built-in pack', () => {
    file('drafts.jsonl', '{"id":"d1","text":"Harriet Cole won the spelling bee"}\n{"id":"d2","text":"Lovely walk today"}\n');
    const t = run(['pack', 'test', at('pack.json'), '--drafts', at('drafts.jsonl')]);
    expect(t.status, t.stderr).toBe(0);
    expect(t.stdout).toMatch(/d1: nothing -> pupil-details/);
    expect(t.stdout).toMatch(/1 of 2 drafts change verdict/);
    const failing = file('failing.json', JSON.stringify({ ...JSON.parse(readFileSync(at('pack.json'), 'utf8')), examples: [{ text: 'Lovely walk today', expect: ['profanity'] }] }));
    const f = run(['pack', 'test', failing]);
    expect(f.status).toBe(1);
    expect(f.stdout).toMatch(/FAIL .*should flag profanity but flags nothing/);
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
    ['check --pub without --pack', ['check', '--pub', 'x', 'hi'], /--pub checks the signature of a --pack/],
  ])('%s', (_what, args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
