import type { Severity } from '../../rules/categories';

/**
 * Marks over the flagged words of a contenteditable box (or a post the self-audit
 * shows), drawn as boxes inside OUR shadow root: the page's DOM and its shared
 * CSS Custom Highlight registry never learn which words were flagged (issue 12,
 * point 2: a page script read "postguard-warn: Christ Church School" from
 * `CSS.highlights`). Each mark is one `position: fixed` box per line rect of its
 * Range (`Range.getClientRects()`), clipped to the box's visible rect so a word
 * scrolled out of the editor is not drawn over the page. The owner calls place()
 * (batched in one animation frame) on scroll, resize and DOM changes.
 *
 * Severity shows by colour AND by line style, so it never rests on colour alone:
 * high wavy, warn dashed, info dotted.
 */
export interface Mark {
  range: Range;
  severity: Severity;
}

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One box to draw, in viewport coordinates. */
export interface PlacedBox {
  /** Index of the mark it belongs to. */
  mark: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Room below a word's rect for its underline (the wave is 3 px tall). */
export const UNDERLINE_PX = 2;

export const MARKS_CSS = `
.pg-marks { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.pg-mark > div { position: fixed; box-sizing: border-box; margin: 0; padding: 0; pointer-events: none; border-radius: 2px 2px 0 0; }
.pg-high > div { background: radial-gradient(circle at 50% 0, transparent 1.6px, rgb(198 40 40) 1.7px 2.6px, transparent 2.7px) left bottom / 6px 3px repeat-x, rgb(211 47 47 / 0.16); }
.pg-warn > div { background: rgb(237 108 2 / 0.16); border-bottom: 2px dashed rgb(178 90 0); }
.pg-info > div { background: rgb(25 118 210 / 0.12); border-bottom: 2px dotted rgb(21 101 192); }
@media (forced-colors: active) { .pg-mark > div { background: none; border-bottom: 2px solid Highlight; } .pg-high > div { border-bottom-style: double; border-bottom-width: 3px; } .pg-warn > div { border-bottom-style: dashed; } .pg-info > div { border-bottom-style: dotted; } }
`;

/** Intersection of two rects, or null when they do not overlap. */
export function intersect(a: RectLike, b: RectLike): RectLike | null {
  const r = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return r.right > r.left && r.bottom > r.top ? r : null;
}

/**
 * Pure placement: each mark's line rects, grown by the underline's room, clipped
 * to `clip` (the box's visible rect); empty rects and rects outside are dropped.
 * `clip` null: nothing of the box is visible, so nothing is drawn.
 */
export function placeBoxes(rects: readonly (readonly RectLike[])[], clip: RectLike | null): PlacedBox[] {
  const out: PlacedBox[] = [];
  if (!clip) return out;
  rects.forEach((lines, mark) => {
    for (const r of lines) {
      if (r.right - r.left <= 0 || r.bottom - r.top <= 0) continue;
      const c = intersect({ left: r.left, top: r.top, right: r.right, bottom: r.bottom + UNDERLINE_PX }, clip);
      if (c) out.push({ mark, left: c.left, top: c.top, width: c.right - c.left, height: c.bottom - c.top });
    }
  });
  return out;
}

/** Ancestors (across shadow boundaries) whose overflow clips their content. */
export function clippingAncestors(el: Element): Element[] {
  const out: Element[] = [];
  const view = el.ownerDocument.defaultView;
  if (!view) return out;
  for (let a = parentOf(el); a && a !== el.ownerDocument.documentElement; a = parentOf(a)) {
    const s = view.getComputedStyle(a);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') out.push(a);
  }
  return out;
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The inside of `el`'s borders and scrollbars, in viewport coordinates. */
function paddingBox(el: Element): RectLike {
  const r = el.getBoundingClientRect();
  const left = r.left + el.clientLeft;
  const top = r.top + el.clientTop;
  // An inline or unlaid element reports clientWidth 0: keep its border box then.
  const width = el.clientWidth || r.width;
  const height = el.clientHeight || r.height;
  return { left, top, right: left + width, bottom: top + height };
}

/** What of `el` can be seen: its padding box within its clipping ancestors and the viewport. */
export function visibleRect(el: Element, clippers: readonly Element[]): RectLike | null {
  const view = el.ownerDocument.defaultView;
  let r: RectLike | null = paddingBox(el);
  if (view) r = intersect(r, { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight });
  for (const a of clippers) {
    if (!r) break;
    r = intersect(r, paddingBox(a));
  }
  return r;
}

/** Where rects come from: the browser's layout, or a test's stand-in (jsdom has no layout). */
export interface Layout {
  rects(range: Range): readonly RectLike[];
  clip(el: Element, clippers: readonly Element[]): RectLike | null;
  clippers(el: Element): Element[];
}

export const BROWSER_LAYOUT: Layout = {
  rects: (range) => Array.from(range.getClientRects()),
  clip: visibleRect,
  clippers: clippingAncestors,
};

export class MarkLayer {
  readonly el: HTMLDivElement;
  private marks: readonly Mark[] = [];
  private groups: HTMLDivElement[] = [];
  private clippers: Element[] = [];

  /** `container`: our shadow root; `within`: the element whose visible rect clips the marks. */
  constructor(
    container: ShadowRoot,
    private readonly within: Element,
    private readonly layout: Layout = BROWSER_LAYOUT,
  ) {
    this.el = container.ownerDocument.createElement('div');
    this.el.className = 'pg-marks';
    this.el.setAttribute('aria-hidden', 'true');
    // First in the root: the nudge's pill and card, later in tree order, paint over the marks.
    container.prepend(this.el);
  }

  get size(): number {
    return this.marks.length;
  }

  set(marks: readonly Mark[]): void {
    const doc = this.el.ownerDocument;
    this.marks = marks;
    this.groups = marks.map((m) => {
      const g = doc.createElement('div');
      g.className = `pg-mark pg-${m.severity}`;
      return g;
    });
    this.el.replaceChildren(...this.groups);
    // Which ancestors clip changes with the page's layout, rarely with a scroll: read once per set.
    this.clippers = marks.length ? this.layout.clippers(this.within) : [];
    this.place();
  }

  /** Reads every rect first, then writes every box: one layout, not one per box. */
  place(): void {
    if (!this.marks.length) return;
    const rects = this.marks.map((m) => this.layout.rects(m.range));
    const boxes = placeBoxes(rects, this.within.isConnected ? this.layout.clip(this.within, this.clippers) : null);
    const perMark = this.groups.map(() => [] as PlacedBox[]);
    for (const b of boxes) perMark[b.mark]!.push(b);
    const doc = this.el.ownerDocument;
    this.groups.forEach((g, i) => {
      const want = perMark[i]!;
      while (g.childElementCount > want.length) g.lastElementChild!.remove();
      while (g.childElementCount < want.length) g.append(doc.createElement('div'));
      want.forEach((b, j) => {
        const s = (g.children[j] as HTMLElement).style;
        s.left = `${b.left}px`;
        s.top = `${b.top}px`;
        s.width = `${b.width}px`;
        s.height = `${b.height}px`;
      });
    });
  }

  clear(): void {
    this.set([]);
  }

  remove(): void {
    this.marks = [];
    this.groups = [];
    this.el.remove();
  }
}
