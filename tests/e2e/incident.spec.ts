import { parseIncidentJson } from '../../lib/incident/record';
import type { Driver } from './driver/driver';
import { tabIdFor } from './driver/steps';
import { expect, ownWorld, test as shared } from './driver/test';
import { timelineById } from './fixtures/pages';

/**
 * A browser of its own, started fresh. Report misuse opened no incident tab in CI at c71606c,
 * 47d080d and 1938d14: in about one fresh Chromium session in four storage.managed never
 * answered, and the background's records queue waited on it (fixed in 2f0f35f,
 * lib/managed-via-background.ts); and the popup, drawn late, moved the button under a click
 * (centreOf below waits for it to stop moving). Repeated 5 times, 20 of 20 in both browsers.
 */
const test = shared.extend({
  world: ownWorld(),
});

/**
 * "Report misuse" (issue 15, point 3; policy section 9 and Appendix A), in every browser:
 * on a synthetic Facebook timeline a person selects a post with the mouse and presses
 * Report misuse in the popup (opened as popup.html?tab=<id>, with the timeline's tab in
 * front as under a real popup). The incident page it opens keeps the copy, the record
 * exports as JSON and printable HTML, deleting removes it, and nothing is requested.
 */

const timeline = timelineById('facebook-timeline');
/** Typed into "What happened": markup and quotes that the printable record must escape. */
const NOTE = 'He wrote <b>"sack her" & more</b> under the post';

/**
 * The centre of the first element matching `selector` whose text includes `text`, scrolled
 * into view, once the page has stopped moving it: the same on two reads in a row, and the
 * element is what lies at that point. The popup lays out in steps as its parts load (the
 * pack, the site's state, the page check above "Report misuse"): its button was seen at
 * y 618 and then 679. A click at a point read before the last step lands elsewhere, and
 * in CI (c71606c, 47d080d, 1938d14) the incident tab then never opened.
 */
async function centreOf(driver: Driver, selector: string, text: string): Promise<{ x: number; y: number }> {
  let point: { x: number; y: number } | null = null;
  let last: { x: number; y: number } | null = null;
  await expect
    .poll(
      async () => {
        const now = await driver.evaluate(
          ({ selector, text }) => {
            const element = [...document.querySelectorAll<HTMLElement>(selector)].find((e) => (e.textContent ?? '').includes(text));
            if (!element) return null;
            element.scrollIntoView({ block: 'center' });
            const r = element.getBoundingClientRect();
            if (!r.width || !r.height) return null;
            const centre = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
            return element.contains(document.elementFromPoint(centre.x, centre.y)) ? centre : null;
          },
          { selector, text },
        );
        // Within a pixel: centring a tall page's element may land half a pixel apart from one read to the next.
        const steady = now !== null && last !== null && Math.abs(now.x - last.x) <= 1 && Math.abs(now.y - last.y) <= 1;
        last = now;
        return steady ? (point = now) : null;
      },
      { message: `${selector} showing "${text}", still`, intervals: [100, 100, 250, 500, 1000] },
    )
    .not.toBeNull();
  return point!;
}

/** The incident tab Report misuse opened; when none opens, the failure quotes what the popup said. */
async function incidentTab(popup: Driver, openedPage: (prefix: string) => Promise<Driver>): Promise<Driver> {
  const origin = await popup.evaluate(() => location.origin);
  try {
    return await openedPage(`${origin}/incident.html?id=`);
  } catch (error) {
    const said = await popup.evaluate(() => document.querySelector('.misuse-status')?.textContent ?? '').catch(() => '(popup gone)');
    const kept = await storedIncidents(popup).then((list) => list.length, () => '?');
    throw new Error(`no incident tab opened; the popup says "${said}"; incidents kept: ${kept}`, { cause: error });
  }
}

