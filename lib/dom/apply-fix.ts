import type { Engine } from './engines';
import { readEditable, rangeFor, type TextMap } from './text-map';

/**
 * Selecting a finding's words, and replacing them when the user asks for a fix.
 * The replacement goes through `execCommand('insertText')`, which the browser
 * turns into the same `beforeinput`/`input` events as typing, so each engine
 * updates its own model and its undo stack (proved per engine by
 * tests/e2e/editors.spec.ts). Nothing else in postguard writes into a box.
 */
export interface Span {
  start: number;
  end: number;
}

function selectionFor(box: Element): Selection | null {
  return box.ownerDocument.getSelection();
}

/** Lexical and Draft.js read the DOM selection on `selectionchange`, a task after addRange. */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    doc.addEventListener('selectionchange', done, { once: true });
    // Fallback for engines and browsers that coalesce the event away.
    setTimeout(done, 60);
  });
}

/** Selects [start, end) of the box's text; false when the text there is not `expected` any more. */
export function selectWords(box: HTMLElement, span: Span, expected: string): boolean {
  box.focus({ preventScroll: false });
  if (box instanceof HTMLTextAreaElement) {
    if (box.value.slice(span.start, span.end) !== expected) return false;
    box.setSelectionRange(span.start, span.end);
    return true;
  }
  const map = readEditable(box);
  if (map.text.slice(span.start, span.end) !== expected) return false;
  const range = rangeFor(map, span.start, span.end);
  const sel = selectionFor(box);
  if (!range || !sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
  return true;
}

/** Widens a removal by one neighbouring space, so "call me on  today" is not left behind. */
export function removalSpan(text: string, span: Span): Span {
  const before = text[span.start - 1];
  const after = text[span.end];
  if (after === ' ' && (before === undefined || /\s/.test(before))) return { start: span.start, end: span.end + 1 };
  if (before === ' ' && (after === undefined || /[\s.,!?;:]/.test(after))) return { start: span.start - 1, end: span.end };
  return span;
}

/** The focused element, looking inside shadow roots (Reddit's editor lives in one). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The selection as the box's own tree sees it: in a shadow root, Chromium's `ShadowRoot.getSelection`. */
function selectionOf(box: Element): Selection | null {
  const root = box.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return root instanceof ShadowRoot && root.getSelection ? root.getSelection() : box.ownerDocument.getSelection();
}

/** The text offset of a DOM boundary point inside the box; null when the point is outside the box's text. */
function offsetOf(map: TextMap, node: Node, offset: number): number | null {
  const index = map.nodes.indexOf(node as Text);
  if (index >= 0) return map.starts[index]! + offset;
  // An element boundary (between children): the first text at or after it.
  const doc = node.ownerDocument ?? document;
  const point = doc.createRange();
  point.setStart(node, offset);
  for (let i = 0; i < map.nodes.length; i++) if (point.comparePoint(map.nodes[i]!, 0) >= 0) return map.starts[i]!;
  return map.text.length;
}

/**
 * Whether the box still holds `expected` at [start, end) and the selection covers exactly
 * that, in that box (issue 12, point 12). Apply fix awaits between selecting and inserting:
 * the person may have typed, or the page moved the caret or the focus, in between, and
 * inserting then would replace whatever is selected now.
 */
export function selectionCovers(box: HTMLElement, span: Span, expected: string): boolean {
  if (!box.isConnected) return false;
  if (box instanceof HTMLTextAreaElement) {
    return deepActiveElement(box.ownerDocument) === box && box.value.slice(span.start, span.end) === expected
      && box.selectionStart === span.start && box.selectionEnd === span.end;
  }
  const map = readEditable(box);
  if (map.text.slice(span.start, span.end) !== expected) return false;
  const sel = selectionOf(box);
  if (!sel || sel.rangeCount !== 1) return false;
  const range = sel.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return false;
  return offsetOf(map, range.startContainer, range.startOffset) === span.start && offsetOf(map, range.endContainer, range.endOffset) === span.end;
}

/**
 * Replaces [start, end) (the words `expected`) with `replacement` through the editor's own
 * input path. False, with nothing inserted, when the words or the selection changed while
 * it waited for the engine to read the selection (the caller then shows the words instead).
 */
export async function applyFix(box: HTMLElement, engine: Engine, span: Span, expected: string, replacement: string): Promise<boolean> {
  const text = box instanceof HTMLTextAreaElement ? box.value : readEditable(box).text;
  if (text.slice(span.start, span.end) !== expected) return false;
  const target = replacement === '' ? removalSpan(text, span) : span;
  const targetText = text.slice(target.start, target.end);
  const doc = box.ownerDocument;
  const settled = engine === 'textarea' ? Promise.resolve() : selectionSettled(doc);
  if (!selectWords(box, target, targetText)) return false;
  await settled;
  // Checked after the await and right before the insert, with nothing awaited in between.
  if (!selectionCovers(box, target, targetText)) return false;
  return replacement === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, replacement);
}
