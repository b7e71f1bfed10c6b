// @vitest-environment jsdom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { listenForAudit } from '../../../lib/compose/audit';
import { OUTLINE_TAG } from '../../../lib/dom/audit-marks';
import type { PageAudit } from '../../../lib/messages';
import { DEFAULT_PACK } from '../../../rules/default-pack';

// See tests/unit/components/nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

const analyzer = createAnalyzer(DEFAULT_PACK);
const FACEBOOK = { posts: ['[role="article"]'] };

// jsdom has no layout or media queries: every element and every range has a size, and motion is not reduced.
beforeAll(() => {
  Element.prototype.getBoundingClientRect = () => ({ width: 100, height: 40, x: 0, y: 0, top: 10, left: 20, right: 120, bottom: 50 }) as DOMRect;
  Range.prototype.getClientRects = () => [{ top: 12, left: 30, right: 80, bottom: 28 }] as unknown as DOMRectList;
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
    unobserve() {}
  } as unknown as typeof ResizeObserver;
  window.matchMedia = ((query: string) => ({ matches: false, media: query })) as typeof window.matchMedia;
});

let controller: AbortController;
beforeEach(() => {
  fakeBrowser.reset();
  controller = new AbortController();
  document.body.innerHTML = `
    <div role="article" id="walk">Lovely walk by the river</div>
    <div role="article" id="phone">Call me on 07700 900123</div>`;
});
afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
  document.querySelector(OUTLINE_TAG)?.remove();
});

async function send<T>(type: string, data: object): Promise<T> {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ type, data }, {});
  return replies.find((r: unknown) => r !== undefined) as T;
}

describe('listenForAudit', () => {
  it('answers audit-page with the posts that have findings, then shows one on reveal-post', async () => {
    listenForAudit(controller.signal, async () => analyzer, FACEBOOK);
    const audit = await send<PageAudit>('audit-page', {});
    expect(audit.checked).toBe(2);
    expect(audit.posts).toEqual([{ index: 1, excerpt: 'Call me on 07700 900123', findings: analyzer.analyze('Call me on 07700 900123') }]);

    const post = document.getElementById('phone')!;
    post.scrollIntoView = vi.fn();
    expect(await send<boolean>('reveal-post', { index: 1 })).toBe(true);
    expect(post.scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
    const host = document.querySelector<HTMLElement>(OUTLINE_TAG)!;
    expect(host.getAttribute('aria-hidden')).toBe('true');
    const outline = host.shadowRoot!.querySelector<HTMLElement>('.outline')!;
    expect([outline.style.top, outline.style.left, outline.style.width]).toEqual(['10px', '20px', '100px']);
    // One mark per finding, drawn in our shadow root over the words' rect (issue 12, point 2).
    const marks = [...host.shadowRoot!.querySelectorAll<HTMLElement>('.pg-mark')];
    expect(marks).toHaveLength(analyzer.analyze('Call me on 07700 900123').length);
    const box = marks[0]!.firstElementChild as HTMLElement;
    expect([box.style.top, box.style.left, box.style.width, box.style.height]).toEqual(['12px', '30px', '50px', '18px']);
    // Nothing of ours inside the page's own elements.
    expect(post.outerHTML).toBe('<div role="article" id="phone">Call me on 07700 900123</div>');
  });

  it("reads the profile's own fields too, listed first and marked as the profile (issue 15, point 5)", async () => {
    document.body.insertAdjacentHTML('afterbegin', '<div id="intro">Works at Christ Church School</div><div id="home">Lives in London</div>');
    listenForAudit(controller.signal, async () => analyzer, { ...FACEBOOK, profileFields: ['#intro', '#home'] });
    const audit = await send<PageAudit>('audit-page', {});
    expect([audit.checked, audit.fields]).toEqual([2, 2]);
    expect(audit.posts.map((p) => [p.index, p.excerpt, p.profile ?? false])).toEqual([
      [0, 'Works at Christ Church School', true],
      [3, 'Call me on 07700 900123', false],
    ]);
    expect(audit.posts[0]!.findings.map((f) => f.category)).toEqual(['school-identity']);
  });

  it('with follow, reads posts as the timeline adds them until stopped, and tells a popup opened again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      listenForAudit(controller.signal, async () => analyzer, FACEBOOK);
      expect(await send<PageAudit>('audit-page', { follow: true })).toMatchObject({ checked: 2, following: true });
      document.body.insertAdjacentHTML('beforeend', '<div role="article">Text me on 07700 900456</div>');
      await Promise.resolve();
      vi.advanceTimersByTime(400);
      const later = await send<PageAudit>('audit-state', {});
      expect(later.checked).toBe(3);
      expect(later.posts.map((p) => [p.index, p.excerpt])).toEqual([[1, 'Call me on 07700 900123'], [2, 'Text me on 07700 900456']]);
      expect(await send<PageAudit>('audit-stop', {})).toMatchObject({ checked: 3, following: false });
      document.body.insertAdjacentHTML('beforeend', '<div role="article">Ring me on 07700 900789</div>');
      await Promise.resolve();
      vi.advanceTimersByTime(1000);
      expect(await send<PageAudit>('audit-state', {})).toMatchObject({ checked: 3, following: false });
    } finally {
      vi.useRealTimers();
    }
  });

  it('with follow, a popup opened while a burst is still settling gets its posts too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      listenForAudit(controller.signal, async () => analyzer, FACEBOOK);
      expect(await send<PageAudit>('audit-page', { follow: true })).toMatchObject({ checked: 2, following: true });
      document.body.insertAdjacentHTML('beforeend', '<div role="article">Text me on 07700 900456</div>');
      await Promise.resolve();
      // No time has passed: the burst has not settled, and the popup asks.
      const now = await send<PageAudit>('audit-state', {});
      expect(now).toMatchObject({ checked: 3, following: true });
      expect(now.posts.map((p) => p.excerpt)).toEqual(['Call me on 07700 900123', 'Text me on 07700 900456']);
      // The settle timer was used up: nothing is read twice when its time comes.
      vi.advanceTimersByTime(1000);
      expect(await send<PageAudit>('audit-state', {})).toMatchObject({ checked: 3 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('says false for a post that is gone or was not listed', async () => {
    listenForAudit(controller.signal, async () => analyzer, FACEBOOK);
    await send<PageAudit>('audit-page', {});
    expect(await send<boolean>('reveal-post', { index: 0 })).toBe(false);
    document.getElementById('phone')!.remove();
    expect(await send<boolean>('reveal-post', { index: 1 })).toBe(false);
  });

  it('stops answering when its signal aborts, and removes the outline', async () => {
    listenForAudit(controller.signal, async () => analyzer, FACEBOOK);
    await send<PageAudit>('audit-page', {});
    document.getElementById('phone')!.scrollIntoView = vi.fn();
    await send<boolean>('reveal-post', { index: 1 });
    controller.abort();
    expect(document.querySelector(OUTLINE_TAG)).toBeNull();
    expect(await send<PageAudit | undefined>('audit-page', {})).toBeUndefined();
  });

  it('falls back to the generic post selectors for a site without its own', async () => {
    document.body.innerHTML = '<article>Call me on 07700 900123</article>';
    listenForAudit(controller.signal, async () => analyzer, null);
    expect((await send<PageAudit>('audit-page', {})).posts).toHaveLength(1);
  });
});
