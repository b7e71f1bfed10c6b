import type { Page } from '@playwright/test';
import { editorOf, modelText, openAndFocus } from './editor-page';
import { FIXTURES, type Engine } from './fixtures/catalogue';
import type { FixtureWindow } from './fixtures/shared/api';
import { expect, launchBrowser, test } from './harness';

/**
 * The fixture pages themselves, in a browser WITHOUT the extension: when the
 * shared suite fails, this says whether the page or the extension is at fault.
 */

/** The library markers the content script recognises engines by (briefing: in-page UI contract). */
const ENGINE_MARKERS: Record<Engine, string> = {
  lexical: '[data-lexical-editor="true"]',
  draftjs: '.public-DraftEditor-content',
  quill: '.ql-editor',
  prosemirror: '.ProseMirror',
  textarea: 'textarea',
  contenteditable: '[contenteditable="true"]',
};

let world: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
test.beforeAll(async () => {
  world = await launchBrowser(false);
});
test.afterAll(async () => {
  await world.close();
});
test.beforeEach(async () => {
  page = await world.context.newPage();
});
test.afterEach(async () => {
  await page.close();
});

for (const site of FIXTURES) {
  test(`${site.id}: served at ${site.url}, typed text reaches the ${site.engine} model, undo and Post work`, async () => {
    const mark = world.requests.length;
    const editor = await openAndFocus(page, site);
    expect(page.url()).toBe(site.url);
    expect(await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.engine)).toBe(site.engine);
    // The selector, the engine's marker and __fixture.editable() name one element.
    expect(await editor.evaluate((el, marker) => el.matches(marker), ENGINE_MARKERS[site.engine])).toBe(true);
    expect(await editor.evaluate((el) => el === (window as unknown as FixtureWindow).__fixture.editable())).toBe(true);
    await expect(editorOf(page, site)).toHaveCount(1);

    const typed = site.multiline ? 'First line, typed.\nSecond line: £5 & café!' : 'One line, typed: £5 & café!';
    await page.keyboard.type(typed);
    expect(await modelText(page)).toBe(typed);
    await page.keyboard.press('Control+z');
    // Draft.js applies its undo through a React state update, a moment after the key.
    await expect.poll(async () => (await modelText(page)).length).toBeLessThan(typed.length);
    const undone = await modelText(page);
    expect(typed.startsWith(undone)).toBe(true);

    await page.keyboard.press('Control+Shift+z');
    await page.getByRole('button', { name: site.postButton, exact: true }).click();
    const posted = await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.posted);
    expect(posted).toEqual([await modelText(page)]);
    expect(world.requests.slice(mark).map((r) => `${r.outcome} ${r.url}`)).toEqual([`fulfilled ${site.url}`]);
  });
}
