import { shadowMode } from './markers';
import { MarkLayer, MARKS_CSS, type Mark } from './marks';

/**
 * How the self-audit shows one post (issue 5, point 3): a brief outline around it
 * and its findings marked, both drawn in our own <postguard-audit-outline>
 * element's shadow root. The marks are boxes there (lib/dom/marks.ts), not CSS
 * Custom Highlights: that registry is shared with the page, which could read the
 * flagged words back by name (issue 12, point 2). The page's DOM is not touched
 * beyond that element. The marks stay until the next audit, the next post shown,
 * or the content script's end; the outline fades after OUTLINE_MS.
 */
export const OUTLINE_TAG = 'postguard-audit-outline';
/** Long enough to find the post on the screen, short enough not to linger over the page. */
export const OUTLINE_MS = 3000;

const CSS_TEXT = `
:host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483646; }
.outline { position: fixed; box-sizing: border-box; pointer-events: none; border: 3px solid rgb(198 40 40); border-radius: 8px; box-shadow: 0 0 0 4px rgb(255 255 255 / 0.8); }
@media (prefers-reduced-motion: no-preference) { .outline { animation: pg-fade ${OUTLINE_MS}ms ease-in forwards; } }
@keyframes pg-fade { 0%, 70% { opacity: 1; } 100% { opacity: 0; } }
${MARKS_CSS}`;

/** Removes what is on screen, its timer, observers and listeners. */
let removeShown: (() => void) | undefined;

/**
 * Outlines `post` for OUTLINE_MS and marks `marks` (ranges inside it) until
 * cleared, replacing the last post shown. Both follow the post on scroll, resize
 * and changes to it, one placement per animation frame; `signal` removes them.
 */
export function showPost(post: Element, marks: readonly Mark[], signal: AbortSignal): void {
  removeShown?.();
  const doc = post.ownerDocument;
  const view = doc.defaultView!;
  const host = doc.createElement(OUTLINE_TAG);
  host.setAttribute('aria-hidden', 'true');
  const shadow = host.attachShadow({ mode: shadowMode() });
  const style = doc.createElement('style');
  style.textContent = CSS_TEXT;
  const outline = doc.createElement('div');
  outline.className = 'outline';
  shadow.append(style);
  const layer = new MarkLayer(shadow, post);
  shadow.append(outline);
  doc.documentElement.append(host);

  const placeOutline = () => {
    if (!outline.isConnected) return;
    const r = post.getBoundingClientRect();
    Object.assign(outline.style, { top: `${r.top}px`, left: `${r.left}px`, width: `${r.width}px`, height: `${r.height}px` });
  };
  layer.set(marks);
  placeOutline();

  const done = new AbortController();
  const on = { signal: done.signal, passive: true } as const;
  let frame = 0;
  const placeSoon = () => {
    frame ||= view.requestAnimationFrame(() => {
      frame = 0;
      placeOutline();
      layer.place();
    });
  };
  view.addEventListener('scroll', placeSoon, { ...on, capture: true });
  view.addEventListener('resize', placeSoon, on);
  const resize = new ResizeObserver(placeSoon);
  resize.observe(post);
  const mutations = new MutationObserver(placeSoon);
  mutations.observe(post, { characterData: true, childList: true, subtree: true });

  const fade = setTimeout(() => outline.remove(), OUTLINE_MS);
  const remove = () => {
    clearTimeout(fade);
    view.cancelAnimationFrame(frame);
    resize.disconnect();
    mutations.disconnect();
    done.abort();
    layer.remove();
    host.remove();
    if (removeShown === remove) removeShown = undefined;
  };
  signal.addEventListener('abort', remove, { once: true, signal: done.signal });
  removeShown = remove;
}

/** Removes the post shown last, its marks and outline (a new audit starts afresh). */
export function clearShownPost(): void {
  removeShown?.();
}
