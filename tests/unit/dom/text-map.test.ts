// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { rangeFor, readEditable } from '../../../lib/dom/text-map';

function box(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  return el;
}

// DOM shapes as each engine renders them (tests/e2e/fixtures hold the real engines).
describe('readEditable', () => {
  it.each([
    ['plain text', 'Hello world', 'Hello world'],
    ['Lexical paragraphs', '<p dir="ltr"><span data-lexical-text="true">One</span></p><p><br></p><p><span>Two</span></p>', 'One\n\nTwo'],
    ['Quill lines with an empty one', '<p>One</p><p><br></p><p>Two <strong>bold</strong></p>', 'One\n\nTwo bold'],
    [
      'Draft.js blocks',
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">One</span></span></div></div><div data-block="true"><div><span><span data-text="true">Two</span></span></div></div></div>',
      'One\nTwo',
    ],
    ['a line break inside a paragraph', '<p>One<br>Two</p>', 'One\nTwo'],
    ['a list', '<p>Intro</p><ul><li>a</li><li>b</li></ul>', 'Intro\na\nb'],
    ['hidden and script content', '<p>Shown<span aria-hidden="true">hidden</span><script>x()</script></p>', 'Shown'],
  ])('%s', (_name, html, expected) => {
    expect(readEditable(box(html)).text).toBe(expected);
  });
});

describe('rangeFor', () => {
  it('covers exactly the words, across text nodes and blocks', () => {
    const map = readEditable(box('<p>Call <b>me on</b> 07700</p><p>900123 today</p>'));
    expect(map.text).toBe('Call me on 07700\n900123 today');
    const word = (s: string) => rangeFor(map, map.text.indexOf(s), map.text.indexOf(s) + s.length)!.toString();
    expect(word('me on')).toBe('me on');
    expect(word('on 07700')).toBe('on 07700');
    expect(word('900123')).toBe('900123');
    // A span across the block break: the Range's text has no newline, the words are the same.
    expect(word('07700\n900123')).toBe('07700900123');
  });

  it('gives null for an empty box or an empty span', () => {
    expect(rangeFor(readEditable(box('')), 0, 1)).toBeNull();
    expect(rangeFor(readEditable(box('abc')), 1, 1)).toBeNull();
  });

  it('starts after a virtual newline when the span starts on it', () => {
    const map = readEditable(box('<p>ab</p><p>cd</p>'));
    expect(rangeFor(map, 2, 5)!.toString()).toBe('cd');
  });
});
