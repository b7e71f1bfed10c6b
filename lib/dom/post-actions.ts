import type { SiteAdapter } from '../sites';
import { editableRoot } from './compose-boxes';

/**
 * Recognises a site's post action (issue 5): a click on its Post/Send/Reply
 * button, Ctrl/Cmd+Enter where the site posts on it, Enter where the site sends
 * on Enter. Knows nothing of findings or the pause; lib/compose/pause-guard.ts
 * decides whether to hold the action.
 *
 * | counts as a post action                                   | does not                                  |
 * |-----------------------------------------------------------|-------------------------------------------|
 * | a button matching the adapter's `postButtons`             | a button more than 8 levels from the box  |
 * | a button named as in `postButtonNames` or POST_NAMES      | "Share" with no watched box near it       |
 * | a submit button of the form holding the box               | Enter while an IME is composing           |
 * | Enter (no modifier) where `sendsOnEnter`/`enterSendsIn`   | Shift+Enter (a new line everywhere)       |
 * | Ctrl/Cmd+Enter where `sendsOnModEnter`                    | Ctrl+Enter on a site that ignores it      |
 * | Enter or Space on a focused `role="button"` post control  | the same keys on a native <button> (they  |
 * |   (sites run their action from keydown, with no click)    |   click, and the click is what is held)   |
 */
export type PostSite = Pick<SiteAdapter, 'postButtons' | 'postButtonNames' | 'sendsOnEnter' | 'enterSendsIn' | 'sendsOnModEnter' | 'audience'>;

/** Names sites give their post buttons in the English UI; any site, including ones staff added. */
const POST_NAMES = ['post', 'reply', 'send', 'share', 'publish', 'comment', 'tweet', 'toot!', 'publish post', 'post reply', 'share now'];

/** How far up from a post button to look for its compose box: a composer's footer is a few levels from its editor. */
const MAX_LEVELS = 8;

const CLICKABLE = 'button, [role="button"], input[type="submit"]';

/** The parent across a shadow boundary: a shadow root's host. */
export function composedParent(node: Node): Node | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

/** `ancestor.contains(node)`, looking through shadow roots (Reddit's editor lives in one). */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) if (n === ancestor) return true;
  return false;
}

/** The name a button shows: its aria-label, else its text (or an input's value). */
function buttonNames(el: Element): string[] {
  const names = [el.getAttribute('aria-label'), el instanceof HTMLInputElement ? el.value : el.textContent];
  return names.filter((n): n is string => !!n).map((n) => n.replace(/\s+/g, ' ').trim().toLowerCase());
}

/** The clickable element an event reached first, from its composed path (a click lands on the button's icon or label). */
export function clickedControl(path: readonly EventTarget[]): HTMLElement | null {
  for (const target of path) {
    if (!(target instanceof HTMLElement)) continue;
    if (target.matches(CLICKABLE)) return target;
    if (target.localName === 'body') return null;
  }
  return null;
}

function isPostButton(el: HTMLElement, site: PostSite | null, boxes: readonly HTMLElement[]): boolean {
  if (el.matches(':disabled, [aria-disabled="true"]')) return false;
  if (site?.postButtons?.some((selector) => el.matches(selector))) return true;
  const names = [...(site?.postButtonNames ?? []).map((n) => n.toLowerCase()), ...POST_NAMES];
  if (buttonNames(el).some((n) => names.includes(n))) return true;
  // A submit button of the form the box is in (Mastodon, old Reddit, most forums).
  const form = (el as HTMLButtonElement).form;
  return (el as HTMLButtonElement).type === 'submit' && !!form && boxes.some((box) => form.contains(box));
}

/**
 * The compose box a post button posts: among `boxes` (most recently used first), the
 * first inside the button's nearest ancestor that holds any of them, within MAX_LEVELS.
 */
export function boxForButton(button: HTMLElement, site: PostSite | null, boxes: readonly HTMLElement[]): HTMLElement | null {
  if (!boxes.length || !isPostButton(button, site, boxes)) return null;
  let level = 0;
  for (let n: Node | null = composedParent(button); n && level < MAX_LEVELS; n = composedParent(n), level++) {
    const box = boxes.find((b) => composedContains(n!, b));
    if (box) return box;
  }
  return null;
}

/**
 * The buttons that post `box`, as boxForButton would tie them to it: what an in-page
 * notice must never cover (lib/dom/notice-spot.ts). Looked for within MAX_LEVELS of the box.
 */
export function postButtonsFor(box: HTMLElement, site: PostSite | null): HTMLElement[] {
  let scope: Node = box;
  for (let level = 0, up = composedParent(box); up && level < MAX_LEVELS; up = composedParent(up), level++) scope = up;
  if (!(scope instanceof Element || scope instanceof Document || scope instanceof DocumentFragment)) return [];
  return [...scope.querySelectorAll<HTMLElement>(CLICKABLE)].filter((button) => boxForButton(button, site, [box]) === box);
}

/** The box a key press posts from, or null when the key just types (a new line, a letter). */
export function boxForKey(e: KeyboardEvent, site: PostSite | null, boxes: readonly HTMLElement[]): HTMLElement | null {
  // keyCode 229: the IME has the key (Safari and older Chromium report it before isComposing).
  if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229 || e.shiftKey || e.altKey || !site) return null;
  const target = e.composedPath()[0];
  if (!(target instanceof Element)) return null;
  const box = editableRoot(target);
  if (!box || !boxes.includes(box)) return null;
  const mod = e.ctrlKey || e.metaKey;
  if (mod) return site.sendsOnModEnter ? box : null;
  const sendsHere = site.sendsOnEnter || site.enterSendsIn?.some((selector) => box.matches(selector));
  return sendsHere ? box : null;
}

/**
 * Who the post will reach, in the site's own words ("Friends", "Everyone"), from the
 * adapter's audience control: the pause shows it, since the same words weigh
 * differently in front of the public. The control's visible text, else its label.
 */
export function audienceOf(box: HTMLElement, site: PostSite | null): string | undefined {
  for (const selector of site?.audience ?? []) {
    const roots = [box.getRootNode() as ParentNode, box.ownerDocument];
    const control = roots.map((root) => root.querySelector(selector)).find((el) => el);
    const words = (control?.textContent?.trim() || control?.getAttribute('aria-label')?.trim() || '').replace(/\s+/g, ' ');
    if (words) return words.length > 60 ? `${words.slice(0, 59)}…` : words;
  }
  return undefined;
}

/**
 * The box a key press on a focused post control posts: a `<div role="button">` (Facebook's
 * Post) acts on Enter or Space from its own keydown handler, and no click follows. A native
 * button turns those keys into a click, which boxForButton sees, so it is left out here.
 */
export function boxForKeyOnButton(e: KeyboardEvent, site: PostSite | null, boxes: readonly HTMLElement[]): { control: HTMLElement; box: HTMLElement } | null {
  if ((e.key !== 'Enter' && e.key !== ' ') || e.repeat || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return null;
  const target = e.composedPath()[0];
  if (!(target instanceof HTMLElement) || !target.matches('[role="button"]') || target.matches('button, input')) return null;
  const box = boxForButton(target, site, boxes);
  return box ? { control: target, box } : null;
}
