import { type PostSite, postButtonsFor } from './post-actions';

/**
 * Where an in-page notice may sit (issue 15, point 4): never over the site's compose
 * boxes or Post buttons, which the person came to use. The notice is fixed to the
 * viewport; this picks the first spot along its bottom edge, then its top edge, clear of
 * every box and button by a small gap, or none, and then the notice hides until the
 * layout changes. Pure apart from keepClearRects, which reads the page.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Distance from the viewport's edges. */
export const EDGE = 12;
/** How far each try moves along an edge: small enough to slip between a chat box and a button. */
const STEP = 24;
/** Room left between the notice and anything it must not cover. */
const GAP = 8;

const overlaps = (a: Rect, b: Rect) => a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;

/** The top-left corner for a notice of `size`, or null when no spot along the edges is clear. */
export function chooseSpot(size: Size, viewport: Size, keepClear: readonly Rect[]): { left: number; top: number } | null {
  const maxLeft = viewport.width - EDGE - size.width;
  const bottom = viewport.height - EDGE - size.height;
  if (maxLeft < EDGE || bottom < EDGE) return null;
  const lefts: number[] = [];
  for (let left = EDGE; left < maxLeft; left += STEP) lefts.push(left);
  lefts.push(maxLeft);
  for (const top of [bottom, EDGE]) {
    for (const left of lefts) {
      const spot = { left, top, right: left + size.width, bottom: top + size.height };
      if (!keepClear.some((r) => overlaps(spot, r))) return { left, top };
    }
  }
  return null;
}

/** Compose surfaces as the page draws them; our own UI lives in shadow roots these never reach. */
const EDITABLE = 'textarea, [contenteditable]:not([contenteditable="false"])';

/**
 * The page's compose boxes: every editable in the document and the watched boxes
 * (Reddit's live in a shadow root a document query does not reach).
 */
export function composeSurfaces(doc: Document, watched: Iterable<HTMLElement>): Set<HTMLElement> {
  return new Set<HTMLElement>([...doc.querySelectorAll<HTMLElement>(EDITABLE), ...watched]);
}

/**
 * The boxes and their Post buttons on screen now: each of `boxes` (composeSurfaces) and
 * the buttons that post it (lib/dom/post-actions.ts decides, as for the pause).
 */
export function keepClearRects(doc: Document, site: PostSite | null, boxes: Iterable<HTMLElement>): Rect[] {
  const height = doc.defaultView?.innerHeight ?? 0;
  const rects: Rect[] = [];
  const add = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) rects.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return r;
  };
  for (const box of boxes) {
    const r = add(box);
    // A box far off screen has its Post button off screen too: skip the search (a feed holds many comment boxes).
    if (!box.isConnected || !r.width || r.bottom < -height || r.top > 2 * height) continue;
    for (const button of postButtonsFor(box, site)) add(button);
  }
  return rects;
}
