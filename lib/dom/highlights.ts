import type { Severity } from '../../rules/categories';

/**
 * Marks in contenteditable boxes, drawn with the CSS Custom Highlight API: the
 * browser paints the ranges, so nothing is written into the editor's DOM and the
 * marks follow scrolling and reflow by themselves (Chromium 105+, Firefox 140+;
 * toolchain note "Web platform seen"). Styles: entrypoints/compose.content/highlights.css,
 * and `HIGHLIGHT_CSS` adopted by a shadow root that holds an editor, because
 * `::highlight()` rules do not cross into shadow trees.
 */
export const HIGHLIGHT_NAMES: Readonly<Record<Severity, string>> = {
  high: 'postguard-high',
  warn: 'postguard-warn',
  info: 'postguard-info',
};

export const HIGHLIGHT_CSS = `
::highlight(postguard-high) { background-color: rgb(211 47 47 / 0.16); text-decoration: underline wavy rgb(198 40 40); text-decoration-skip-ink: none; }
::highlight(postguard-warn) { background-color: rgb(237 108 2 / 0.16); text-decoration: underline wavy rgb(178 90 0); text-decoration-skip-ink: none; }
::highlight(postguard-info) { background-color: rgb(25 118 210 / 0.12); text-decoration: underline dotted rgb(21 101 192); text-decoration-skip-ink: none; }
`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** One shared Highlight per severity; each box adds and removes only its own ranges. */
function shared(severity: Severity): Highlight {
  const name = HIGHLIGHT_NAMES[severity];
  let h = CSS.highlights.get(name);
  if (!h) {
    h = new Highlight();
    CSS.highlights.set(name, h);
  }
  return h;
}

const adopted = new WeakSet<ShadowRoot>();

/** Makes `::highlight()` styles apply inside the shadow root holding `box`, once. */
export function styleShadowHost(box: Element): void {
  const root = box.getRootNode();
  if (!(root instanceof ShadowRoot) || adopted.has(root)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  adopted.add(root);
}

export interface Mark {
  range: Range;
  severity: Severity;
}

export class HighlightLayer {
  private marks: Mark[] = [];

  set(marks: Mark[]): void {
    this.clear();
    for (const m of marks) shared(m.severity).add(m.range);
    this.marks = marks;
  }

  clear(): void {
    for (const m of this.marks) shared(m.severity).delete(m.range);
    this.marks = [];
  }
}
