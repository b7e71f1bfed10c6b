// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { BoxSession, type SessionDeps } from '../../../lib/dom/box-session';
import { watchComposeBoxes } from '../../../lib/dom/watch';
import { DEFAULT_PACK } from '../../../rules/default-pack';

/**
 * Issue 12, point 8: a compose box hidden and then removed kept its session,
 * nudge, observers and listeners (99 of 100 left after a churn). Here 300 boxes
 * come and go (added, focused, typed into, hidden, removed; a third inside open
 * shadow roots) and nothing of ours may stay behind. jsdom has no layout: its
 * ResizeObserver never fires, which is exactly the hidden-box case (a hidden box
 * is already zero-sized, so its removal changes no size).
 */

const analyzer = createAnalyzer(DEFAULT_PACK);
const FLAGGED = 'Ring me on 07700 900123, this is shit';

/** Every listener added on the document or window, with the signal that would remove it. */
const added: { target: EventTarget; type: string; signal?: AbortSignal }[] = [];
/** Observers observing and not yet disconnected. */
const live = { mutation: new Set<MutationObserver>(), resize: new Set<object>() };
const original = { add: EventTarget.prototype.addEventListener, remove: EventTarget.prototype.removeEventListener, MO: globalThis.MutationObserver };

beforeAll(() => {
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (this === document || this === window) added.push({ target: this, type, signal: typeof options === 'object' ? options.signal : undefined });
    return original.add.call(this, type, fn, options);
  };
  globalThis.MutationObserver = class extends original.MO {
    override observe(target: Node, options?: MutationObserverInit) {
      live.mutation.add(this);
      super.observe(target, options);
    }
    override disconnect() {
      live.mutation.delete(this);
      super.disconnect();
    }
  };
  globalThis.ResizeObserver = class {
    observe() {
      live.resize.add(this);
    }
    unobserve() {}
    disconnect() {
      live.resize.delete(this);
    }
  } as unknown as typeof ResizeObserver;
  // Ranges need rects for the marks; the clip is empty anyway (jsdom's boxes are all zero).
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
});
let controller: AbortController;
beforeEach(() => (controller = new AbortController()));
afterEach(() => (controller.abort(), document.body.replaceChildren()));
afterAll(() => {
  EventTarget.prototype.addEventListener = original.add;
  globalThis.MutationObserver = original.MO;
});

/** jsdom has no layout: every box counts as visible, every gesture as a person's. */
const OPEN = { acceptEvent: () => true, hidden: () => null };

function deps(): SessionDeps {
  return {
    analyzer: async () => analyzer,
    policy: analyzer.pack.policy,
    // jsdom's events are untrusted: a permissive gate (the trusted-only gate has its own tests).
    acceptEvent: () => true,
    css: '',
    render: () => {},
    report: () => {},
    feedback: () => {},
    openPolicy: () => {},
    nudged: () => {},
    debounceMs: 0,
  };
}

/** A box of one of three kinds: a textarea, a contenteditable, a contenteditable in an open shadow root. */
function addBox(i: number): { box: HTMLElement; gone: () => void } {
  if (i % 3 === 0) {
    const box = document.createElement('textarea');
    document.body.append(box);
    return { box, gone: () => box.remove() };
  }
  const box = document.createElement('div');
  box.setAttribute('contenteditable', 'true');
  if (i % 3 === 1) {
    document.body.append(box);
    return { box, gone: () => box.remove() };
  }
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(box);
  document.body.append(host);
  // Half of them go with their host, half alone from inside the shadow root.
  return { box, gone: () => (i % 2 ? host.remove() : box.remove()) };
}

function type(box: HTMLElement, text: string): void {
  if (box instanceof HTMLTextAreaElement) box.value = text;
  else box.textContent = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('a churn of 300 compose boxes', () => {
  it('leaves no session, nudge, mark layer, observer or listener behind', async () => {
    const watcher = watchComposeBoxes(document, controller.signal, (box) => new BoxSession(box, deps(), controller.signal), OPEN);
    const before = added.length;
    const nudges = () => document.querySelectorAll('postguard-nudge');

    for (let round = 0; round < 10; round++) {
      const boxes = Array.from({ length: 30 }, (_, j) => addBox(round * 30 + j));
      for (const { box } of boxes) {
        box.dispatchEvent(new Event('keydown', { bubbles: true, composed: true }));
        type(box, FLAGGED);
      }
      // Each box was watched, analysed and marked before it went.
      expect(watcher.sessions.size).toBe(30);
      await vi.waitFor(() => expect([...nudges()].map((n) => (n as HTMLElement).dataset.count)).toEqual(Array(30).fill('2')), { interval: 5, timeout: 5000 });
      expect(document.querySelectorAll('postguard-nudge').length).toBe(30);
      const layers = [...nudges()].map((n) => n.shadowRoot!.querySelectorAll('.pg-mark').length + n.shadowRoot!.querySelectorAll('.mirror mark').length);
      expect(layers).toEqual(Array(30).fill(2));
      for (const { box } of boxes) box.style.display = 'none';
      for (const { gone } of boxes) gone();
      // Removal is seen in the same task's microtasks: no timer, no poll.
      await Promise.resolve();
      expect(watcher.sessions.size).toBe(0);
      expect(nudges()).toHaveLength(0);
    }

    // Listeners on the document and window that outlive the boxes: all removed with their sessions.
    const left = added.slice(before).filter((l) => !l.signal?.aborted);
    expect(left.map((l) => l.type)).toEqual([]);
    expect(live.resize.size).toBe(0);
    // The removal observer itself stops once no session is left.
    expect(live.mutation.size).toBe(0);
    controller.abort();
  });

  it('keeps watching a box that stays while others go', async () => {
    const watcher = watchComposeBoxes(document, controller.signal, (box) => new BoxSession(box, deps(), controller.signal), OPEN);
    const stays = addBox(1).box;
    const goes = addBox(2);
    for (const box of [stays, goes.box]) box.dispatchEvent(new Event('keydown', { bubbles: true, composed: true }));
    goes.gone();
    await Promise.resolve();
    expect([...watcher.sessions.keys()]).toEqual([stays]);
    expect(document.querySelectorAll('postguard-nudge')).toHaveLength(1);
    controller.abort();
    expect(watcher.sessions.size).toBe(0);
    expect(document.querySelectorAll('postguard-nudge')).toHaveLength(0);
    stays.remove();
  });
});
