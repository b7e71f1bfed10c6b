import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runFingerprint, wordRuns, RUN_WORDS } from '../../lib/text/shingles';

/**
 * Nothing in the repository may share a 5-word run with a development draft
 * (issue 13, point 1): not a training line, a word-list entry, a rule example, a
 * test string, a comment or the README. A copied sentence makes the development
 * score measure memory. The drafts themselves are not here: only fingerprints of
 * their runs (scripts/dev-fingerprints.ts writes tests/fixtures/dev-runs.json).
 */
const dev = JSON.parse(readFileSync('tests/fixtures/dev-runs.json', 'utf8')) as { runWords: number; drafts: number; fingerprints: string[] };
const devRuns = new Set(dev.fingerprints);

const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter((f) => /\.(ts|tsx|mjs|json|jsonl|md|html|css|txt|csv)$/.test(f) && f !== 'tests/fixtures/dev-runs.json' && f !== 'package-lock.json');

function copiedRuns(text: string): string[] {
  return wordRuns(text).filter((run) => devRuns.has(runFingerprint(run)));
}

describe('no text copied from the development drafts', () => {
  it('the fingerprints cover the development set', () => {
    expect(dev.runWords).toBe(RUN_WORDS);
    expect(dev.drafts).toBeGreaterThanOrEqual(190);
    expect(devRuns.size).toBeGreaterThan(1000);
  });

  it('a run is found whatever its case, punctuation or quotes (a control on a made-up run)', () => {
    const made = new Set([runFingerprint("don't a b c d")]);
    expect(wordRuns('Well, DON\u2019T a. B c -- d! fine').some((r) => made.has(runFingerprint(r)))).toBe(true);
    expect(wordRuns('dont a b c d').some((r) => made.has(runFingerprint(r)))).toBe(false);
  });

  it('scans the tracked files', () => {
    expect(tracked.length).toBeGreaterThan(200);
    expect(tracked).toContain('rules/lexicons/violence.json');
  });

  it.each(tracked)('%s shares no 5-word run with a development draft', (file) => {
    const hits: string[] = [];
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const run of copiedRuns(line)) hits.push(`line ${i + 1}: "${run}"`);
      });
    expect(hits).toEqual([]);
  });
});