/** Selects a post's text on the timeline by dragging across it; returns what the page says is selected. */
async function selectPost(driver: Driver, words: string): Promise<string> {
  const ends = await driver.evaluate((words) => {
    const body = [...document.querySelectorAll('.post-body')].find((b) => b.textContent === words)!;
    body.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(body);
    const rects = [...range.getClientRects()];
    const first = rects[0]!;
    const last = rects.at(-1)!;
    return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
  }, words);
  await driver.drag(ends.from, ends.to);
  let selected = '';
  await expect.poll(async () => (selected = await driver.evaluate(() => document.getSelection()?.toString() ?? ''))).toContain('best gravy');
  return selected;
}

interface Kept {
  record: { id: string; whatHappened?: string; steps: Record<string, boolean> };
}

/** The browser's storage.local `incidents`, read from one of the extension's pages (chrome.* or browser.*). */
function storedIncidents(page: Driver): Promise<Kept[]> {
  return page.evaluate(async () => {
    type Local = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    const api = (globalThis as unknown as { browser?: Local }).browser ?? (globalThis as unknown as { chrome: Local }).chrome;
    return ((await api.storage.local.get('incidents')).incidents as Kept[] | undefined) ?? [];
  });
}

/** The text of the file behind a download link (a blob: URL made by the page: not a network request). */
function fileBehind(page: Driver, name: RegExp): Promise<{ text: string; download: string } | null> {
  return page.evaluate(async (source) => {
    const link = [...document.querySelectorAll<HTMLAnchorElement>('a[download]')].find((a) => new RegExp(source).test(a.textContent ?? ''));
    if (!link) return null;
    return { text: await (await fetch(link.href)).text(), download: link.download };
  }, name.source);
}

test('Report misuse keeps a copy, exports the record, and deletes it, asking nothing of the network', async ({
  driver,
  extensionPage,
  openedPage,
  requests,
  requestMark,
}) => {
  await driver.goto(timeline.url);
  await expect.poll(() => driver.evaluate(() => document.documentElement.dataset.fixtureReady)).toBe('true');
  const selected = await selectPost(driver, "Sunday roast at my mum's, best gravy in London.");

  const finder = await extensionPage('review.html');
  const tabId = await tabIdFor(finder, timeline.url);
  const popup = await extensionPage(`popup.html?tab=${tabId}`);
  // Drawn while in front: a tab behind others gets its timers throttled, and the popup's first render waits on several.
  const button = await centreOf(popup, 'button', 'Report misuse');
  // As under a real popup, the page is the tab in front (captureVisibleTab shows only that one).
  await popup.evaluate(async (tabId) => {
    type Tabs = { tabs: { update(id: number, props: object): Promise<unknown> } };
    const api = (globalThis as unknown as { browser?: Tabs }).browser ?? (globalThis as unknown as { chrome: Tabs }).chrome;
    await api.tabs.update(tabId, { active: true });
  }, tabId);

  const before = Date.now();
  await popup.clickAt(button.x, button.y);
  const page = await incidentTab(popup, openedPage);
  const after = Date.now();

  // The copy: address, site, time, the selected words; the screenshot as the browser allows.
  await expect.poll(() => page.evaluate(() => document.querySelector('h1')?.textContent ?? '')).toBe('Report misuse');
  const id = await page.evaluate(() => new URLSearchParams(location.search).get('id'));
  const shown = await page.evaluate(() => ({
    text: document.body.innerText,
    quote: document.querySelector('blockquote')?.textContent ?? null,
    time: document.querySelector('dd time')?.getAttribute('datetime') ?? null,
    images: document.querySelectorAll('img').length,
  }));
  expect(shown.text).toContain(timeline.url);
  expect(shown.text).toContain('Report and block on Facebook');
  expect(shown.quote).toBe(selected);
  const capturedAt = Date.parse(shown.time ?? '');
  expect(capturedAt).toBeGreaterThanOrEqual(before - 1000);
  expect(capturedAt).toBeLessThanOrEqual(after);
  // Neither browser lets host permission alone capture the tab: activeTab (a real popup) or <all_urls>
  // is needed, so here the page says so plainly and works with the rest (lib/incident/capture.ts).
  expect(shown.images).toBe(0);
  expect(shown.text).toContain("No screenshot: the browser didn't allow postguard to take one of this page.");

  // The person's note and steps, typed and ticked as a person does; kept on the device.
  const note = await centreOf(page, 'textarea', '');
  await page.clickAt(note.x, note.y);
  await page.type(NOTE);
  for (const step of ['Reported it on the site', 'Blocked or restricted the person']) {
    const box = await centreOf(page, 'label.check', step);
    await page.clickAt(box.x, box.y);
  }
  await expect
    .poll(async () => {
      const kept = (await storedIncidents(page)).find((incident) => incident.record.id === id);
      return kept && { note: kept.record.whatHappened, reported: kept.record.steps.reported, blocked: kept.record.steps.blocked };
    })
    .toEqual({ note: NOTE, reported: true, blocked: true });

  // The record exports: the JSON reads back with every field, the HTML escapes what was typed and selected.
  let json: { text: string; download: string } | null = null;
  await expect.poll(async () => (json = await fileBehind(page, /JSON/))?.text.includes('"blocked": true')).toBe(true);
  expect(json!.download).toMatch(/^postguard-incident-\d{4}-\d{2}-\d{2}-\d{4}-facebook\.json$/);
  const parsed = parseIncidentJson(json!.text);
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  if (!parsed.ok) return;
  expect(parsed.value).toMatchObject({
    site: { id: 'facebook', name: 'Facebook' },
    url: timeline.url,
    pageTitle: 'Alex Example | Facebook',
    capturedAt: shown.time,
    selectedText: selected,
    whatHappened: NOTE,
    childAtRisk: false,
    steps: { reported: true, blocked: true, ceop: false, toldLead: false },
    policy: { sections: ['7', '9', 'A'] },
  });
  expect(parsed.value.screenshot).toBeUndefined();
  const html = await fileBehind(page, /printable/);
  expect(html!.download).toBe(json!.download.replace(/\.json$/, '.html'));
  expect(html!.text).toContain('He wrote &lt;b&gt;&quot;sack her&quot; &amp; more&lt;/b&gt; under the post');
  expect(html!.text).toContain('Sunday roast at my mum&#39;s, best gravy in London.');
  expect(html!.text).not.toContain('<b>"sack her"');

  // Deleting removes it from the device and the page.
  const remove = await centreOf(page, '.incidents button', 'Delete');
  await page.clickAt(remove.x, remove.y);
  await expect.poll(async () => (await storedIncidents(page)).map((incident) => incident.record.id)).not.toContain(id);
  await expect.poll(() => page.evaluate(() => document.body.innerText)).toContain('This incident is no longer kept on this device');

  // Nothing went to the network but the fixture page itself.
  expect(requests.slice(requestMark).map((r) => `${r.outcome} ${r.url}`)).toEqual([`fulfilled ${timeline.url}`]);
});

