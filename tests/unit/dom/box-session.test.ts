// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { BoxSession, GESTURE_WINDOW_MS, type NudgeViewProps, type SessionDeps } from '../../../lib/dom/box-session';
import { trustedOnly } from '../../../lib/dom/trust';
import { watchComposeBoxes } from '../../../lib/dom/watch';
import type { BoxReport } from '../../../lib/messages';
import { DEFAULT_PACK } from '../../../rules/default-pack';

// jsdom has no layout: ResizeObserver only needs to exist here.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
    unobserve() {}
  } as unknown as typeof ResizeObserver;
});

const analyzer = createAnalyzer(DEFAULT_PACK);

function setup() {
  const spy = { pack: analyzer.pack, warm: analyzer.warm, failures: analyzer.failures, read: analyzer.read, analyze: vi.fn((t: string) => analyzer.analyze(t)) };
  const views: (NudgeViewProps | null)[] = [];
  const reports: (BoxReport | null)[] = [];
  const deps: SessionDeps = {
    analyzer: async () => spy,
    policy: analyzer.pack.policy,
    acceptEvent: () => true,
    css: '',
    render: (_m, props) => views.push(props),
    report: (r) => reports.push(r),
    feedback: vi.fn(),
    openPolicy: vi.fn(),
    nudged: vi.fn(),
    debounceMs: 5,
  };
  const textarea = document.createElement('textarea');
  document.body.append(textarea);
  const controller = new AbortController();
  let session: BoxSession | undefined;
  // lib/dom/watch.ts starts a session on a person's gesture and tells it of each later one.
  const start = () => (session = new BoxSession(textarea, deps, controller.signal));
  const type = (text: string, gesture = true) => {
    if (gesture) session?.noteGesture();
    textarea.value = text;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };
  return { deps, spy, views, reports, textarea, controller, type, start };
}

const nudge = () => document.querySelector('postguard-nudge') as HTMLElement;
const settled = () => vi.waitFor(() => expect(nudge().dataset.state).toBe('done'));

afterEach(() => document.body.replaceChildren());

describe('BoxSession on a textarea', () => {
  it('marks the contract attributes after typing stops, with one analysis for a burst of input', async () => {
    const { deps, spy, controller, type, start } = setup();
    start();
    await settled();
    expect(nudge().dataset.count).toBe('0');
    type('Ring me');
    type('Ring me on 07700 900123');
    type('Ring me on 07700 900123, this is shit');
    await settled();
    expect(nudge().dataset.count).toBe('2');
    expect(nudge().dataset.categories).toBe('contact-details profanity');
    // The first (empty) analysis plus one for the burst.
    expect(spy.analyze).toHaveBeenCalledTimes(2);
    // Each finding counts once for the writer's chart, however often the draft is read again.
    expect(deps.nudged).toHaveBeenCalledTimes(1);
    expect(deps.nudged).toHaveBeenCalledWith(['contact-details', 'profanity']);
    type('Ring me on 07700 900123, this is shit!');
    await vi.waitFor(() => expect(spy.analyze).toHaveBeenCalledTimes(3));
    await settled();
    expect(deps.nudged).toHaveBeenCalledTimes(1);
    controller.abort();
    expect(document.querySelector('postguard-nudge')).toBeNull();
  });

  it('waits for IME composition to end', async () => {
    vi.useFakeTimers();
    try {
      const { spy, textarea, controller, type, start } = setup();
      start();
      await vi.advanceTimersByTimeAsync(50);
      textarea.dispatchEvent(new CompositionEvent('compositionstart'));
      type('call 07700 900123');
      await vi.advanceTimersByTimeAsync(5000);
      expect(spy.analyze).toHaveBeenCalledTimes(1);
      expect(nudge().dataset.state).toBe('pending');
      textarea.dispatchEvent(new CompositionEvent('compositionend'));
      await vi.advanceTimersByTimeAsync(50);
      expect(nudge().dataset.state).toBe('done');
      expect(nudge().dataset.count).toBe('1');
      controller.abort();
    } finally {
      vi.useRealTimers();
    }
  });

  // Issue 12, point 2: a page's script changed the box on its own and read the findings back.
  it('does not analyse a change made long after the last gesture, nor an untrusted input', async () => {
    vi.useFakeTimers();
    try {
      const { deps, spy, controller, type, start } = setup();
      deps.acceptEvent = trustedOnly;
      start();
      await vi.advanceTimersByTimeAsync(50);
      expect(spy.analyze).toHaveBeenCalledTimes(1);
      // Within the window, but untrusted (jsdom's events all are): refused by the gate.
      type('call 07700 900123');
      await vi.advanceTimersByTimeAsync(GESTURE_WINDOW_MS + 50);
      // Past the window: refused even by a permissive gate.
      deps.acceptEvent = () => true;
      type('call 07700 900124', false);
      await vi.advanceTimersByTimeAsync(50);
      expect(spy.analyze).toHaveBeenCalledTimes(1);
      expect(nudge().dataset.count).toBe('0');
      // The control: the same change just after a gesture is analysed.
      type('call 07700 900125');
      await vi.advanceTimersByTimeAsync(50);
      expect(nudge().dataset.count).toBe('1');
      controller.abort();
    } finally {
      vi.useRealTimers();
    }
  });

  it('Apply fix inserts nothing when the person typed while it waited, and leaves their caret alone (issue 12, point 12)', async () => {
    const exec = vi.fn(() => true);
    (document as unknown as { execCommand: unknown }).execCommand = exec;
    const { deps, views, textarea, controller, type } = setup();
    new BoxSession(textarea, deps, controller.signal);
    type('Ring me on 07700 900123');
    await vi.waitFor(() => expect(nudge().dataset.count).toBe('1'));
    const phone = views.at(-1)!.findings[0]!;
    views.at(-1)!.onApplyFix(phone);
    // The person's keystroke lands before the fix resumes from its await.
    textarea.value = 'Ring me on 07700 900123 x';
    textarea.setSelectionRange(25, 25);
    // The fix's re-check reads the box after its await: wait for that read, not for a time.
    const checked = vi.spyOn(textarea, 'value', 'get');
    await vi.waitFor(() => expect(checked).toHaveBeenCalled());
    checked.mockRestore();
    expect(exec).not.toHaveBeenCalled();
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([25, 25]);
    controller.abort();
  });

  it('Apply fix whose selection the page moved inserts nothing and selects the words instead', async () => {
    const exec = vi.fn(() => true);
    (document as unknown as { execCommand: unknown }).execCommand = exec;
    const { deps, views, textarea, controller, type } = setup();
    new BoxSession(textarea, deps, controller.signal);
    type('Ring me on 07700 900123');
    await vi.waitFor(() => expect(nudge().dataset.count).toBe('1'));
    const phone = views.at(-1)!.findings[0]!;
    views.at(-1)!.onApplyFix(phone);
    textarea.setSelectionRange(0, 0);
    await vi.waitFor(() => expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).toBe('07700 900123'));
    expect(exec).not.toHaveBeenCalled();
    controller.abort();
  });

  it('ignore once and "this is wrong" drop a finding for this draft only; feedback is recorded', async () => {
    const { deps, views, reports, controller, type, start } = setup();
    start();
    type('Ring me on 07700 900123, this is shit');
    await vi.waitFor(() => expect(nudge().dataset.count).toBe('2'));
    const props = views.at(-1)!;
    props.onIgnore(props.findings.find((f) => f.category === 'profanity')!);
    expect(nudge().dataset.categories).toBe('contact-details');
    views.at(-1)!.onReport(views.at(-1)!.findings[0]!);
    expect(deps.feedback).toHaveBeenCalledWith(expect.objectContaining({ category: 'contact-details' }));
    expect(nudge().dataset.count).toBe('0');
    expect(reports.at(-1)!.findings).toEqual([]);
    // Editing keeps them ignored while the words are still there.
    type('Ring me on 07700 900123, this is shit!');
    await settled();
    expect(nudge().dataset.count).toBe('0');
    controller.abort();
  });
});

