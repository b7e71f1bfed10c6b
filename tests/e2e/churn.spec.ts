import type { CDPSession } from '@playwright/test';
import { openFixture } from './editor-page';
import { fixtureById } from './fixtures/catalogue';
import { expect, test } from './harness';

/**
 * Issue 12, point 8: compose boxes that come and go are released. 300 boxes are
 * added to a fixture page by its own script, focused and typed into with real
 * keys, hidden and then removed (the order that left 99 of 100 sessions alive);
 * afterwards no <postguard-nudge> is left, the document and window carry no
 * more listeners than before the churn, and the content script holds none of
 * the removed textareas (Runtime.queryObjects, after a garbage collection). Listeners are counted through the
 * DevTools protocol in the content script's own (isolated) world, where the
 * extension's listeners live.
 */

const site = fixtureById('facebook');
const ROUNDS = 10;
const PER_ROUND = 30;

/** The id of the extension's isolated world in the page's main frame. */
async function contentScriptWorld(cdp: CDPSession): Promise<number> {
  const contexts: { id: number; name: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id)).toBe(true);
  return contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id)!.id;
}

/** Listeners on `document` and `window`, as seen from the given world. */
async function listenerCount(cdp: CDPSession, contextId: number): Promise<number> {
  let n = 0;
  for (const expression of ['document', 'window']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    n += listeners.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  }
  return n;
}

/** How many textareas the given world still holds (after a garbage collection: queryObjects runs one). */
async function textareasHeld(cdp: CDPSession, contextId: number): Promise<number> {
  const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'HTMLTextAreaElement.prototype', contextId });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId! });
  const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId!, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
  // The array holds what it found: let it go, or the next count sees these again.
  for (const objectId of [objects.objectId!, proto.objectId!]) await cdp.send('Runtime.releaseObject', { objectId });
  return result.value as number;
}

test('300 compose boxes added, typed in, hidden and removed leave no nudge and no listener behind', async ({ page }) => {
  test.setTimeout(300_000);
  await openFixture(page, site);
  const cdp = await page.context().newCDPSession(page);
  const world = await contentScriptWorld(cdp);

  // One box first, so the content script's own document listeners (watcher, pause guard) are all in place.
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'warm-up';
    document.body.prepend(box);
  });
  await page.locator('#warm-up').click();
  await page.keyboard.type('shit');
  await expect(page.locator('postguard-nudge')).toHaveAttribute('data-count', '1');
  await page.evaluate(() => document.getElementById('warm-up')!.remove());
  await expect(page.locator('postguard-nudge')).toHaveCount(0);
  const baseline = await listenerCount(cdp, world);

  for (let round = 0; round < ROUNDS; round++) {
    await page.evaluate((n) => {
      const area = document.createElement('div');
      area.id = 'churn';
      for (let i = 0; i < n; i++) {
        // Plain textareas and contenteditables, as a feed's reply boxes come and go.
        const box = document.createElement(i % 2 ? 'textarea' : 'div');
        if (!(box instanceof HTMLTextAreaElement)) box.setAttribute('contenteditable', 'true');
        box.className = 'churn-box';
        box.style.cssText = 'display:block;width:200px;height:20px;margin:2px;border:1px solid #999;';
        area.append(box);
      }
      document.body.prepend(area);
    }, PER_ROUND);
    const boxes = page.locator('.churn-box');
    for (let i = 0; i < PER_ROUND; i++) {
      await boxes.nth(i).click();
      await page.keyboard.type('shit');
    }
    await expect(page.locator('postguard-nudge[data-count="1"]')).toHaveCount(PER_ROUND);
    // The probe does see the sessions' listeners (pointerdown on the document, scroll and resize on the window).
    // The probes do see the sessions: their listeners (pointerdown on the document, scroll and resize on
    // the window) and the boxes they hold in the content script's world (half of them are textareas).
    if (round === 0) {
      expect(await listenerCount(cdp, world)).toBeGreaterThanOrEqual(baseline + 3 * PER_ROUND);
      expect(await textareasHeld(cdp, world)).toBeGreaterThanOrEqual(PER_ROUND / 2);
    }
    // Hidden first, then removed: the case the ResizeObserver alone could not see.
    await page.evaluate(() => {
      for (const box of document.querySelectorAll<HTMLElement>('.churn-box')) box.style.display = 'none';
    });
    await expect(page.locator('postguard-nudge:not([hidden])')).toHaveCount(0);
    await page.evaluate(() => document.getElementById('churn')!.remove());
    await expect(page.locator('postguard-nudge')).toHaveCount(0);
  }
  // Polled, not read once: on a loaded machine an analysis or a frame already queued for the
  // last round can still hold its box for a moment (seen once in a parallel run); a leak never lets go.
  await expect.poll(() => listenerCount(cdp, world), { timeout: 15_000 }).toBe(baseline);
  // No removed editor is kept alive by the extension.
  await expect.poll(() => textareasHeld(cdp, world), { timeout: 15_000 }).toBe(0);
  await cdp.detach();
});
