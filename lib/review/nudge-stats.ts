import { CATEGORIES, type Category } from '../../rules/categories';
import { DAY_MS } from './retention';

/**
 * The writer's own nudges by category over the last 30 days (issue 5's small
 * chart), kept only on the device: one event per finding first shown, no text.
 */
export interface NudgeEvent {
  at: number;
  category: Category;
}

export const STATS_DAYS = 30;

/** Events inside the window ending at `now` (the older ones can be dropped from storage). */
export function recentEvents(events: readonly NudgeEvent[], now: number, days = STATS_DAYS): NudgeEvent[] {
  const from = now - days * DAY_MS;
  return events.filter((e) => e.at > from && e.at <= now);
}

/** Counts per category over the window, every category present (0 when none), in CATEGORIES order. */
export function countByCategory(events: readonly NudgeEvent[], now: number, days = STATS_DAYS): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const e of recentEvents(events, now, days)) counts[e.category]++;
  return counts;
}

/** The categories with any nudge in the window, most first (ties in CATEGORIES order): the chart's bars. */
export function chartBars(events: readonly NudgeEvent[], now: number, days = STATS_DAYS): { category: Category; count: number }[] {
  const counts = countByCategory(events, now, days);
  return CATEGORIES.filter((c) => counts[c] > 0)
    .map((category) => ({ category, count: counts[category] }))
    .sort((a, b) => b.count - a.count);
}
