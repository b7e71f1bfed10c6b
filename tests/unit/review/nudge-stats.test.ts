import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../lib/review/retention';
import { chartBars, countByCategory, recentEvents, type NudgeEvent } from '../../../lib/review/nudge-stats';

const NOW = Date.UTC(2026, 10, 25, 12);
const ev = (category: NudgeEvent['category'], ageDays: number): NudgeEvent => ({ category, at: NOW - ageDays * DAY_MS });

describe('nudge stats', () => {
  const events = [ev('profanity', 0), ev('profanity', 2), ev('contact-details', 29.9), ev('profanity', 30), ev('sexual', 45), ev('violence', -1)];

  it('counts only the last 30 days, every category present', () => {
    const counts = countByCategory(events, NOW);
    expect(counts.profanity).toBe(2);
    expect(counts['contact-details']).toBe(1);
    expect(counts.sexual).toBe(0);
    expect(counts.violence).toBe(0);
    expect(Object.keys(counts)).toHaveLength(13);
  });

  it('gives the chart its bars, most first, and nothing for quiet categories', () => {
    expect(chartBars(events, NOW)).toEqual([
      { category: 'profanity', count: 2 },
      { category: 'contact-details', count: 1 },
    ]);
    expect(chartBars([], NOW)).toEqual([]);
  });

  it('keeps for storage only the events inside the window', () => {
    expect(recentEvents(events, NOW).map((e) => e.category)).toEqual(['profanity', 'profanity', 'contact-details']);
  });
});
