// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { EXCERPT_CHARS, MAX_POSTS, auditPosts, excerptOf, findPosts, isShown, readPost } from '../../../lib/dom/page-posts';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const analyze = (text: string) => analyzer.analyze(text);
const FACEBOOK = ['[role="article"]'];
const PHONE = 'Call me on 07700 900123 tonight';
const INNOCENT = 'Lovely walk by the river today';

// jsdom has no layout: an element has a size unless it, or an ancestor, is hidden.
beforeAll(() => {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const hidden = this.closest('[hidden], [style*="display: none"], [style*="display:none"]');
    return { width: hidden ? 0 : 100, height: hidden ? 0 : 40, x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0 } as DOMRect;
  };
});
afterEach(() => document.body.replaceChildren());

function page(html: string): void {
  document.body.innerHTML = html;
}

describe('findPosts', () => {
  it('reads each nested post once: the outer post leaves out the comment inside it', async () => {
    page(`<div role="article" id="post"><p>${INNOCENT}</p><div role="article" id="comment"><p>${PHONE}</p></div></div>`);
    const posts = findPosts(document, FACEBOOK);
    expect(posts.map((p) => p.element.id)).toEqual(['post', 'comment']);
    expect(posts[0]!.map.text).toBe(INNOCENT);
    expect(posts[1]!.map.text).toBe(PHONE);
    const audit = await auditPosts(document, FACEBOOK, analyze);
    expect(audit.checked).toBe(2);
    expect(audit.posts.map((p) => [p.index, p.element.id])).toEqual([[1, 'comment']]);
  });

  it('counts a post matched by two selectors once', () => {
    page(`<article role="article">${PHONE}</article>`);
    expect(findPosts(document, ['article', '[role="article"]'])).toHaveLength(1);
  });

  it('skips hidden posts and posts with no text', () => {
    page(`<div role="article" hidden>${PHONE}</div><div style="display: none"><div role="article">${PHONE}</div></div><div role="article">  </div><div role="article">${INNOCENT}</div>`);
    expect(findPosts(document, FACEBOOK).map((p) => p.map.text)).toEqual([INNOCENT]);
  });

  it('leaves out our own UI and compose boxes, inside a post and as posts', async () => {
    page(`
      <div role="article" id="post">${INNOCENT}<postguard-nudge>${PHONE}</postguard-nudge><div contenteditable="true">${PHONE}</div><textarea>${PHONE}</textarea></div>
      <postguard-pause><div role="article">${PHONE}</div></postguard-pause>
      <div contenteditable="true"><div role="article">${PHONE}</div></div>`);
    const posts = findPosts(document, FACEBOOK);
    expect(posts.map((p) => p.element.id)).toEqual(['post']);
    expect(posts[0]!.map.text.trim()).toBe(INNOCENT);
    expect((await auditPosts(document, FACEBOOK, analyze)).posts).toEqual([]);
  });

  it('finds posts inside open shadow roots', () => {
    page('<div id="host"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<shreddit-comment>${PHONE}</shreddit-comment>`;
    expect(findPosts(document, ['shreddit-comment']).map((p) => p.map.text)).toEqual([PHONE]);
  });

  it(`stops at ${MAX_POSTS} posts`, () => {
    page(Array.from({ length: MAX_POSTS + 5 }, (_, i) => `<article>Post ${i}</article>`).join(''));
    const posts = findPosts(document, ['article']);
    expect(posts).toHaveLength(MAX_POSTS);
    expect(posts.at(-1)!.map.text).toBe(`Post ${MAX_POSTS - 1}`);
  });

  it('finds nothing without selectors', () => {
    page(`<article>${PHONE}</article>`);
    expect(findPosts(document, [])).toEqual([]);
  });
});

describe('auditPosts', () => {
  it('returns only posts with findings, with their place, an excerpt and the findings in the post text', async () => {
    page(`<article>${INNOCENT}</article><article><p>Sam Example</p><p>${PHONE}</p></article><article>${INNOCENT}</article>`);
    const audit = await auditPosts(document, ['article'], analyze);
    expect(audit.checked).toBe(3);
    expect(audit.posts).toHaveLength(1);
    const [post] = audit.posts;
    expect(post!.index).toBe(1);
    expect(post!.excerpt).toBe(`Sam Example ${PHONE}`);
    expect(post!.findings.map((f) => f.category)).toEqual(['contact-details']);
    const f = post!.findings[0]!;
    expect(post!.map.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('lets the page run between slices of posts', async () => {
    page(Array.from({ length: 45 }, (_, i) => `<article>Post ${i}</article>`).join(''));
    let pauses = 0;
    const audit = await auditPosts(document, ['article'], analyze, { pause: async () => void pauses++ });
    expect(audit.checked).toBe(45);
    expect(pauses).toBe(2);
  });

  it('reads a post again with readPost as the audit did', () => {
    page(`<article id="a">${INNOCENT}<article id="b">${PHONE}</article></article>`);
    expect(readPost(document.getElementById('a')!, ['article']).text).toBe(INNOCENT);
  });
});

describe('excerptOf and isShown', () => {
  it('folds spaces and cuts long text with an ellipsis', () => {
    expect(excerptOf('  One\n\n two  ')).toBe('One two');
    const long = excerptOf('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(EXCERPT_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });

  it('treats a zero-size element as not shown', () => {
    page('<div hidden id="gone">x</div><div id="here">y</div>');
    expect(isShown(document.getElementById('gone')!)).toBe(false);
    expect(isShown(document.getElementById('here')!)).toBe(true);
  });
});
