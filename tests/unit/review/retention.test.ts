import { describe, expect, it } from 'vitest';
import { DAY_MS, DEFAULT_RETENTION_DAYS, keptDrafts, nextExpiry, retentionDays, type SavedDraft } from '../../../lib/review/retention';

const NOW = Date.UTC(2026, 10, 25, 12);
const draft = (id: string, ageDays: number): SavedDraft => ({
  id,
  site: 'facebook',
  host: 'www.facebook.com',
  savedAt: NOW - ageDays * DAY_MS,
  text: 'a draft',
  findings: [],
});

describe('retention', () => {
  it('keeps drafts younger than the retention and drops the rest', () => {
    const drafts = [draft('new', 0), draft('six days', 6), draft('seven days', 7), draft('old', 30)];
    expect(keptDrafts(drafts, NOW, 7).map((d) => d.id)).toEqual(['new', 'six days']);
    expect(keptDrafts(drafts, NOW, 31).map((d) => d.id)).toEqual(['new', 'six days', 'seven days', 'old']);
  });

  it('a retention of 0 keeps nothing', () => {
    expect(keptDrafts([draft('new', 0.001)], NOW, 0)).toEqual([]);
  });

  it('drops drafts dated far in the future (a clock that was wrong when they were saved)', () => {
    expect(keptDrafts([draft('future', -3)], NOW, 7)).toEqual([]);
  });

  it.each([
    [undefined, DEFAULT_RETENTION_DAYS],
    [14, 14],
    [0, 0],
    [-1, DEFAULT_RETENTION_DAYS],
    [Number.NaN, DEFAULT_RETENTION_DAYS],
  ])('the pack saying %s means %s days', (pack, days) => {
    expect(retentionDays(pack)).toBe(days);
  });

  it('names when the oldest draft expires, for one alarm', () => {
    expect(nextExpiry([], 7)).toBeNull();
    expect(nextExpiry([draft('a', 1), draft('b', 3)], 7)).toBe(NOW - 3 * DAY_MS + 7 * DAY_MS);
  });
});