test('with the popup in front and nothing selected, the incident page says what it could not keep and still works', async ({
  driver,
  extensionPage,
  openedPage,
}) => {
  await driver.goto(timeline.url);
  await expect.poll(() => driver.evaluate(() => document.documentElement.dataset.fixtureReady)).toBe('true');
  const finder = await extensionPage('review.html');
  const popup = await extensionPage(`popup.html?tab=${await tabIdFor(finder, timeline.url)}`);
  const button = await centreOf(popup, 'button', 'Report misuse');
  await popup.clickAt(button.x, button.y);
  const page = await incidentTab(popup, openedPage);
  await expect.poll(() => page.evaluate(() => document.querySelector('h1')?.textContent ?? '')).toBe('Report misuse');
  const text = await page.evaluate(() => document.body.innerText);
  // The timeline was not the tab on screen: a screenshot would have shown another page.
  expect(text).toContain("No screenshot: the page wasn't the one on screen.");
  expect(text).toContain('No text was selected on the page.');
  expect(text).toContain(timeline.url);
  expect(text).toContain('Download the printable record (HTML)');

  // Delete all empties the device and the list.
  const all = await centreOf(page, 'button', 'Delete all incidents');
  await page.clickAt(all.x, all.y);
  await expect.poll(() => storedIncidents(page)).toEqual([]);
  await expect.poll(() => page.evaluate(() => document.body.innerText)).toContain('None kept.');
});
