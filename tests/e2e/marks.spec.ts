import { POLICY_DRAFT, POLICY_DRAFT_CATEGORIES, findingsOf } from './drafts';
import type { Driver } from './driver/driver';
import { expectNudge, openAndFocus } from './driver/steps';
import { expect, test } from './driver/test';
import { FIXTURES, fixtureById } from './fixtures/catalogue';
import type { FixtureWindow } from './fixtures/shared/api';

/**
 * Marks the page cannot read (issue 12, point 2): the flagged words are marked by
 * boxes in the nudge's shadow root (a mirror with <mark>s for a textarea), never
 * through the CSS Custom Highlight registry, which the page's main world shares
 * (it read "postguard-warn: Christ Church School" from it). page.evaluate runs in
 * the page's main world, so what it sees there is what a site's script would see.
 * The nudge's root is open in the test build, so the boxes can be counted here.
 * In every browser (issue 14, point 1): Firefox has the registry too, and postguard
 * leaves it empty there as well.
 */

const FINDINGS = findingsOf(POLICY_DRAFT);

interface Box { left: number; top: number; right: number; bottom: number }

/** Main world: what a page script finds of ours in the shared highlight registry. */
function pageHighlights(page: Driver): Promise<{ size: number; ours: string[] }> {
  return page.evaluate(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return { size: 0, ours: [] };
    const names = [...CSS.highlights.keys()];
    return { size: CSS.highlights.size, ours: names.filter((n) => n.startsWith('postguard')) };
  });
}

/** The drawn marks, one list of box rects per mark, read through the (test build's open) shadow root. */
function drawnMarks(page: Driver): Promise<Box[][]> {
  return page.evaluate(() => {
    const root = document.querySelector('postguard-nudge')?.shadowRoot;
    const groups = [...(root?.querySelectorAll('.pg-mark, .mirror:not([hidden]) mark') ?? [])];
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    // A contenteditable mark is a group of per-line boxes. A textarea mark is one <mark> in the mirror,
    // whose overflow hides what the textarea has scrolled away: only its part inside the mirror shows.
    const shown = (m: Element) => {
      const clip = m.closest('.mirror')!.getBoundingClientRect();
      return [...m.getClientRects()]
        .map((r) => ({ left: Math.max(r.left, clip.left), top: Math.max(r.top, clip.top), right: Math.min(r.right, clip.right), bottom: Math.min(r.bottom, clip.bottom) }))
        .filter((r) => r.right > r.left && r.bottom > r.top);
    };
    return groups.map((g) => (g.localName === 'mark' ? shown(g) : [...g.children].map(box)));
  });
}

/** Main world: the rects of `texts` where the editor shows them (textarea: the textarea's own rect). */
function wordRects(page: Driver, texts: string[]): Promise<Box[][]> {
  return page.evaluate((texts) => {
    const editable = (window as unknown as FixtureWindow).__fixture.editable();
    const plain = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    if (editable instanceof HTMLTextAreaElement) return texts.map(() => [plain(editable.getBoundingClientRect())]);
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const all = nodes.map((n) => n.data).join('');
    const at = (offset: number): [Text, number] => {
      for (const n of nodes) {
        if (offset <= n.length) return [n, offset];
        offset -= n.length;
      }
      throw new Error('offset past the text');
    };
    return texts.map((t) => {
      const start = all.replace(/\u00a0/g, ' ').indexOf(t);
      if (start < 0) return [];
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(start + t.length));
      return [...range.getClientRects()].map(plain);
    });
  }, texts);
}

const overlaps = (a: Box, b: Box) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

