import type { Engine } from './engines';
import { readEditable, rangeFor } from './text-map';

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

/** Replaces [start, end) (the words `expected`) with `replacement` through the editor's own input path. */
export async function applyFix(box: HTMLElement, engine: Engine, span: Span, expected: string, replacement: string): Promise<boolean> {
  const text = box instanceof HTMLTextAreaElement ? box.value : readEditable(box).text;
  if (text.slice(span.start, span.end) !== expected) return false;
  const target = replacement === '' ? removalSpan(text, span) : span;
  const doc = box.ownerDocument;
  const settled = engine === 'textarea' ? Promise.resolve() : selectionSettled(doc);
  if (!selectWords(box, target, text.slice(target.start, target.end))) return false;
  await settled;
  return replacement === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, replacement);
}
