import { expect, type Locator, type Page } from '@playwright/test';
import type { FixtureSite } from './fixtures/catalogue';
import type { FixtureWindow } from './fixtures/shared/api';

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

export function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as FixtureWindow).__fixture.modelText());
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

/** The text selected in the editor: textarea range, or the selection of the editor's (shadow) root. */
export function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const editable = (window as unknown as FixtureWindow).__fixture.editable();
    if (editable instanceof HTMLTextAreaElement) {
      return editable.value.slice(editable.selectionStart, editable.selectionEnd);
    }
    const root = editable.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
    const selection = root instanceof ShadowRoot && root.getSelection ? root.getSelection() : window.getSelection();
    return selection?.toString() ?? '';
  });
}

export interface EditorSnapshot {
  model: string;
  /** What the editor shows (textarea: its value). */
  shown: string;
  html: string;
}

/** A one-paragraph editor's shown text as plain text (contenteditable shows spaces as no-break spaces). */
export function shownText(snapshot: EditorSnapshot): string {
  return snapshot.shown.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
}

export function editorSnapshot(page: Page): Promise<EditorSnapshot> {
  return page.evaluate(() => {
    const fixture = (window as unknown as FixtureWindow).__fixture;
    const editable = fixture.editable() as HTMLElement;
    const shown = editable instanceof HTMLTextAreaElement ? editable.value : editable.innerText;
    return { model: fixture.modelText(), shown, html: editable.outerHTML };
  });
}

/** Starts recording every DOM mutation inside the editor (read back with editorMutations). */
export async function watchEditorMutations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const editable = (window as unknown as FixtureWindow).__fixture.editable();
    const seen: string[] = [];
    (window as unknown as { __editorMutations: string[] }).__editorMutations = seen;
    new MutationObserver((records) => {
      for (const r of records) seen.push(`${r.type} on <${(r.target as Element).nodeName ?? r.target.nodeName}> ${r.attributeName ?? ''}`.trim());
    }).observe(editable, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export function editorMutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __editorMutations: string[] }).__editorMutations);
}
