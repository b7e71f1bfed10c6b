import type { Page } from '@playwright/test';
import { fixtureById } from './fixtures/catalogue';

/**
 * In-page probes for the measurements (perf.spec.ts), all in the page's main
 * world and all listening, never polling: the last keystroke's time, every
 * change of the nudge's markers, every long task (> 50 ms on the main thread,
 * which the content script shares with the page).
 */

interface Probes {
  lastKey: number;
  longTasks: { start: number; duration: number }[];
  updates: { at: number; count: string | null; categories: string | null }[];
}
type ProbeWindow = Window & { __probes: Probes };

/** Before the page loads: long tasks from the start, keystroke times from the capture phase. */
export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probes: Probes = { lastKey: 0, longTasks: [], updates: [] };
    (window as unknown as ProbeWindow).__probes = probes;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    window.addEventListener('keydown', () => (probes.lastKey = performance.now()), { capture: true });
  });
}

/** Starts recording the nudge's data-count/data-categories changes (the nudge may sit in a shadow root). */
export async function watchNudgeMarkers(page: Page): Promise<void> {
  await page.locator('postguard-nudge').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const find = (root: Document | ShadowRoot): Element | null =>
      root.querySelector('postguard-nudge') ??
      [...root.querySelectorAll('*')].map((el) => (el.shadowRoot ? find(el.shadowRoot) : null)).find(Boolean) ??
      null;
    const nudge = find(document)!;
    const probes = (window as unknown as ProbeWindow).__probes;
    new MutationObserver(() => {
      probes.updates.push({ at: performance.now(), count: nudge.getAttribute('data-count'), categories: nudge.getAttribute('data-categories') });
    }).observe(nudge, { attributes: true, attributeFilter: ['data-count', 'data-categories'] });
  });
}

export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * Waits until the markers show `count` after time `since`, and returns the ms
 * from the last keystroke to that update.
 */
export async function latencyToCount(page: Page, since: number, count: number, timeout = 10_000): Promise<number> {
  const handle = await page.waitForFunction(
    ({ since, count }) => {
      const probes = (window as unknown as ProbeWindow).__probes;
      const update = probes.updates.find((u) => u.at > since && u.count === String(count));
      return update ? { ms: update.at - probes.lastKey } : null;
    },
    { since, count },
    { timeout },
  );
  return ((await handle.jsonValue()) as { ms: number }).ms;
}

export interface LongTaskSummary {
  count: number;
  maxMs: number;
  totalMs: number;
}

export async function longTasksBetween(page: Page, from: number, to: number): Promise<LongTaskSummary> {
  const tasks = await page.evaluate(() => (window as unknown as ProbeWindow).__probes.longTasks);
  const inside = tasks.filter((t) => t.start + t.duration >= from && t.start <= to);
  return {
    count: inside.length,
    maxMs: Math.round(Math.max(0, ...inside.map((t) => t.duration))),
    totalMs: Math.round(inside.reduce((sum, t) => sum + t.duration, 0)),
  };
}

/** Nearest-rank percentile. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** The typing measurement both browsers run (perf.spec.ts, perf-firefox.spec.ts): three engines, 24 edits. */
export const MEASURED = ['facebook', 'x', 'mastodon'].map(fixtureById);
export const EDITS = 24;
export const SWEAR = ' shit';
/** One long paragraph with nothing to flag: each edit (SWEAR typed at the end) adds exactly one finding. */
export const BASE_DRAFT = 'Lovely walk on the heath this morning, then coffee and cake with the neighbours. '.repeat(30).slice(0, 2000);
