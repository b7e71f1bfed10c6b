import { expectNudge, openFixture } from './editor-page';
import { fixtureById } from './fixtures/catalogue';
import { expect, test } from './harness';

/**
 * Compose boxes inside same-origin frames (issue 3, point 2): the content script runs in
 * every frame (`allFrames`, `matchAboutBlank`, `matchOriginAsFallback`), so a box in a
 * srcdoc or script-written about:blank frame gets its own nudge, inside that frame.
 */
const site = fixtureById('facebook');

for (const kind of ['srcdoc', 'about:blank'] as const) {
  test(`a textarea in a same-origin ${kind} frame is watched`, async ({ page }) => {
    await openFixture(page, site);
    await page.evaluate((kind) => {
      const frame = document.createElement('iframe');
      frame.name = 'composer-frame';
      frame.style.cssText = 'width:600px;height:200px';
      const body = '<textarea aria-label="Write a comment" style="width:500px;height:120px"></textarea>';
      if (kind === 'srcdoc') frame.srcdoc = body;
      document.body.append(frame);
      if (kind === 'about:blank') frame.contentDocument!.body.innerHTML = body;
    }, kind);
    const frame = page.frameLocator('iframe[name="composer-frame"]');
    const box = frame.locator('textarea');
    await box.click();
    await box.pressSequentially('Text me on 07700 900123 tonight');
    const nudge = frame.locator('postguard-nudge');
    await expect(nudge).toHaveAttribute('data-categories', 'contact-details');
    await expect(nudge).toHaveAttribute('data-count', '1');
    // The top page's own editor stays unwatched until used: one nudge, in the frame.
    await expect(page.locator('postguard-nudge')).toHaveCount(0);
  });
}

test('the top frame and a framed box each keep their own nudge', async ({ page }) => {
  await openFixture(page, site);
  await page.locator(site.editorSelector).click();
  await page.keyboard.type('What a shit week.');
  await expectNudge(page, 'profanity', 1);
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.name = 'composer-frame';
    frame.srcdoc = '<textarea aria-label="Write a comment"></textarea>';
    document.body.append(frame);
  });
  const box = page.frameLocator('iframe[name="composer-frame"]').locator('textarea');
  await box.click();
  await box.pressSequentially('Text me on 07700 900123');
  await expect(page.frameLocator('iframe[name="composer-frame"]').locator('postguard-nudge')).toHaveAttribute('data-categories', 'contact-details');
  await expectNudge(page, 'profanity', 1);
});
