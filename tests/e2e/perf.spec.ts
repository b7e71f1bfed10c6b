import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expectNudge, modelText, openAndFocus, openAndStart } from './editor-page';
import { categoriesAttr, findingsOf, keystrokeDraft } from './drafts';
import type { FixtureSite } from './fixtures/catalogue';
import { expect, launchBrowser, test } from './harness';
import { BASE_DRAFT, EDITS, MEASURED, SWEAR, installProbes, latencyToCount, longTasksBetween, pageNow, percentile, watchNudgeMarkers, type LongTaskSummary } from './perf-probes';

/**
 * Measurements, reported and never asserted on time (issue 3, "Done when"):
 * last keystroke -> markers updated on a 2,000-character draft, and long tasks
 * while typing and while pasting 20,000 characters; the same typing and paste
 * without the extension as a baseline, since the engines have long tasks of
 * their own. Written to tests/e2e/.results/latency.json.
 */

const PASTE_TEXT = keystrokeDraft(20_000, false);
const RESULTS = join(dirname(fileURLToPath(import.meta.url)), '.results', 'latency.json');

interface FixtureResult {
  engine: string;
  latencyMs?: { edits: number; p50: number; p95: number; max: number; samples: number[] };
  longTasksTyping?: LongTaskSummary;
  paste?: { chars: number; msToMarkersAtMost: number; longTasks: LongTaskSummary };
  baseline?: { longTasksTyping: LongTaskSummary; pasteLongTasks: LongTaskSummary };
}
const results: Record<string, FixtureResult> = {};
const resultOf = (site: FixtureSite) => (results[site.id] ??= { engine: site.engine });

/**
 * One edit: the swear word typed at the end, so the count rises by one on its
 * last keystroke (the partial word flags nothing). Deleting by selection was
 * tried and dropped: Lexical can act on Backspace before it has read a
 * selection made a millisecond earlier, and deletes the wrong characters.
 */
async function edit(page: Page): Promise<void> {
  await page.keyboard.type(SWEAR);
}

async function pasteBig(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((text) => navigator.clipboard.writeText(text), PASTE_TEXT);
  await page.keyboard.press('Control+V');
  await expect.poll(() => modelText(page), { timeout: 20_000 }).toBe(PASTE_TEXT);
}

const draftAfter = (edits: number) => BASE_DRAFT + SWEAR.repeat(edits);

test.beforeAll(() => {
  expect(findingsOf(BASE_DRAFT)).toEqual([]);
  expect(findingsOf(draftAfter(EDITS)).map((f) => f.category)).toEqual(Array(EDITS).fill('profanity'));
});

for (const site of MEASURED) {
  test(`markers latency and long tasks while typing on a 2,000-character draft: ${site.id}`, async ({ page }) => {
    await installProbes(page);
    await openAndStart(page, site);
    await page.keyboard.insertText(BASE_DRAFT);
    await expectNudge(page, '', 0);
    await watchNudgeMarkers(page);
    const latencies: number[] = [];
    const start = await pageNow(page);
    for (let i = 1; i <= EDITS; i += 1) {
      const since = await pageNow(page);
      await edit(page);
      latencies.push(await latencyToCount(page, since, i));
    }
    const end = await pageNow(page);
    expect(await modelText(page)).toBe(draftAfter(EDITS));
    const samples = latencies.map(Math.round);
    Object.assign(resultOf(site), {
      latencyMs: { edits: EDITS, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples), samples },
      longTasksTyping: await longTasksBetween(page, start, end),
    });
  });

  test(`long tasks while pasting 20,000 characters: ${site.id}`, async ({ page }) => {
    test.setTimeout(90_000);
    const findings = findingsOf(PASTE_TEXT);
    await installProbes(page);
    await openAndFocus(page, site);
    const from = await pageNow(page);
    await pasteBig(page);
    await expectNudge(page, categoriesAttr(findings), findings.length);
    const to = await pageNow(page);
    resultOf(site).paste = { chars: PASTE_TEXT.length, msToMarkersAtMost: Math.round(to - from), longTasks: await longTasksBetween(page, from, to) };
  });
}

test('baseline: the same typing and paste without the extension', async () => {
  test.setTimeout(120_000);
  const world = await launchBrowser(false);
  try {
    for (const site of MEASURED) {
      const page = await world.context.newPage();
      await installProbes(page);
      await openAndFocus(page, site);
      await page.keyboard.insertText(BASE_DRAFT);
      const start = await pageNow(page);
      for (let i = 1; i <= EDITS; i += 1) {
        await edit(page);
        await expect.poll(() => modelText(page), `${site.id} edit ${i}`).toBe(draftAfter(i));
      }
      const longTasksTyping = await longTasksBetween(page, start, await pageNow(page));
      await page.close();
      const pastePage = await world.context.newPage();
      await installProbes(pastePage);
      await openAndFocus(pastePage, site);
      const from = await pageNow(pastePage);
      await pasteBig(pastePage);
      resultOf(site).baseline = { longTasksTyping, pasteLongTasks: await longTasksBetween(pastePage, from, await pageNow(pastePage)) };
      await pastePage.close();
    }
  } finally {
    await world.close();
  }
});

test.afterAll(() => {
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2)}\n`);
  for (const [id, r] of Object.entries(results)) {
    const latency = r.latencyMs ? `p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms over ${r.latencyMs.edits} edits` : 'latency not measured';
    const typing = r.longTasksTyping ? `typing: ${r.longTasksTyping.count} long tasks (max ${r.longTasksTyping.maxMs} ms)` : '';
    const paste = r.paste ? `paste 20k: ${r.paste.longTasks.count} long tasks (max ${r.paste.longTasks.maxMs} ms), markers <= ${r.paste.msToMarkersAtMost} ms` : '';
    const base = r.baseline
      ? `baseline typing ${r.baseline.longTasksTyping.count} (max ${r.baseline.longTasksTyping.maxMs} ms), paste ${r.baseline.pasteLongTasks.count} (max ${r.baseline.pasteLongTasks.maxMs} ms)`
      : '';
    console.log(`[perf] ${id} (${r.engine}): ${[latency, typing, paste, base].filter(Boolean).join('; ')}`);
  }
  console.log(`[perf] written to ${RESULTS}`);
});
