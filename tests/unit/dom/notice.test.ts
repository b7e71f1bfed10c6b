// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_CSS, SchoolDeviceNotice } from '../../../components/notice';
import { openNotice } from '../../../lib/dom/notice-host';
import { chooseSpot, composeSurfaces, EDGE, keepClearRects, type Rect } from '../../../lib/dom/notice-spot';
import { stubI18n } from '../components/i18n-stub';

// See tests/unit/components/nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const VIEW = { width: 1280, height: 900 };
const SIZE = { width: 400, height: 48 };
const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const bottom = VIEW.height - EDGE - SIZE.height;

describe('chooseSpot: where the notice sits, never over a compose box or Post button', () => {
  it('takes the bottom-left corner when nothing is there', () => {
    expect(chooseSpot(SIZE, VIEW, [])).toEqual({ left: EDGE, top: bottom });
  });

  it('slides along the bottom past a box in the corner (a chat window), clear of it', () => {
    const chat = rect(0, 600, 500, 300);
    const spot = chooseSpot(SIZE, VIEW, [chat])!;
    expect(spot.top).toBe(bottom);
    expect(spot.left).toBeGreaterThanOrEqual(chat.right);
  });

  it('goes to the top edge when the bottom is taken from side to side (a composer along the foot of the page)', () => {
    expect(chooseSpot(SIZE, VIEW, [rect(0, 780, 1280, 120)])).toEqual({ left: EDGE, top: EDGE });
  });

  it('finds the gap between a box and its Post button', () => {
    const spot = chooseSpot(SIZE, VIEW, [rect(0, 800, 300, 100), rect(760, 800, 80, 100), rect(0, 0, 1280, 100)])!;
    expect(spot).toEqual(expect.objectContaining({ top: bottom }));
    expect(spot.left).toBeGreaterThanOrEqual(300);
    expect(spot.left + SIZE.width).toBeLessThanOrEqual(760);
  });

  it('finds no spot when both edges are taken, or the viewport is too small: the notice then hides', () => {
    expect(chooseSpot(SIZE, VIEW, [rect(0, 0, 1280, 100), rect(0, 800, 1280, 100)])).toBeNull();
    expect(chooseSpot(SIZE, { width: 300, height: 900 }, [])).toBeNull();
  });
});

describe('keepClearRects', () => {
  /** jsdom has no layout: each element is given the box it would have. */
  function layout(boxes: Map<Element, Rect>) {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const r = boxes.get(this) ?? rect(0, 0, 0, 0);
      return { ...r, x: r.left, y: r.top, width: r.right - r.left, height: r.bottom - r.top, toJSON: () => r } as DOMRect;
    });
  }

  it("holds the page's compose boxes and the buttons that post them, not its other buttons", () => {
    document.body.innerHTML = `<nav><button id="menu">Menu</button></nav>
      <form><textarea aria-label="Reply"></textarea><button id="post">Post</button></form>
      <textarea id="hidden"></textarea>`;
    const box = document.querySelector('form textarea')!;
    const post = document.getElementById('post')!;
    layout(new Map<Element, Rect>([[box, rect(100, 700, 500, 120)], [post, rect(620, 780, 60, 32)], [document.getElementById('menu')!, rect(0, 0, 60, 30)]]));
    expect(keepClearRects(document, null, composeSurfaces(document, []))).toEqual([rect(100, 700, 500, 120), rect(620, 780, 60, 32)]);
  });

  it('holds watched boxes a document query cannot reach (an open shadow root, as Reddit has)', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<div contenteditable="true"></div>';
    const box = inner.querySelector<HTMLElement>('[contenteditable]')!;
    layout(new Map<Element, Rect>([[box, rect(10, 10, 300, 80)]]));
    expect(keepClearRects(document, null, composeSurfaces(document, [box]))).toEqual([rect(10, 10, 300, 80)]);
    expect([...composeSurfaces(document, [box])]).toEqual([box]);
  });
});

describe('openNotice', () => {
  const props = { acceptEvent: () => true, onAuthorised: vi.fn() };

  it('adds <postguard-notice data-kind="school-device"> to the body with an open shadow root (marker build)', () => {
    const notice = openNotice(document, 'school-device', SchoolDeviceNotice, props, NOTICE_CSS, true);
    const host = document.querySelector('postguard-notice');
    expect(host).toBe(notice.host);
    expect(host?.parentElement).toBe(document.body);
    expect(host?.getAttribute('data-kind')).toBe('school-device');
    expect(host?.shadowRoot?.querySelector('button')?.textContent).toBe("I'm authorised (today)");
    // Fixed to the viewport by inline, important styles a site's stylesheet cannot override.
    expect(host?.getAttribute('style')).toMatch(/position: fixed !important/);
  });

  it("in the stores' build: a closed shadow root and no data-* the page could read", () => {
    openNotice(document, 'school-device', SchoolDeviceNotice, props, NOTICE_CSS, false);
    const host = document.querySelector('postguard-notice')!;
    expect(host.shadowRoot).toBeNull();
    expect(Object.keys((host as HTMLElement).dataset)).toEqual([]);
  });

  it('shows itself only once placed, and hides rather than cover anything when there is no spot', () => {
    const notice = openNotice(document, 'school-device', SchoolDeviceNotice, props, NOTICE_CSS, true);
    const style = notice.host.style;
    expect(style.getPropertyValue('visibility')).toBe('hidden');
    vi.spyOn(notice.host, 'getBoundingClientRect').mockReturnValue({ width: 400, height: 48 } as DOMRect);
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1280);
    vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(900);
    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(1280);
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(900);
    notice.place([]);
    expect([style.getPropertyValue('visibility'), style.getPropertyValue('left'), style.getPropertyValue('top')]).toEqual(['visible', `${EDGE}px`, `${bottom}px`]);
    notice.place([rect(0, 0, 1280, 900)]);
    expect(style.getPropertyValue('visibility')).toBe('hidden');
  });

  it("keeps the keys typed on its button from the site's shortcuts, and goes away on close", () => {
    const notice = openNotice(document, 'school-device', SchoolDeviceNotice, props, NOTICE_CSS, true);
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    notice.host.shadowRoot!.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    document.removeEventListener('keydown', pageKeys);
    expect(pageKeys).not.toHaveBeenCalled();
    notice.close();
    notice.close();
    expect(document.querySelector('postguard-notice')).toBeNull();
  });
});