for (const site of FIXTURES) {
  test(`${site.id} (${site.engine}): the marks are drawn over the flagged words, and the page's highlight registry holds nothing of ours`, async ({ driver: page }) => {
    await openAndFocus(page, site);
    await page.type(POLICY_DRAFT);
    await expectNudge(page, POLICY_DRAFT_CATEGORIES, FINDINGS.length);
    await expect.poll(async () => (await drawnMarks(page)).length).toBe(FINDINGS.length);
    const drawn = await drawnMarks(page);
    const words = await wordRects(page, FINDINGS.map((f) => f.text));
    expect(drawn.flat().length, 'some mark is in view').toBeGreaterThan(0);
    FINDINGS.forEach((f, i) => {
      expect(words[i]!.length, `"${f.text}" is shown in the editor`).toBeGreaterThan(0);
      // A one-line textarea (Instagram's comment box) may have scrolled a word out of its view.
      if (site.engine !== 'textarea') expect(drawn[i]!.length, `"${f.text}" has a box`).toBeGreaterThan(0);
      for (const b of drawn[i]!) expect(words[i]!.some((w) => overlaps(b, w)), `a box of "${f.text}" lies over it`).toBe(true);
    });
    // The attack of issue 12 from the page's own world: nothing to read by name.
    expect(await pageHighlights(page)).toEqual({ size: 0, ours: [] });
  });
}

test('marks follow a window scroll and a banner added above, and a word scrolled out of the editor is not drawn over the page (facebook)', async ({ driver: page }) => {
  const site = fixtureById('facebook');
  await openAndFocus(page, site);
  // A short, scrolling editor in a page taller than the window: both kinds of scroll happen.
  await page.evaluate(() => {
    const e = (window as unknown as FixtureWindow).__fixture.editable() as HTMLElement;
    Object.assign(e.style, { maxHeight: '60px', overflowY: 'auto' });
    document.body.style.paddingBottom = '2000px';
  });
  const draft = `Call me on 07700 900123${'\nA quiet line about the weekend.'.repeat(8)}`;
  await page.type(draft);
  const phone = findingsOf(draft)[0]!;
  await expectNudge(page, 'contact-details', 1);
  await expect.poll(async () => (await drawnMarks(page)).length).toBe(1);
  const boxesOfPhone = async () => (await drawnMarks(page))[0]?.length ?? -1;

  // Typing left the caret at the end, so the editor has scrolled the phone number out of its view.
  await page.evaluate(() => {
    const e = (window as unknown as FixtureWindow).__fixture.editable();
    e.scrollTop = e.scrollHeight;
  });
  await expect.poll(boxesOfPhone).toBe(0);

  // Scrolled back into view: drawn again; then the window scrolls and the box moves with the word.
  await page.evaluate(() => {
    (window as unknown as FixtureWindow).__fixture.editable().scrollTop = 0;
  });
  await expect.poll(boxesOfPhone).toBe(1);
  await page.evaluate(() => window.scrollTo(0, 30));
  await expect
    .poll(async () => {
      const box = (await drawnMarks(page))[0]?.[0];
      const word = (await wordRects(page, [phone.text]))[0]?.[0];
      return box && word ? Math.round(box.top - word.top) : null;
    })
    .toBe(0);
  // A banner added above the editor moves it (a page's own DOM change): the box follows.
  // At the top of the page, so scroll anchoring does not turn it into a scroll event.
  await page.evaluate(() => window.scrollTo(0, 0));
  const wordTop = async () => (await wordRects(page, [phone.text]))[0]?.[0]?.top ?? NaN;
  const before = await wordTop();
  await page.evaluate(() => {
    const banner = document.createElement('div');
    banner.style.height = '90px';
    document.body.prepend(banner);
  });
  expect(Math.round((await wordTop()) - before)).toBe(90);
  await expect
    .poll(async () => {
      const box = (await drawnMarks(page))[0]?.[0];
      const word = (await wordRects(page, [phone.text]))[0]?.[0];
      return box && word ? Math.round(box.top - word.top) : null;
    })
    .toBe(0);
  // Every box lies inside the editor's visible rect.
  const frame = await page.evaluate(() => {
    const r = (window as unknown as FixtureWindow).__fixture.editable().getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  for (const b of (await drawnMarks(page)).flat()) {
    expect(b.top).toBeGreaterThanOrEqual(frame.top);
    expect(b.bottom).toBeLessThanOrEqual(frame.bottom);
  }
  expect(await pageHighlights(page)).toEqual({ size: 0, ours: [] });
});
