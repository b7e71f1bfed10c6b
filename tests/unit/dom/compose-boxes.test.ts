// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { boxLabel, editableRoot, skipReason } from '../../../lib/dom/compose-boxes';
import { engineOf } from '../../../lib/dom/engines';

function el(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild!;
}

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