describe('watchComposeBoxes', () => {
  const gesture = (el: Element, type = 'keydown') => el.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  const session = () => ({ disposed: false, noteGesture: vi.fn(), dispose() {} });
  // jsdom's events are untrusted and it has no layout: a permissive gate and "visible" unless a test says otherwise.
  const open = { acceptEvent: () => true, hidden: () => null };

  it('starts one session per box on a gesture, tells it of later ones, and none for skipped fields', () => {
    const controller = new AbortController();
    const started: HTMLElement[] = [];
    const box = document.createElement('textarea');
    const search = document.createElement('input');
    search.type = 'search';
    document.body.append(box, search);
    const { sessions } = watchComposeBoxes(document, controller.signal, (b) => (started.push(b), session()), open);
    gesture(box, 'pointerdown');
    gesture(box);
    gesture(search);
    expect(started).toEqual([box]);
    expect(sessions.get(box)!.noteGesture).toHaveBeenCalledOnce();
    controller.abort();
  });

  // Issue 12, point 2: element.focus() gives a trusted focusin, execCommand('insertText') a trusted input.
  it('starts nothing on focus or input alone, on an untrusted gesture, or in a box nobody can see', () => {
    const controller = new AbortController();
    const started: HTMLElement[] = [];
    const [box, offscreen] = [document.createElement('textarea'), document.createElement('textarea')];
    document.body.append(box, offscreen);
    const start = (b: HTMLElement) => (started.push(b), session());
    watchComposeBoxes(document, controller.signal, start, { acceptEvent: () => true, hidden: (b) => (b === offscreen ? 'off-screen' : null) });
    gesture(box, 'focusin');
    gesture(box, 'input');
    gesture(offscreen);
    expect(started).toEqual([]);
    controller.abort();
    const strict = new AbortController();
    watchComposeBoxes(document, strict.signal, start, { acceptEvent: trustedOnly, hidden: () => null });
    gesture(box);
    expect(started).toEqual([]);
    strict.abort();
  });

  it('finds a box inside an open shadow root', () => {
    const controller = new AbortController();
    const started: HTMLElement[] = [];
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    root.append(box);
    document.body.append(host);
    watchComposeBoxes(document, controller.signal, (b) => (started.push(b), session()), open);
    gesture(box, 'paste');
    expect(started).toEqual([box]);
    controller.abort();
  });
});
