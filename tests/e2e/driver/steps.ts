import { expect } from '@playwright/test';
import type { FixtureSite } from '../fixtures/catalogue';
import type { FixtureWindow } from '../fixtures/shared/api';
import { evaluateIn, type Driver, type Evaluator } from './driver';

/**
 * The shared suite's steps, on a Driver (Chromium or Firefox): open a fixture, put the
 * caret in it, read the editor's own model and the nudge's markers, press the nudge's
 * buttons with a trusted click. Waiting is always for a condition (expect.poll).
 */

export async function openFixture(driver: Driver, site: Pick<FixtureSite, 'url'>): Promise<void> {
  await driver.goto(site.url);
  await expect.poll(() => driver.evaluate(() => typeof (window as unknown as FixtureWindow).__fixture?.modelText === 'function')).toBe(true);
}

/** What a step clicks or looks for: the editor, the nudge's pill, its findings panel, a button on the card that shows `text`, the site's or the pause's buttons. */
export type Target =
  | { kind: 'editor' }
  | { kind: 'pill' }
  | { kind: 'panel' }
  | { kind: 'card-button'; text: string; name: string }
  /** The site's own button (its Post), in the page or an open shadow root of it. */
  | { kind: 'page-button'; name: string }
  /** A button of the contract's <postguard-pause>. */
  | { kind: 'pause-button'; name: string };

