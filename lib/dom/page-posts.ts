import type { Finding } from '../analyze/types';
import { isComposeBox, isOurs, readPageText } from './page-text';
import type { TextMap } from './text-map';

/**
 * The self-audit's reading of a page (issue 5, point 3): the posts shown on it
 * (a timeline, a profile), each one's own text, and what the analyzer finds
 * there. Nothing here changes the page.
 *
 * Posts nest (a comment inside its post, a reply inside its comment): every
 * match is one post, and its text leaves out the posts inside it, so each word
 * is read once and a finding points at the post that holds it.
 */

/** A long feed stops here: the first posts are the ones staff have scrolled past. */
export const MAX_POSTS = 200;
/** A post's text beyond this is not read (the analyzer's cost grows with it). */
export const MAX_POST_CHARS = 5000;
export const EXCERPT_CHARS = 140;

export interface PagePost {
  element: Element;
  /** The post's own text and the map back to its text nodes (for marks). */
  map: TextMap;
}

export interface CheckedPost extends PagePost {
  /** The post's place among those checked. */
  index: number;
  excerpt: string;
  findings: Finding[];
  /** A profile field (intro, bio, workplace), not a post. */
  profile?: true;
}

/** Rendered with a size: not display:none, not visibility:hidden, not collapsed to nothing. */
export function isShown(el: Element): boolean {
  const check = (el as { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (check && !check.call(el, { visibilityProperty: true })) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** The element, or an ancestor across shadow roots, is ours or a compose box. */
function insideExcluded(el: Element): boolean {
  for (let at: Element | null = el; at; ) {
    if (isOurs(at) || isComposeBox(at)) return true;
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null);
  }
  return false;
}

/** The document and every open shadow root in it (Reddit's posts are web components). */
function rootsOf(doc: Document): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [doc];
  for (let i = 0; i < roots.length; i++) {
    const walker = doc.createTreeWalker(roots[i]!, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) roots.push(shadow);
    }
  }
  return roots;
}

/** The text of one post, without the posts inside it (they are read on their own). */
export function readPost(element: Element, selectors: readonly string[]): TextMap {
  const list = selectors.join(',');
  return readPageText(element, (el) => el.matches(list));
}

/**
 * The posts shown on the page, in document order (shadow roots after the document), at
 * most MAX_POSTS; none in `seen` (those an earlier pass read: issue 15, point 5), and
 * each one found is added to it. `posts` are the selectors a post's own text stops at.
 */
export function findPosts(
  doc: Document, selectors: readonly string[], shown: (el: Element) => boolean = isShown,
  seen?: WeakSet<Element>, posts: readonly string[] = selectors,
): PagePost[] {
  if (!selectors.length) return [];
  const list = selectors.join(',');
  const found: PagePost[] = [];
  for (const root of rootsOf(doc)) {
    for (const element of root.querySelectorAll(list)) {
      if (seen?.has(element) || insideExcluded(element) || !shown(element)) continue;
      const map = readPost(element, posts);
      if (!map.text.trim()) continue;
      seen?.add(element);
      found.push({ element, map });
      if (found.length >= MAX_POSTS) return found;
    }
  }
  return found;
}

export function excerptOf(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Posts analysed between yields: a feed of long posts must not freeze the page in one task. */
const POSTS_PER_SLICE = 20;

export interface AuditOptions {
  shown?: (el: Element) => boolean;
  /** Lets the page run between slices of posts (yieldToPage); none in tests. */
  pause?: () => Promise<void>;
  /** The site's profile fields (intro, bio, workplace), read besides the posts (issue 15, point 5). */
  fields?: readonly string[];
  /** Posts and fields read by an earlier pass, skipped and added to: checking as the person scrolls. */
  seen?: WeakSet<Element>;
  /** The index the first item of this pass gets (after an earlier pass's). */
  firstIndex?: number;
}

export interface AuditResult {
  /** Posts read (not counting fields). */
  checked: number;
  /** Profile fields read. */
  fields: number;
  /** Those with findings, fields first. */
  posts: CheckedPost[];
}

/** Checks every profile field and post shown; returns how many were read and those with findings. */
export async function auditPosts(
  doc: Document,
  selectors: readonly string[],
  analyze: (text: string) => Finding[],
  { shown, pause, fields = [], seen, firstIndex = 0 }: AuditOptions = {},
): Promise<AuditResult> {
  const profile = findPosts(doc, fields, shown, seen, selectors);
  const found = findPosts(doc, selectors, shown, seen);
  const posts: CheckedPost[] = [];
  const items = [...profile.map((p) => ({ ...p, profile: true as const })), ...found];
  for (const [i, post] of items.entries()) {
    if (pause && i > 0 && i % POSTS_PER_SLICE === 0) await pause();
    const findings = analyze(post.map.text.slice(0, MAX_POST_CHARS));
    if (findings.length) posts.push({ ...post, index: firstIndex + i, excerpt: excerptOf(post.map.text), findings });
  }
  return { checked: found.length, fields: profile.length, posts };
}
