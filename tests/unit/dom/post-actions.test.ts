// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { audienceOf, boxForButton, boxForKey, boxForKeyOnButton, clickedControl, composedContains } from '../../../lib/dom/post-actions';

afterEach(() => document.body.replaceChildren());

function draw(html: string) {
  document.body.innerHTML = html;
  const boxes = Array.from(document.querySelectorAll<HTMLElement>('textarea, [contenteditable="true"]'));
  return { boxes, el: (selector: string) => document.querySelector<HTMLElement>(selector)! };
}

describe('boxForButton', () => {
  it("finds the box of a button the adapter names by selector", () => {
    const { boxes, el } = draw('<div role="dialog"><div contenteditable="true"></div><div><span role="button" data-testid="tweetButton">Go</span></div></div>');
    expect(boxForButton(el('[data-testid]'), { postButtons: ['[data-testid="tweetButton"]'] }, boxes)).toBe(boxes[0]);
  });

  it('recognises common post names, by aria-label or text, ignoring case and spacing', () => {
    const { boxes, el } = draw('<section><textarea></textarea><button aria-label="Publish post">Go</button><button id="b"> SHARE  now </button></section>');
    expect(boxForButton(el('[aria-label]'), null, boxes)).toBe(boxes[0]);
    expect(boxForButton(el('#b'), null, boxes)).toBe(boxes[0]);
  });

  it("recognises the submit button of the box's form whatever it says", () => {
    const { boxes, el } = draw('<form><textarea></textarea><p><button type="submit">Toot it</button></p></form>');
    expect(boxForButton(el('button'), null, boxes)).toBe(boxes[0]);
  });

  it('ignores other buttons, disabled ones, and boxes too far away', () => {
    const deep = '<div>'.repeat(10) + '<button>Post</button>' + '</div>'.repeat(10);
    const { boxes, el } = draw(`<section><textarea></textarea><button id="like">Like</button><button id="off" disabled>Post</button>${deep}</section>`);
    expect(boxForButton(el('#like'), null, boxes)).toBeNull();
    expect(boxForButton(el('#off'), null, boxes)).toBeNull();
    expect(boxForButton(el('div button'), null, boxes)).toBeNull();
  });

  it('picks the box given first (the one used last) when a container holds several', () => {
    const { boxes, el } = draw('<section><textarea id="a"></textarea><textarea id="b"></textarea><button>Reply</button></section>');
    expect(boxForButton(el('button'), null, [boxes[1]!, boxes[0]!])).toBe(boxes[1]);
  });

  it('looks through open shadow roots', () => {
    const { el } = draw('<section><shreddit-composer></shreddit-composer><button>Comment</button></section>');
    const shadow = el('shreddit-composer').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true"></div>';
    const box = shadow.querySelector<HTMLElement>('[contenteditable]')!;
    expect(composedContains(document.body, box)).toBe(true);
    expect(boxForButton(el('button'), null, [box])).toBe(box);
  });
});

describe('clickedControl', () => {
  it("finds the button around a click on its icon, and nothing for a click on the page", () => {
    const { el } = draw('<div role="button" id="post"><svg></svg><span>Post</span></div><p>text</p>');
    const span = el('span');
    expect(clickedControl([span, el('#post'), document.body, document])).toBe(el('#post'));
    expect(clickedControl([el('p'), document.body, document])).toBeNull();
  });
});

describe('boxForKey', () => {
  function press(target: HTMLElement, init: KeyboardEventInit) {
    let found: HTMLElement | null = null;
    const site = { sendsOnModEnter: true, enterSendsIn: ['textarea.chat'] };
    target.addEventListener('keydown', (e) => (found = boxForKey(e, site, boxes())), { once: true });
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, ...init }));
    return found;
  }
  const boxes = () => Array.from(document.querySelectorAll<HTMLElement>('textarea'));

  it('takes Enter in a box that sends on Enter, not Shift+Enter or an IME Enter', () => {
    const { el } = draw('<textarea class="chat"></textarea>');
    expect(press(el('textarea'), {})).toBe(el('textarea'));
    expect(press(el('textarea'), { shiftKey: true })).toBeNull();
    expect(press(el('textarea'), { isComposing: true })).toBeNull();
  });

  it('takes Ctrl/Cmd+Enter where the site posts on it, and leaves plain Enter as a new line elsewhere', () => {
    const { el } = draw('<textarea class="post"></textarea>');
    expect(press(el('textarea'), {})).toBeNull();
    expect(press(el('textarea'), { ctrlKey: true })).toBe(el('textarea'));
    expect(press(el('textarea'), { metaKey: true })).toBe(el('textarea'));
  });

  it('ignores boxes postguard does not watch and other keys', () => {
    const { el } = draw('<textarea class="chat"></textarea>');
    let found: HTMLElement | null = el('textarea');
    el('textarea').addEventListener('keydown', (e) => (found = boxForKey(e, { sendsOnEnter: true }, [])), { once: true });
    el('textarea').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(found).toBeNull();
    expect(press(el('textarea'), { key: 'a' })).toBeNull();
  });
});

describe('audienceOf', () => {
  it("reads the audience control's visible words, else its label, and nothing without one", () => {
    const { boxes, el } = draw('<div role="dialog"><button aria-label="Edit privacy. Sharing with Friends.">  Friends </button><div contenteditable="true"></div></div>');
    const site = { audience: ['[aria-label^="Edit privacy"]'] };
    expect(audienceOf(boxes[0]!, site)).toBe('Friends');
    el('button').textContent = '';
    expect(audienceOf(boxes[0]!, site)).toBe('Edit privacy. Sharing with Friends.');
    expect(audienceOf(boxes[0]!, { audience: ['[data-none]'] })).toBeUndefined();
    expect(audienceOf(boxes[0]!, null)).toBeUndefined();
  });
});

describe('boxForKeyOnButton', () => {
  function press(target: HTMLElement, init: KeyboardEventInit) {
    let found: ReturnType<typeof boxForKeyOnButton> = null;
    const boxes = Array.from(document.querySelectorAll<HTMLElement>('textarea'));
    target.addEventListener('keydown', (e) => (found = boxForKeyOnButton(e, null, boxes)), { once: true });
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
    return found as ReturnType<typeof boxForKeyOnButton>;
  }

  it('takes Enter and Space on a focused div role=button post control', () => {
    const { el } = draw('<form><textarea></textarea><div role="button" tabindex="0">Post</div></form>');
    expect(press(el('[role="button"]'), { key: 'Enter' })).toEqual({ control: el('[role="button"]'), box: el('textarea') });
    expect(press(el('[role="button"]'), { key: ' ' })?.box).toBe(el('textarea'));
  });

  it('leaves native buttons (their click is held instead), other keys and other controls alone', () => {
    const { el } = draw('<form><textarea></textarea><button type="button">Post</button><div role="button" id="like" tabindex="0">Like</div><div role="button" id="p" tabindex="0">Post</div></form>');
    expect(press(el('button'), { key: 'Enter' })).toBeNull();
    expect(press(el('#like'), { key: 'Enter' })).toBeNull();
    expect(press(el('#p'), { key: 'a' })).toBeNull();
    expect(press(el('#p'), { key: 'Enter', ctrlKey: true })).toBeNull();
  });
});
