import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '../../dist/postguard.mjs');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
const tmp = mkdtempSync(join(tmpdir(), 'postguard-cli-'));
const file = (name: string, body: string) => {
  const p = join(tmp, name);
  writeFileSync(p, body);
  return p;
};

describe('postguard check --jsonl', () => {
  it('answers each line in order with the contract fields', () => {
    const r = run(['check', '--jsonl'], '{"id":"a","text":"FFS the printer"}\n{"id":"b","text":"Lovely walk today"}\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].findings[0]).toEqual({
      category: 'profanity', sections: ['4', '6'], start: 0, end: 3, severity: 'warn', message: expect.any(String),
    });
    expect(lines[1].findings).toEqual([]);
  });

  it('reports bad lines in place, analyses the rest, exits 1', () => {
    const r = run(['check', '--jsonl'], 'nope\n{"id":"x"}\n{"text":"y"}\n[1]\n{"id":"ok","text":"FFS"}\n');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.slice(0, 4).map((l) => l.line)).toEqual([1, 2, 3, 4]);
    for (const l of lines.slice(0, 4)) expect(l.error).toMatch(/\w/);
    expect(lines[4]).toMatchObject({ id: 'ok', findings: [{ category: 'profanity' }] });
  });
});

describe('postguard check --profile', () => {
  it.each([
    ['missing file', join(tmp, 'nope.json'), /no such file/],
    ['not JSON', file('notjson.json', '{school'), /not valid JSON/],
    ['empty name', file('empty.json', '{"school":{"name":""}}'), /school\.name: must not be empty/],
    ['unknown key', file('typo.json', '{"school":{"name":"X"},"pupil":["A B"]}'), /pupil: unknown field/],
  ])('%s: exit 2 naming the problem', (_what, path, message) => {
    const r = run(['check', '--profile', path, '--jsonl'], '{"id":"a","text":"hi"}\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('unknown options and commands exit 2 with usage', () => {
    expect(run(['check', '--nope']).status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
  });
});

describe('postguard check (readable)', () => {
  it('shows each finding with its policy section', () => {
    const r = run(['check', 'What the fuck happened to summer']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('"fuck"');
    expect(r.stdout).toMatch(/Section 4, Use of social media within the school/);
  });
  it('reads the draft from stdin when no text is given', () => {
    expect(run(['check'], 'FFS').stdout).toContain('"FFS"');
  });
});
