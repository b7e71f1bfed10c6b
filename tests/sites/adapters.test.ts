// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_MATCHES, SITES, siteFor } from '../../lib/sites';
import { parseMatchPattern } from '../../lib/sites/match-pattern';
import { GENERIC_POSTS, postSelectorsFor } from '../../lib/sites/posts';
import type { SiteAdapter } from '../../lib/sites/types';

// The jsdom environment gives import.meta.url an http: base; __dirname stays the file's folder.
const SITES_DIR = join(__dirname, '../../lib/sites');
const SELECTOR_LISTS = ['composeBoxes', 'postButtons', 'enterSendsIn', 'audience', 'appMarkers', 'posts', 'personCards', 'personNames', 'conversationHeaders', 'profileFields'] as const;

function selectorsOf(site: SiteAdapter): string[] {
  return SELECTOR_LISTS.flatMap((list) => site[list] ?? []);
}

describe('the registry', () => {
  it('has thirteen sites with unique ids and names', () => {
    expect(SITES).toHaveLength(13);
    expect(new Set(SITES.map((site) => site.id)).size).toBe(SITES.length);
    expect(new Set(SITES.map((site) => site.name)).size).toBe(SITES.length);
  });

  it('lists every match pattern once in ALL_MATCHES', () => {
    expect(new Set(ALL_MATCHES).size).toBe(ALL_MATCHES.length);
    expect([...ALL_MATCHES].sort()).toEqual([...new Set(SITES.flatMap((site) => site.matches))].sort());
  });
});

describe.each(SITES.map((site) => [site.id, site] as const))('%s', (id, site) => {
  it('has https match patterns with the /* path matchOriginAsFallback requires', () => {
    expect(site.matches.length).toBeGreaterThan(0);
    for (const pattern of site.matches) {
      expect(parseMatchPattern(pattern), pattern).not.toBeNull();
      expect(pattern, pattern).toMatch(/^https:\/\/[^/]+\/\*$/);
    }
  });

  it('has selectors that parse', () => {
    for (const selector of selectorsOf(site)) {
      expect(() => document.querySelector(selector), selector).not.toThrow();
    }
  });

  it('names each selector on its own line with a comment', () => {
    const source = readFileSync(join(SITES_DIR, `${id}.ts`), 'utf8').split('\n');
    for (const selector of selectorsOf(site)) {
      const lines = source.filter((line) => line.includes(`'${selector}'`));
      expect(lines.length, selector).toBeGreaterThan(0);
      for (const line of lines) expect(line, selector).toMatch(/^\s*'[^']+',\s*\/\/\s*\S.{3,}$/);
    }
  });
});

/** Synthetic markup shaped like each site's compose box (what the e2e fixtures imitate). */
const SAMPLES: Record<string, string> = {
  facebook: `<div role="dialog"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind, Sam?"></div></form></div>`,
  messenger: `<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Message"></div>`,
  instagram: `<form><textarea aria-label="Add a comment…" placeholder="Add a comment…"></textarea></form>`,
  x: `<div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner">What is happening?!</div></div><div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="Post text" data-testid="tweetTextarea_0"></div></div></div>`,
  linkedin: `<div class="share-creation-state__text-editor"><div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content" data-placeholder="What do you want to talk about?"></div></div>`,
  threads: `<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-placeholder="What's new?"></div></div>`,
  tiktok: `<div data-e2e="comment-input"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox"></div></div></div>`,
  reddit: `<shreddit-composer><div contenteditable="true" role="textbox" slot="rte"></div><button slot="submit-button" type="submit">Comment</button></shreddit-composer>`,
  bluesky: `<div role="dialog"><div class="tiptap ProseMirror ProseMirror-light" contenteditable="true" role="textbox" aria-label="Rich-Text Editor"></div></div>`,
  mastodon: `<form class="compose-form"><textarea class="autosuggest-textarea__textarea" placeholder="What's on your mind?"></textarea></form>`,
  youtube: `<ytd-commentbox><div id="contenteditable-root" contenteditable="true" aria-label="Add a comment…"></div></ytd-commentbox>`,
  whatsapp: `<div id="main"><footer><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Type a message"></div></footer></div>`,
  pinterest: `<div data-test-id="storyboard-details-list"><textarea id="storyboard-selector-title"></textarea><div class="public-DraftEditor-content" contenteditable="true"></div></div>`,
};

