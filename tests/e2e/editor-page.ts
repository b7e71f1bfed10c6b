import { expect, type Locator, type Page } from '@playwright/test';
import type { FixtureSite } from './fixtures/catalogue';
import type { FixtureWindow } from './fixtures/shared/api';

// Read-only steps that work on a Playwright page and on the shared suite's Driver alike.
export { editorMutations, editorSnapshot, modelText, selectedText, shownText, watchEditorMutations, type EditorSnapshot } from './driver/steps';

/** Page-level steps shared by the specs: open a fixture, type, read the model, find the nudge. */

export async function openFixture(page: Page, site: FixtureSite): Promise<void> {
  await page.goto(site.url);
  await page.waitForFunction(() => typeof (window as unknown as FixtureWindow).__fixture?.modelText === 'function');
}

export function editorOf(page: Page, site: FixtureSite): Locator {
  return page.locator(site.editorSelector);
}

/** Opens the fixture and puts the caret in its (empty) editor, as a click would. */
export async function openAndFocus(page: Page, site: FixtureSite): Promise<Locator> {
  await openFixture(page, site);
  const editor = editorOf(page, site);
  await editor.click();
  await expect(editor).toBeFocused();
  return editor;
}

/**
 * openAndFocus, then waits for the session to start (the marker build's nudge host is
 * attached). A session starts only on a person's gesture (issue 12, point 2); text put in
 * without a key press (keyboard.insertText) after a click that came before the content
 * script was ready would start nothing, so the click is repeated until it has.
 */
export async function openAndStart(page: Page, site: FixtureSite): Promise<Locator> {
  const editor = await openAndFocus(page, site);
  await expect(async () => {
    await editor.click();
    await expect(nudgeOf(page)).toBeAttached({ timeout: 1_000 });
  }).toPass();
  return editor;
}

/** The one nudge of the page's one compose box (CSS locators pierce open shadow roots). */
export function nudgeOf(page: Page): Locator {
  return page.locator('postguard-nudge');
}

/** Waits until the nudge reports exactly these findings, as the contract's markers say. */
export async function expectNudge(page: Page, categories: string, count: number): Promise<void> {
  const nudge = nudgeOf(page);
  await expect(nudge).toHaveAttribute('data-categories', categories);
  await expect(nudge).toHaveAttribute('data-count', String(count));
  await expect(nudge).toHaveAttribute('data-state', 'done');
}

/** The pill in the nudge's shadow root; its accessible name starts with "postguard". */
export function pillOf(page: Page): Locator {
  return nudgeOf(page).getByRole('button', { name: /^postguard/ });
}
