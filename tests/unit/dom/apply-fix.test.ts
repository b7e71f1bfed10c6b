// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyFix, selectionCovers } from '../../../lib/dom/apply-fix';

/**
 * Apply fix selects the flagged words, awaits (the engine reads the selection a task
 * later), then inserts. Whatever happened in that await, it inserts only when the
 * selection still covers exactly those words in that box (issue 12, point 12).
 * jsdom has no editing: execCommand is a spy, so the tests see whether it was asked.
 */
let exec: ReturnType<typeof vi.fn>;
beforeEach(() => {
  exec = vi.fn(() => true);
  (document as unknown as { execCommand: unknown }).execCommand = exec;
  // jsdom does no layout and has no scrollIntoView; selectWords scrolls the words into view.
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => document.body.replaceChildren());

const WORDS = '07700 900246';
const TEXT = `Call me on ${WORDS} tonight`;
const SPAN = { start: 11, end: 11 + WORDS.length };

function textarea(): HTMLTextAreaElement {
  const box = document.createElement('textarea');
  box.value = TEXT;
  document.body.append(box);
  return box;
}

function editable(): HTMLElement {
  const box = document.createElement('div');
  box.contentEditable = 'true';
  box.innerHTML = `<p>Call me on <b>${WORDS}</b> tonight</p>`;
  document.body.append(box);
  return box;
}

describe('applyFix re-checks the selection after it awaits', () => {
  it('inserts the fix when nothing changed (textarea and contenteditable)', async () => {
    expect(await applyFix(textarea(), 'textarea', SPAN, WORDS, '[number]')).toBe(true);
    expect(await applyFix(editable(), 'contenteditable', SPAN, WORDS, '[number]')).toBe(true);
    expect(exec.mock.calls).toEqual([['insertText', false, '[number]'], ['insertText', false, '[number]']]);
  });

  it('inserts nothing when the person typed in the box meanwhile', async () => {
    const box = textarea();
    const fixing = applyFix(box, 'textarea', SPAN, WORDS, '[number]');
    // Runs before applyFix resumes from its await: the person's keystroke lands first.
    box.value = `Hi! ${TEXT}`;
    expect(await fixing).toBe(false);
    expect(exec).not.toHaveBeenCalled();
  });

  it('inserts nothing when the page moved the caret meanwhile', async () => {
    const box = textarea();
    const fixing = applyFix(box, 'textarea', SPAN, WORDS, '[number]');
    box.setSelectionRange(0, 4);
    expect(await fixing).toBe(false);
    expect(exec).not.toHaveBeenCalled();
  });

  it('inserts nothing when the focus left the box meanwhile', async () => {
    const box = textarea();
    const other = document.body.appendChild(document.createElement('input'));
    const fixing = applyFix(box, 'textarea', SPAN, WORDS, '[number]');
    other.focus();
    expect(await fixing).toBe(false);
    expect(exec).not.toHaveBeenCalled();
  });

  it('inserts nothing in a contenteditable whose selection moved, or whose words changed, meanwhile', async () => {
    const box = editable();
    const moved = applyFix(box, 'contenteditable', SPAN, WORDS, '[number]');
    document.getSelection()!.collapse(box.querySelector('p')!.firstChild, 2);
    expect(await moved).toBe(false);

    const typed = applyFix(box, 'contenteditable', SPAN, WORDS, '[number]');
    box.querySelector('b')!.firstChild!.textContent = '07700 900999';
    expect(await typed).toBe(false);

    const elsewhere = applyFix(box, 'contenteditable', SPAN, WORDS, '[number]');
    const outside = document.body.appendChild(document.createElement('p'));
    outside.textContent = WORDS;
    document.getSelection()!.selectAllChildren(outside);
    expect(await elsewhere).toBe(false);
    expect(exec).not.toHaveBeenCalled();
  });
});

describe('selectionCovers', () => {
  it('reads a selection at element boundaries as the same text offsets', () => {
    const box = editable();
    const b = box.querySelector('b')!;
    const range = document.createRange();
    // Around the <b> element rather than inside its text node: the same words.
    range.setStartBefore(b);
    range.setEndAfter(b);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(selectionCovers(box, SPAN, WORDS)).toBe(true);
    expect(selectionCovers(box, { start: SPAN.start, end: SPAN.end - 1 }, WORDS.slice(0, -1))).toBe(false);
  });
});
