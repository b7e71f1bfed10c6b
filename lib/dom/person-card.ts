import type { SiteAdapter } from '../sites';
import { clickedControl, composedParent } from './post-actions';

/**
 * Finds, for the request guard (issue 15, point 1; contract, "Request guard"), the
 * friend, follow or connect control a person activated and the names shown on the
 * person card around it. Knows nothing of the roster: lib/compose/request-guard.ts
 * decides whether a name is a pupil's.
 *
 * | a request control                                      | not one                                     |
 * |--------------------------------------------------------|---------------------------------------------|
 * | a button or `role="button"` named Confirm, Confirm request, Accept, Accept request, Add friend, Follow, Follow back, Connect, Accept invitation (any case; its text or aria-label) | Following, Unfollow, Message, Delete, Ignore, Remove |
 * | LinkedIn's Accept whose aria-label is "Accept Tom Sample's invitation" (its text is "Accept") | a link that only says "Follow us" |
 *
 * | names read from the card, in this order                | not read                                    |
 * |--------------------------------------------------------|---------------------------------------------|
 * | the adapter's `personNames`; the control's and the card's aria-label; headings; links; short text leaves | the whole card as one text ("Tom Sample and 2 mutual friends: Ann Lee") |
 * | ...skipping lines about mutual friends or followers    | anything outside the card                   |
 */
export type PersonSite = Pick<SiteAdapter, 'personCards' | 'personNames'>;

/** The contract's names, compared whole, ignoring case and spacing. */
export const REQUEST_CONTROL_NAMES: readonly string[] = [
  'confirm', 'confirm request', 'accept', 'accept request', 'add friend', 'follow', 'follow back', 'connect', 'accept invitation',
];

/** The contract's cards: request card (list item), dialog, profile header; articles hold X's and Threads' user cells. */
const GENERIC_CARDS = '[role="listitem"], li, [role="dialog"], dialog, header, [role="banner"], [role="article"], article, [role="row"]';

/** A card is a few levels around its controls; a page's whole column is not a card. */
const MAX_LEVELS = 12;

/** How far up from a control a card that is only a name link and its buttons may start. */
const LINK_LEVELS = 4;

/** Candidates read from one card: a profile header has a handful of names, a card two or three. */
const MAX_CANDIDATES = 24;

/** A line about other people on the card, not the card's person. */
const ABOUT_OTHERS = /\bmutual\b|\bfollowed by\b|\band \d+ others?\b|\bfriends? with\b/i;

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();


/** The element's own visible words and aria-label (an icon button has only the label). */
function controlNames(el: HTMLElement): string[] {
  const own = el instanceof HTMLInputElement ? el.value : el.textContent;
  return [squash(own), squash(el.getAttribute('aria-label'))].map((n) => n.toLowerCase()).filter(Boolean);
}

/** The request control an activation reached (its composed path), or null. */
export function requestControlIn(path: readonly EventTarget[]): HTMLElement | null {
  const control = clickedControl(path);
  if (!control || control.matches(':disabled, [aria-disabled="true"]')) return null;
  return controlNames(control).some((n) => REQUEST_CONTROL_NAMES.includes(n)) ? control : null;
}

/**
 * The person card around a control: the adapter's cards first, then the contract's generic
 * ones, then the nearest few levels that hold the person's name link (Facebook's request
 * cards are plain divs: the name link sits two levels above Confirm).
 */
export function personCardFor(control: HTMLElement, site: PersonSite | null): Element | null {
  const selectors = [...(site?.personCards ?? []), GENERIC_CARDS];
  for (const selector of selectors) {
    let level = 0;
    for (let n: Node | null = control; n && level <= MAX_LEVELS; n = composedParent(n), level++) {
      if (n instanceof Element && n.matches(selector)) return n;
    }
  }
  const names = [...(site?.personNames ?? []), 'a[href]'].join(', ');
  let level = 0;
  for (let n: Node | null = composedParent(control); n instanceof Element && level < LINK_LEVELS; n = composedParent(n), level++) {
    if (n.localName === 'body' || n.localName === 'main' || n.matches('[role="main"]')) break;
    if (n.querySelector(names)) return n;
  }
  return null;
}

/** Text of an element whose own text nodes carry words (a span with the name, not its wrapper). */
function ownText(el: Element): string {
  let out = '';
  for (const child of el.childNodes) if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
  return squash(out);
}

/**
 * The names the card shows, most likely the person's first: each is a short text the
 * caller folds and matches against the roster. The control's own aria-label comes early
 * ("Accept Tom Sample's invitation", "Follow Tom Sample").
 */
export function namesOnCard(card: Element, control: HTMLElement, site: PersonSite | null): string[] {
  const out: string[] = [];
  const add = (text: string | null | undefined) => {
    const s = squash(text);
    if (s && s.length <= 120 && !ABOUT_OTHERS.test(s) && !out.includes(s)) out.push(s);
  };
  const addElement = (el: Element, text: string | null) => {
    if (!control.contains(el) && !aboutOthers(el, card)) add(text);
  };
  for (const selector of site?.personNames ?? []) card.querySelectorAll(selector).forEach((el) => addElement(el, el.textContent));
  add(control.getAttribute('aria-label'));
  add(card.getAttribute('aria-label'));
  const labelledBy = card.getAttribute('aria-labelledby');
  if (labelledBy) for (const id of labelledBy.split(/\s+/)) add(card.ownerDocument.getElementById(id)?.textContent);
  card.querySelectorAll('h1, h2, h3, h4, [role="heading"]').forEach((el) => addElement(el, el.textContent));
  card.querySelectorAll('a[href], [role="link"]').forEach((el) => addElement(el, el.textContent));
  for (const el of card.querySelectorAll('span, strong, b, div, p')) {
    if (out.length >= MAX_CANDIDATES) break;
    addElement(el, ownText(el));
  }
  return out.slice(0, MAX_CANDIDATES);
}

/** Inside a line about others: "Followed by <a>tom.sample</a>", "<a>Ann Lee</a> is a mutual friend". */
function aboutOthers(el: Element, card: Element): boolean {
  for (let n: Element | null = el; n && n !== card; n = n.parentElement) if (isOthersLine(n)) return true;
  return false;
}

/** The smallest element that holds such a line: not a wrapper around the person's name and that line together. */
function isOthersLine(el: Element): boolean {
  const says = (e: Element) => (e.textContent ?? '').length <= 200 && ABOUT_OTHERS.test(e.textContent ?? '');
  return says(el) && ![...el.children].some(says);
}