describe('compose boxes on markup shaped like each site', () => {
  it.each(SITES.map((site) => [site.id, site] as const))('%s: a compose selector finds the box', (id, site) => {
    document.body.innerHTML = SAMPLES[id] ?? '';
    const found = (site.composeBoxes ?? []).filter((selector) => document.querySelector(selector));
    expect(found.length).toBeGreaterThan(0);
  });

  it('labels an X box by its Draft.js placeholder, not "Post text"', () => {
    document.body.innerHTML = SAMPLES.x!;
    const box = document.querySelector('[data-testid="tweetTextarea_0"]')!;
    expect(siteFor('https://x.com/home')?.label?.(box)).toBe('What is happening?!');
  });

  it('labels a LinkedIn box by its placeholder and leaves an unlabelled one to the engine', () => {
    document.body.innerHTML = SAMPLES.linkedin!;
    const linkedin = siteFor('https://www.linkedin.com/feed/')!;
    expect(linkedin.label?.(document.querySelector('.ql-editor')!)).toBe('What do you want to talk about?');
    expect(linkedin.label?.(document.createElement('div'))).toBeUndefined();
  });

  it('finds Reddit\'s comment button', () => {
    document.body.innerHTML = SAMPLES.reddit!;
    const reddit = siteFor('https://www.reddit.com/r/teachers/')!;
    expect(reddit.postButtons?.some((selector) => document.querySelector(selector))).toBe(true);
  });
});

