import { highlightsSupported } from './highlights';
import { shadowMode } from './markers';

/**
 * How the self-audit shows one post (issue 5, point 3): its findings marked with
 * the CSS Custom Highlight API under a name of their own, so they never clear or
 * are cleared by a compose box's marks (lib/dom/highlights.ts), and a brief
 * outline drawn in our own <postguard-audit-outline> element. The page's DOM is
 * not touched beyond that element.
 */
export const AUDIT_HIGHLIGHT = 'postguard-audit';
/** Keep in step with entrypoints/compose.content/highlights.css (shadow roots get it adopted). */
export const AUDIT_HIGHLIGHT_CSS = `::highlight(postguard-audit) { background-color: rgb(211 47 47 / 0.2); text-decoration: underline wavy rgb(198 40 40); text-decoration-skip-ink: none; }`;
export const OUTLINE_TAG = 'postguard-audit-outline';
/** Long enough to find the post on the screen, short enough not to linger over the page. */
export const OUTLINE_MS = 3000;

const styled = new WeakSet<ShadowRoot>();

/** Marks `ranges` (replacing the last post's marks); false where the browser lacks the API. */
export function markFindings(ranges: readonly Range[]): boolean {
  if (!highlightsSupported()) return false;
  for (const range of ranges) styleRoot(range.startContainer.getRootNode());
  CSS.highlights.set(AUDIT_HIGHLIGHT, new Highlight(...ranges));
  return true;
}

export function clearFindingMarks(): void {
  if (highlightsSupported()) CSS.highlights.delete(AUDIT_HIGHLIGHT);
}

/** `::highlight()` rules do not cross into shadow trees: a post inside one gets the rule adopted, once. */
function styleRoot(root: Node): void {
  if (!(root instanceof ShadowRoot) || styled.has(root)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(AUDIT_HIGHLIGHT_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  styled.add(root);
}

const OUTLINE_CSS = `
:host { all: initial; position: absolute; pointer-events: none; z-index: 2147483646; }
div { box-sizing: border-box; width: 100%; height: 100%; border: 3px solid rgb(198 40 40); border-radius: 8px; box-shadow: 0 0 0 4px rgb(255 255 255 / 0.8); }
@media (prefers-reduced-motion: no-preference) { div { animation: pg-fade ${OUTLINE_MS}ms ease-in forwards; } }
@keyframes pg-fade { 0%, 70% { opacity: 1; } 100% { opacity: 0; } }
`;

/** Removes the outline on screen, its timer and its abort listener. */
let removeOutline: (() => void) | undefined;

/**
 * Outlines `post` for OUTLINE_MS, over it in page coordinates (it scrolls with the
 * document). Only one at a time; `signal` removes it early.
 */
export function outlinePost(post: Element, signal: AbortSignal): void {
  removeOutline?.();
  const doc = post.ownerDocument;
  const host = doc.createElement(OUTLINE_TAG);
  const shadow = host.attachShadow({ mode: shadowMode() });
  const style = doc.createElement('style');
  style.textContent = OUTLINE_CSS;
  shadow.append(style, doc.createElement('div'));
  const rect = post.getBoundingClientRect();
  const view = doc.defaultView;
  Object.assign(host.style, {
    top: `${rect.top + (view?.scrollY ?? 0)}px`,
    left: `${rect.left + (view?.scrollX ?? 0)}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
  });
  host.setAttribute('aria-hidden', 'true');
  doc.documentElement.append(host);

  const done = new AbortController();
  const remove = () => {
    clearTimeout(timer);
    host.remove();
    done.abort();
    if (removeOutline === remove) removeOutline = undefined;
  };
  const timer = setTimeout(remove, OUTLINE_MS);
  signal.addEventListener('abort', remove, { once: true, signal: done.signal });
  removeOutline = remove;
}
