// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { boxLabel, editableRoot, hiddenReason, skipReason } from '../../../lib/dom/compose-boxes';
import { engineOf } from '../../../lib/dom/engines';

function el(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild!;
}

// Issue 12, point 2: a box nobody can see is not watched. jsdom has no layout: the
// browser's answers are stubbed; tests/e2e/oracle.spec.ts checks them for real.
describe('hiddenReason', () => {
  const box = (rendered: boolean, rect: Partial<DOMRect>) => {
    const b = document.createElement('textarea');
    const full = { left: 0, top: 0, width: 0, height: 0, ...rect };
    b.getBoundingClientRect = () => ({ ...full, right: full.left + full.width, bottom: full.top + full.height }) as DOMRect;
    b.checkVisibility = (options?: CheckVisibilityOptions) => (expect(options).toMatchObject({ opacityProperty: true, visibilityProperty: true }), rendered);
    return b;
  };
  it.each([
    [true, { left: 10, top: 10, width: 300, height: 100 }, null],
    [false, { left: 10, top: 10, width: 300, height: 100 }, 'not-rendered'],
    [true, { left: 10, top: 10, width: 1, height: 1 }, 'too-small'],
    [true, { left: 10, top: 10, width: 300, height: 11 }, 'too-small'],
    [true, { left: -9999, top: 0, width: 300, height: 100 }, 'off-screen'],
    [true, { left: 10, top: window.innerHeight + 5, width: 300, height: 100 }, 'off-screen'],
    [true, { left: -250, top: 10, width: 300, height: 100 }, null],
  ])('rendered %s, %o -> %s', (rendered, rect, reason) => {
    expect(hiddenReason(box(rendered, rect))).toBe(reason);
  });
});

describe('skipReason', () => {
  it.each([
    ['<textarea></textarea>', null],
    ['<div contenteditable="true" role="textbox" aria-label="What\'s on your mind?"></div>', null],
    ['<input type="text">', 'one-line'],
    ['<input type="password">', 'password'],
    ['<input type="search">', 'search'],
    ['<div contenteditable="true" role="searchbox"></div>', 'search'],
    ['<textarea placeholder="Search Mastodon"></textarea>', 'search'],
    ['<div contenteditable="true" aria-multiline="false"></div>', 'one-line'],
    ['<textarea data-gramm="false"></textarea>', 'opt-out'],
    ['<textarea data-enable-grammarly="false"></textarea>', 'opt-out'],
    ['<textarea readonly></textarea>', 'read-only'],
    ['<div>not editable</div>', 'not-editable'],
  ])('%s -> %s', (html, reason) => {
    expect(skipReason(el(html))).toBe(reason);
  });

  it('honours an opt-out on an ancestor', () => {
    const box = el('<div data-postguard="off"><div contenteditable="true"></div></div>').firstElementChild!;
    expect(skipReason(box)).toBe('opt-out');
  });
});

describe('editableRoot', () => {
  it('climbs from a text span to the outermost editable element', () => {
    const root = el('<div contenteditable="true"><p><span id="inner">hi</span></p></div>');
    expect(editableRoot(root.querySelector('#inner')!)).toBe(root);
  });
  it('returns null outside any editable', () => {
    expect(editableRoot(el('<p>hi</p>'))).toBeNull();
  });
});

describe('engineOf and boxLabel', () => {
  it.each([
    ['<div contenteditable="true" data-lexical-editor="true"></div>', 'lexical'],
    ['<div class="public-DraftEditor-content" contenteditable="true"></div>', 'draftjs'],
    ['<div class="ProseMirror tiptap" contenteditable="true"></div>', 'prosemirror'],
    ['<div class="ql-editor" contenteditable="true"></div>', 'quill'],
    ['<div data-slate-editor="true" contenteditable="true"></div>', 'slate'],
    ['<textarea></textarea>', 'textarea'],
    ['<div contenteditable="true"></div>', 'contenteditable'],
  ])('%s is %s', (html, engine) => {
    expect(engineOf(el(html))).toBe(engine);
  });

  it('names a box by aria-label, then placeholder', () => {
    expect(boxLabel(el('<div aria-label="Post text" contenteditable="true"></div>'))).toBe('Post text');
    expect(boxLabel(el('<textarea placeholder="What\'s on your mind?"></textarea>'))).toBe("What's on your mind?");
  });
});