describe('siteFor', () => {
  it.each([
    ['https://www.facebook.com/', 'facebook'],
    ['https://m.facebook.com/home.php', 'facebook'],
    ['https://web.facebook.com/groups/1', 'facebook'],
    ['https://www.messenger.com/t/123', 'messenger'],
    ['https://www.instagram.com/p/abc/', 'instagram'],
    ['https://x.com/home', 'x'],
    ['https://twitter.com/compose/post', 'x'],
    ['https://mobile.twitter.com/home', 'x'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.threads.com/@someone', 'threads'],
    ['https://www.threads.net/', 'threads'],
    ['https://www.tiktok.com/@someone/video/1', 'tiktok'],
    ['https://www.reddit.com/r/teachers/', 'reddit'],
    ['https://old.reddit.com/r/teachers/', 'reddit'],
    ['https://bsky.app/profile/someone.bsky.social', 'bluesky'],
    ['https://mastodon.social/@someone', 'mastodon'],
    ['https://www.youtube.com/watch?v=abc', 'youtube'],
    ['https://studio.youtube.com/channel/1', 'youtube'],
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://uk.pinterest.com/pin-creation-tool/', 'pinterest'],
    ['https://www.pinterest.co.uk/', 'pinterest'],
    ['https://pinterest.com/', 'pinterest'],
    ['blob:https://web.whatsapp.com/5b1c', 'whatsapp'],
  ])('%s is %s', (url, id) => {
    expect(siteFor(url)?.id).toBe(id);
    expect(siteFor(new URL(url))?.id).toBe(id);
  });

  it.each([
    'https://example.org/',
    'https://facebook.com.evil.example/',
    'https://notfacebook.com/',
    'http://www.facebook.com/',
    'https://fosstodon.org/home',
    'about:blank',
    'chrome://extensions/',
    'not a url',
  ])('%s is not watched', (url) => {
    expect(siteFor(url)).toBeNull();
  });

  it('watches an origin staff added, on any port, by host name', () => {
    const added = ['https://forum.example.org'];
    expect(siteFor('https://forum.example.org/t/1', added)).toMatchObject({
      id: 'forum.example.org',
      name: 'forum.example.org',
      matches: ['https://forum.example.org/*'],
      addedByStaff: true,
    });
    expect(siteFor('https://forum.example.org:8443/', added)?.id).toBe('forum.example.org');
    expect(siteFor('http://forum.example.org/', added)).toBeNull();
    expect(siteFor('https://other.example.org/', added)).toBeNull();
  });

  it('gives an added Mastodon instance the Mastodon adapter under its own host', () => {
    document.body.className = 'app-body';
    document.body.innerHTML = '<div id="mastodon"></div>';
    const site = siteFor('https://fosstodon.org/home', ['https://fosstodon.org'], document);
    expect(site).toMatchObject({ id: 'fosstodon.org', name: 'Mastodon (fosstodon.org)', addedByStaff: true });
    expect(site?.composeBoxes).toEqual(siteFor('https://mastodon.social/')?.composeBoxes);
    document.body.innerHTML = '<div id="app"></div>';
    expect(siteFor('https://fosstodon.org/home', ['https://fosstodon.org'], document)?.composeBoxes).toBeUndefined();
  });

  it('keeps a built-in site built in when staff add its origin too', () => {
    expect(siteFor('https://x.com/home', ['https://x.com'])).toBe(siteFor('https://x.com/home'));
  });
});

/** Markup shaped like one post on each site's timeline or profile (public knowledge, see lib/sites/types.ts). */
const POST_SAMPLES: Record<string, string> = {
  facebook: '<div role="feed"><div role="article" aria-labelledby="a"><span>Sam</span><div>Lovely day</div></div></div>',
  instagram: '<main><article><div>Caption</div></article></main>',
  x: '<article data-testid="tweet"><div data-testid="tweetText">Hello</div></article>',
  linkedin: '<div class="feed-shared-update-v2"><span>Update</span></div>',
  threads: '<div data-pressable-container="true"><span dir="auto">A thread</span></div>',
  tiktok: '<div><span data-e2e="comment-level-1">Nice</span></div>',
  reddit: '<shreddit-post><a slot="title">Title</a></shreddit-post>',
  bluesky: '<div data-testid="feedItem-by-sam.bsky.social"><div>Post</div></div>',
  mastodon: '<div class="status"><div class="status__content">Toot</div></div>',
  youtube: '<ytd-comment-view-model><span>Comment</span></ytd-comment-view-model>',
  pinterest: '<div data-test-id="pin"><div>Pin title</div></div>',
};

describe('posts for the self-audit', () => {
  it('leaves only the chat sites to the generic selectors', () => {
    expect(SITES.filter((site) => !site.posts?.length).map((site) => site.id)).toEqual(['messenger', 'whatsapp']);
  });

  it.each(Object.entries(POST_SAMPLES))('%s: a post selector finds a post', (id, html) => {
    document.body.innerHTML = html;
    const site = SITES.find((s) => s.id === id)!;
    expect(site.posts!.some((selector) => document.querySelector(selector))).toBe(true);
  });

  it('has generic selectors that parse, each named on its own line', () => {
    const source = readFileSync(join(SITES_DIR, 'posts.ts'), 'utf8').split('\n');
    for (const selector of GENERIC_POSTS) {
      expect(() => document.querySelector(selector), selector).not.toThrow();
      const line = source.find((l) => l.includes(`'${selector}'`));
      expect(line, selector).toMatch(/^\s*'[^']+',\s*\/\/\s*\S.{3,}$/);
    }
  });

  it('uses the generic selectors for a chat site and a site staff added, the app\'s for a known app', () => {
    expect(postSelectorsFor(siteFor('https://web.whatsapp.com/'))).toBe(GENERIC_POSTS);
    expect(postSelectorsFor(siteFor('https://forum.example.org/', ['https://forum.example.org']))).toBe(GENERIC_POSTS);
    expect(postSelectorsFor(null)).toBe(GENERIC_POSTS);
    document.body.className = 'app-body';
    document.body.innerHTML = '<div id="mastodon"></div>';
    const instance = siteFor('https://fosstodon.org/home', ['https://fosstodon.org'], document);
    expect(postSelectorsFor(instance)).toContain('.status');
  });
});

/**
 * Issue 14, point 5: a site's own selectors are hints. When a redesign breaks every one of
 * them, the box is still watched through the editor engines' and the generic rules
 * (lib/dom/compose-boxes.ts) and its Post button still counts by its name or its form
 * (lib/dom/post-actions.ts). Each site's sample is stripped of everything but the engines'
 * own markers, and a Post button named as sites name them stands beside the box.
 */
const ENGINE_MARKERS = new Set(['ProseMirror', 'tiptap', 'ql-editor', 'public-DraftEditor-content', 'DraftEditor-root', 'DraftEditor-editorContainer']);
const KEPT_ATTRIBUTES = new Set(['contenteditable', 'data-lexical-editor']);

function withoutSiteMarkup(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const el of template.content.querySelectorAll('*')) {
    for (const { name } of [...el.attributes]) {
      if (name === 'class') {
        const kept = [...el.classList].filter((c) => ENGINE_MARKERS.has(c));
        if (kept.length) el.setAttribute('class', kept.join(' '));
        else el.removeAttribute('class');
      } else if (!KEPT_ATTRIBUTES.has(name) && !(name === 'role' && el.getAttribute(name) === 'textbox')) el.removeAttribute(name);
    }
  }
  // Custom elements a site names (<shreddit-composer>, <ytd-commentbox>) and forms become plain divs.
  return template.innerHTML.replace(/<(\/?)(?:[a-z]+-[a-z-]+|form)\b/g, '<$1div');
}

describe('the fallback when a site\'s own selectors all fail', () => {
  it.each(SITES.map((site) => [site.id, site] as const))('%s: the box is still watched and its Post button still posts it', async (id, site) => {
    const { skipReason } = await import('../../lib/dom/compose-boxes');
    const { boxForButton } = await import('../../lib/dom/post-actions');
    document.body.innerHTML = `<div>${withoutSiteMarkup(SAMPLES[id]!)}<div><button type="button">Post</button></div></div>`;
    const box = document.querySelector<HTMLElement>('[contenteditable="true"], textarea')!;
    const button = document.querySelector<HTMLElement>('button[type="button"]')!;
    // The site's own selectors find nothing here (else this would not test the fallback)...
    const own = [...(site.composeBoxes ?? []), ...(site.postButtons ?? [])].filter((s) => document.querySelector(s) && !/^(textarea|\[contenteditable[^\]]*\])$/.test(s));
    expect(own).toEqual([]);
    // ...and the box and its Post are still recognised.
    expect(skipReason(box)).toBeNull();
    expect(boxForButton(button, site, [box])).toBe(box);
  });
});