/** The centre of the target's box in the viewport, scrolled into view (null while there is none). */
function centreOf(driver: Driver, target: Target): Promise<{ x: number; y: number; expanded: string | null } | null> {
  return driver.evaluate((target) => {
    const root = document.querySelector('postguard-nudge')?.shadowRoot;
    const named = (b: Element) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
    let element: Element | null | undefined;
    if (target.kind === 'editor') element = (window as unknown as FixtureWindow).__fixture.editable();
    else if (target.kind === 'pill') element = [...(root?.querySelectorAll('button') ?? [])].find((b) => named(b).startsWith('postguard'));
    else if (target.kind === 'panel') element = root?.querySelector('[role="region"][aria-label="postguard findings"]');
    else if (target.kind === 'pause-button') {
      element = [...(document.querySelector('postguard-pause')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => named(b) === target.name);
    } else if (target.kind === 'page-button') {
      const buttonsIn = (scope: Document | ShadowRoot): Element[] => [
        ...scope.querySelectorAll('button, [role="button"]'),
        ...[...scope.querySelectorAll('*')].filter((e) => e.shadowRoot && !e.localName.startsWith('postguard-')).flatMap((e) => buttonsIn(e.shadowRoot!)),
      ];
      element = buttonsIn(document).find((b) => named(b) === target.name);
    } else {
      const panel = root?.querySelector('[role="region"][aria-label="postguard findings"]');
      const card = [...(panel?.querySelectorAll('article') ?? [])].find((a) => a.textContent?.includes(target.text));
      element = [...(card?.querySelectorAll('button') ?? [])].find((b) => named(b) === target.name);
    }
    if (!element) return null;
    element.scrollIntoView({ block: 'nearest' });
    const r = element.getBoundingClientRect();
    return r.width && r.height ? { x: r.x + r.width / 2, y: r.y + r.height / 2, expanded: element.getAttribute('aria-expanded') } : null;
  }, target);
}

/** Waits for the target and clicks its centre, as a person would. */
export async function click(driver: Driver, target: Target): Promise<void> {
  let point: { x: number; y: number } | null = null;
  await expect.poll(async () => (point = await centreOf(driver, target))).not.toBeNull();
  await driver.clickAt(point!.x, point!.y);
}

/** Whether the target is on the page now (a card offers Apply fix or Select words, not both). */
export async function isShown(driver: Driver, target: Target): Promise<boolean> {
  return (await centreOf(driver, target)) !== null;
}

/** The pill's aria-expanded. */
export async function pillExpanded(driver: Driver): Promise<string | null> {
  return (await centreOf(driver, { kind: 'pill' }))?.expanded ?? null;
}

/** Opens the fixture and puts the caret in its (empty) editor with a click. */
export async function openAndFocus(driver: Driver, site: Pick<FixtureSite, 'url'>): Promise<void> {
  await openFixture(driver, site);
  await click(driver, { kind: 'editor' });
  await expect
    .poll(() =>
      driver.evaluate(() => {
        const editable = (window as unknown as FixtureWindow).__fixture.editable();
        const root = editable.getRootNode() as Document | ShadowRoot;
        const active = root.activeElement;
        return !!active && (active === editable || editable.contains(active));
      }),
    )
    .toBe(true);
}

export function modelText(target: Evaluator): Promise<string> {
  return evaluateIn(target, () => (window as unknown as FixtureWindow).__fixture.modelText());
}

/** The contract's markers on the page's one nudge (null when there is no nudge). */
export function nudgeMarkers(driver: Driver): Promise<{ categories: string | null; count: string | null; state: string | null } | null> {
  return driver.evaluate(() => {
    const nudge = document.querySelector('postguard-nudge');
    if (!nudge) return null;
    return { categories: nudge.getAttribute('data-categories'), count: nudge.getAttribute('data-count'), state: nudge.getAttribute('data-state') };
  });
}

/** Waits until the nudge reports exactly these findings, as the contract's markers say. */
export async function expectNudge(driver: Driver, categories: string, count: number): Promise<void> {
  await expect.poll(() => nudgeMarkers(driver)).toEqual({ categories, count: String(count), state: 'done' });
}

/** The text selected in the editor: textarea range, or the selection of the editor's (shadow) root. */
export function selectedText(target: Evaluator): Promise<string> {
  return evaluateIn(target, () => {
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

export function editorSnapshot(target: Evaluator): Promise<EditorSnapshot> {
  return evaluateIn(target, () => {
    const fixture = (window as unknown as FixtureWindow).__fixture;
    const editable = fixture.editable() as HTMLElement;
    const shown = editable instanceof HTMLTextAreaElement ? editable.value : editable.innerText;
    return { model: fixture.modelText(), shown, html: editable.outerHTML };
  });
}

/** Starts recording every DOM mutation inside the editor (read back with editorMutations). */
export async function watchEditorMutations(target: Evaluator): Promise<void> {
  await evaluateIn(target, () => {
    const editable = (window as unknown as FixtureWindow).__fixture.editable();
    const seen: string[] = [];
    (window as unknown as { __editorMutations: string[] }).__editorMutations = seen;
    new MutationObserver((records) => {
      for (const r of records) seen.push(`${r.type} on <${(r.target as Element).nodeName ?? r.target.nodeName}> ${r.attributeName ?? ''}`.trim());
    }).observe(editable, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export function editorMutations(target: Evaluator): Promise<string[]> {
  return evaluateIn(target, () => (window as unknown as { __editorMutations: string[] }).__editorMutations);
}

/** The open pause (null when there is none): its dialog's text and the name of the button with focus. */
export function pauseState(driver: Driver): Promise<{ text: string; focused: string | null; status: string } | null> {
  return driver.evaluate(() => {
    const root = document.querySelector('postguard-pause')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"], dialog');
    if (!root || !dialog) return null;
    const active = root.activeElement;
    return {
      text: dialog.textContent ?? '',
      focused: active ? (active.getAttribute('aria-label') ?? active.textContent ?? '').trim() : null,
      status: root.querySelector('[role="status"]')?.textContent ?? '',
    };
  });
}

/** What the fixture page has posted, oldest first. */
export function posted(target: Evaluator): Promise<string[]> {
  return evaluateIn(target, () => (window as unknown as FixtureWindow).__fixture.posted);
}

/** The browser's id for the tab showing `url`, asked from one of the extension's pages (Chromium's chrome.*, Firefox's browser.*). */
export async function tabIdFor(extensionPage: Driver, url: string): Promise<number> {
  let id: number | null = null;
  await expect
    .poll(async () =>
      (id = await extensionPage.evaluate(async (url) => {
        type Tabs = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
        const api = ((globalThis as unknown as { browser?: Tabs }).browser ?? (globalThis as unknown as { chrome: Tabs }).chrome).tabs;
        const [tab] = await api.query({ url });
        return tab?.id ?? null;
      }, url)),
    )
    .not.toBeNull();
  return id!;
}
