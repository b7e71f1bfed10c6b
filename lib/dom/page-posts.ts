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

/** The posts shown on the page, in document order (shadow roots after the document), at most MAX_POSTS. */
export function findPosts(doc: Document, selectors: readonly string[], shown: (el: Element) => boolean = isShown): PagePost[] {
  if (!selectors.length) return [];
  const list = selectors.join(',');
  const posts: PagePost[] = [];
  for (const root of rootsOf(doc)) {
    for (const element of root.querySelectorAll(list)) {
      if (insideExcluded(element) || !shown(element)) continue;
      const map = readPost(element, selectors);
      if (!map.text.trim()) continue;
      posts.push({ element, map });
      if (posts.length >= MAX_POSTS) return posts;
    }
  }
  return posts;
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
}

/** Checks every post shown; returns the number read and those with findings. */
export async function auditPosts(
  doc: Document,
  selectors: readonly string[],
  analyze: (text: string) => Finding[],
  { shown, pause }: AuditOptions = {},
): Promise<{ checked: number; posts: CheckedPost[] }> {
  const found = findPosts(doc, selectors, shown);
  const posts: CheckedPost[] = [];
  for (const [index, post] of found.entries()) {
    if (pause && index > 0 && index % POSTS_PER_SLICE === 0) await pause();
    const findings = analyze(post.map.text.slice(0, MAX_POST_CHARS));
    if (findings.length) posts.push({ ...post, index, excerpt: excerptOf(post.map.text), findings });
  }
  return { checked: found.length, posts };
}
