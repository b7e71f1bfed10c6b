// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { BoxSession, type NudgeViewProps, type SessionDeps } from '../../../lib/dom/box-session';
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
  const spy = { pack: analyzer.pack, warm: analyzer.warm, analyze: vi.fn((t: string) => analyzer.analyze(t)) };
  const views: (NudgeViewProps | null)[] = [];
  const reports: (BoxReport | null)[] = [];
  const deps: SessionDeps = {
    analyzer: async () => spy,
    policy: analyzer.pack.policy,
    policyUrl: 'chrome-extension://test/policy.html',
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
  const type = (text: string) => {
    textarea.value = text;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };
  return { deps, spy, views, reports, textarea, controller, type };
}

const nudge = () => document.querySelector('postguard-nudge') as HTMLElement;
const settled = () => vi.waitFor(() => expect(nudge().dataset.state).toBe('done'));

afterEach(() => document.body.replaceChildren());

describe('BoxSession on a textarea', () => {
  it('marks the contract attributes after typing stops, with one analysis for a burst of input', async () => {
    const { deps, spy, textarea, controller, type } = setup();
    new BoxSession(textarea, deps, controller.signal);
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
      const { deps, spy, textarea, controller, type } = setup();
      new BoxSession(textarea, deps, controller.signal);
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
    const { deps, views, reports, textarea, controller, type } = setup();
    new BoxSession(textarea, deps, controller.signal);
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
  it('starts one session per box on focus, and none for skipped fields', () => {
    const controller = new AbortController();
    const started: HTMLElement[] = [];
    const box = document.createElement('textarea');
    const search = document.createElement('input');
    search.type = 'search';
    document.body.append(box, search);
    watchComposeBoxes(document, controller.signal, (b) => (started.push(b), { disposed: false }));
    box.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    box.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    search.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(started).toEqual([box]);
    controller.abort();
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
    watchComposeBoxes(document, controller.signal, (b) => (started.push(b), { disposed: false }));
    box.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(started).toEqual([box]);
    controller.abort();
  });
});
