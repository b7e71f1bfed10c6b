import type { Analyzer, Finding } from '../analyze';
import type { CompiledPack } from '../analyze/types';
import type { Category } from '../../rules/categories';
import type { BoxReport } from '../messages';
import { applyFix, selectWords } from './apply-fix';
import { boxLabel } from './compose-boxes';
import { engineOf, FIX_SAFE, type Engine } from './engines';
import { MarkLayer } from './marks';
import { NudgeHost } from './nudge-host';
import { TextareaMarks } from './textarea-marks';
import { readEditable, rangeFor, type TextMap } from './text-map';
import type { EventGate } from './trust';

/** What the nudge view (components/nudge) is given; the session owns the state. */
export interface NudgeViewProps {
  findings: Finding[];
  policy: CompiledPack['policy'];
  canApplyFix: boolean;
  /** Which clicks and keys the view acts on: trusted ones only in the extension (lib/dom/trust.ts). */
  acceptEvent: EventGate;
  open: boolean;
  onToggle(open: boolean): void;
  onApplyFix(f: Finding): void;
  onSelect(f: Finding): void;
  onIgnore(f: Finding): void;
  onReport(f: Finding): void;
  /** Which way the panel opens from the pill, from the room around the box. */
  placement: 'above-end' | 'below-end';
  onOpenPolicy(sectionId: string): void;
}

export interface SessionDeps {
  /** The analyzer, compiled on first call (in slices, so never one long task), then the same one. */
  analyzer(): Promise<Analyzer>;
  policy: CompiledPack['policy'];
  /** Which events count as the person's: `trustedOnly` in the extension, permissive in unit tests (lib/dom/trust.ts). */
  acceptEvent: EventGate;
  /** CSS for the shadow root (the view's and the textarea marks'). */
  css: string;
  render(mount: Element, props: NudgeViewProps | null): void;
  report(box: BoxReport | null): void;
  feedback(f: Finding): void;
  /** New findings were shown: their categories, for the writer's own 30-day chart (no text). */
  nudged(categories: Category[]): void;
  /** Opens the policy page at a section (through the background: pages can't link to extension pages). */
  openPolicy(sectionId: string): void;
  /** Quiet time after the last keystroke before analysing (ms). */
  debounceMs: number;
  /**
   * Findings about the box rather than its words: a conversation with a pupil (issue 15,
   * point 2; lib/compose/pupil-conversation.ts). Put before the draft's own findings. The
   * analyzer is the one the draft was read with: its compiled roster serves here too.
   */
  boxFindings?(box: HTMLElement, text: string, analyzer: Analyzer): Finding[];
}

/**
 * How soon after the person's own gesture on the box (lib/dom/watch.ts GESTURES) a
 * change is analysed (issue 12, point 2). A keystroke's or paste's change lands in the
 * same task or a frame later (Lexical changes the DOM inside keydown, Draft.js takes
 * ~10 ms a key: tests/e2e/README.md); 1 s leaves room for a loaded 2-core machine and
 * for text that lands a moment after a click (dictation, Playwright's insertText).
 * Changes a page's script makes on its own, long after any gesture, are not read.
 */
export const GESTURE_WINDOW_MS = 1000;

/** Longest stretch of analysis between yields to the page: well under a 50 ms long task. */
const SLICE_MS = 8;
let nextId = 0;

/** Lets the page handle input and paint before the next slice of work. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((r) => setTimeout(r, 0));
}

const keyOf = (f: Finding) => `${f.rule}\u0000${f.text}`;

/** One watched compose box: listens, analyses off the typing path, marks, and drives its nudge. */
export class BoxSession {
  readonly id = `pg-${++nextId}`;
  readonly engine: Engine;
  private readonly abort = new AbortController();
  private readonly host: NudgeHost;
  /** Marks of a contenteditable box, drawn in the nudge's shadow root (lib/dom/marks.ts). */
  private readonly marks: MarkLayer | null;
  private readonly textareaMarks: TextareaMarks | null;
  private findings: Finding[] = [];
  private readonly ignored = new Set<string>();
  private readonly counted = new Set<string>();
  private open = false;
  private composing = false;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  /** The analyzer once compiled, so the pause can check the draft as it is at the moment of posting. */
  private ready: Analyzer | undefined;
  /** performance.now() of the last focus or input: the pause picks the box a Post button belongs to by it. */
  lastActive = 0;
  /** performance.now() of the person's last gesture on the box; a session starts on one (lib/dom/watch.ts). */
  private gestureAt = performance.now();

  constructor(
    readonly box: HTMLElement,
    private readonly deps: SessionDeps,
    parent: AbortSignal,
  ) {
    this.engine = engineOf(box);
    this.host = new NudgeHost(box, deps.css, this.id, this.engine);
    this.textareaMarks = box instanceof HTMLTextAreaElement ? new TextareaMarks(box, this.host.root) : null;
    this.marks = this.textareaMarks ? null : new MarkLayer(this.host.root, box);
    const signal = AbortSignal.any([parent, this.abort.signal]);
    signal.addEventListener('abort', () => this.teardown(), { once: true });
    this.listen(signal);
    this.host.place();
    this.schedule();
  }

  private listen(signal: AbortSignal): void {
    const on = { signal } as const;
    const box = this.box;
    // execCommand('insertText') gives a trusted input: the gesture window decides (changed()).
    box.addEventListener('input', (e) => ((this.lastActive = performance.now()), this.deps.acceptEvent(e) && this.changed()), on);
    box.addEventListener('compositionstart', () => ((this.composing = true), clearTimeout(this.timer)), on);
    box.addEventListener('compositionend', (e) => {
      this.composing = false;
      // The end of a person's composition is itself a gesture (lib/dom/watch.ts).
      if (this.deps.acceptEvent(e)) this.schedule();
    }, on);
    box.addEventListener('keydown', (e) => this.deps.acceptEvent(e) && this.shortcut(e), on);
    box.addEventListener('scroll', () => this.placeSoon(), { signal, passive: true });
    box.addEventListener('focus', () => ((this.lastActive = performance.now()), this.report()), on);
    if (!this.textareaMarks) {
      // Engines may change the DOM before any input event (Lexical's first keystroke; toolchain note).
      // The marks follow the text at once (next frame); the analysis waits for the debounce.
      const observer = new MutationObserver(() => (this.changed(), this.placeSoon()));
      observer.observe(box, { characterData: true, childList: true, subtree: true });
      // Not `{ signal }`: an abort removes the listeners registered with that signal BEFORE firing
      // 'abort', so such a listener never runs and the observers stayed connected (issue 12, point 8).
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
    // A click anywhere outside the nudge closes its panel, as any popover does.
    box.ownerDocument.addEventListener(
      'pointerdown',
      (e) => {
        if (this.open && !e.composedPath().includes(this.host.el)) {
          this.open = false;
          this.render();
        }
      },
      { signal, capture: true },
    );
    const view = box.ownerDocument.defaultView!;
    view.addEventListener('scroll', () => this.placeSoon(), { signal, passive: true, capture: true });
    view.addEventListener('resize', () => this.placeSoon(), { signal, passive: true });
    // A removed box reports a zero size: that is how the session learns to end, without polling.
    const resize = new ResizeObserver(() => (box.isConnected ? this.placeSoon() : this.dispose()));
    resize.observe(box);
    // Content added or removed elsewhere (a banner above the box) moves the box without resizing it,
    // but it resizes the document: the nudge and the marks follow that too, one placement per frame.
    resize.observe(box.ownerDocument.documentElement);
    signal.addEventListener('abort', () => resize.disconnect(), { once: true });
  }

  /** Alt+Shift+P from the box opens the findings: the nudge is keyboard reachable without tabbing the page. */
  private shortcut(e: KeyboardEvent): void {
    if (!(e.altKey && e.shiftKey && e.code === 'KeyP') || !this.findings.length) return;
    e.preventDefault();
    this.open = true;
    this.render();
    (this.host.root.querySelector('button') as HTMLElement | null)?.focus();
  }

  /** A person's gesture on the box (lib/dom/watch.ts): changes soon after it are theirs to check. */
  noteGesture(): void {
    this.gestureAt = performance.now();
  }

  /** The box's text changed: analysed only shortly after the person's own gesture (GESTURE_WINDOW_MS). */
  private changed(): void {
    if (performance.now() - this.gestureAt <= GESTURE_WINDOW_MS) this.schedule();
  }

  schedule(): void {
    this.generation++;
    clearTimeout(this.timer);
    this.host.setState('pending');
    if (this.composing) return;
    const gen = this.generation;
    this.timer = setTimeout(() => void this.run(gen), this.deps.debounceMs);
  }

  private read(): { text: string; map: TextMap | null } {
    if (this.box instanceof HTMLTextAreaElement) return { text: this.box.value, map: null };
    const map = readEditable(this.box);
    return { text: map.text, map };
  }

  private async run(gen: number): Promise<void> {
    const analyzer = await this.deps.analyzer();
    this.ready = analyzer;
    if (gen !== this.generation || this.abort.signal.aborted) return;
    const { text, map } = this.read();
    while (!analyzer.warm(text, performance.now() + SLICE_MS)) {
      await yieldToPage();
      if (gen !== this.generation || this.abort.signal.aborted) return;
    }
    const all = this.allFindings(analyzer, text);
    const present = new Set(all.map(keyOf));
    for (const key of this.ignored) if (!present.has(key)) this.ignored.delete(key);
    this.findings = all.filter((f) => !this.ignored.has(keyOf(f)));
    if (!this.findings.length) this.open = false;
    this.countNew();
    this.paint(text, map);
    this.host.setFindings(this.findings, 'done');
    this.render();
    this.report();
  }

  /** Each finding counts once per box for the writer's own chart (issue 5), however often it is re-read. */
  private countNew(): void {
    const fresh = this.findings.filter((f) => !this.counted.has(keyOf(f)));
    for (const f of fresh) this.counted.add(keyOf(f));
    if (fresh.length) this.deps.nudged(fresh.map((f) => f.category));
  }

  private paint(text: string, map: TextMap | null): void {
    if (this.textareaMarks) {
      this.textareaMarks.set(text, this.findings);
    } else if (map && this.marks) {
      const marks = [];
      for (const f of this.findings) {
        const range = rangeFor(map, f.start, f.end);
        if (range) marks.push({ range, severity: f.severity });
      }
      this.marks.set(marks);
    }
  }

  private render(): void {
    const deps = this.deps;
    deps.render(this.host.mount, {
      findings: this.findings,
      policy: deps.policy,
      acceptEvent: deps.acceptEvent,
      canApplyFix: FIX_SAFE.has(this.engine),
      open: this.open,
      onToggle: (open) => ((this.open = open), this.render()),
      onApplyFix: (f) => void this.fix(f),
      onSelect: (f) => this.reveal(f.start, f.end, f.text),
      onIgnore: (f) => this.drop(f),
      onReport: (f) => (deps.feedback(f), this.drop(f)),
      placement: this.host.placement,
      onOpenPolicy: (id) => deps.openPolicy(id),
    });
  }

  private drop(f: Finding): void {
    this.ignored.add(keyOf(f));
    this.findings = this.findings.filter((g) => keyOf(g) !== keyOf(f));
    if (!this.findings.length) this.open = false;
    this.host.setFindings(this.findings, 'done');
    const { text, map } = this.read();
    this.paint(text, map);
    this.render();
    this.report();
  }

  private async fix(f: Finding): Promise<void> {
    if (f.suggestion === undefined) return;
    this.open = false;
    this.render();
    // The person pressed Apply fix (a trusted click, components/nudge): the change it makes is theirs.
    this.noteGesture();
    const before = this.read().text;
    if (FIX_SAFE.has(this.engine) && (await applyFix(this.box, this.engine, f, f.text, f.suggestion))) return;
    // Not applied: show the words instead, unless the person typed while the fix waited
    // (issue 12, point 12): selecting them then would put their next keystroke over them.
    if (this.read().text === before) this.reveal(f.start, f.end, f.text);
  }

  /** Selects a finding's words in the box (the card's "Select words", the popup's reveal). */
  reveal(start: number, end: number, expected: string): boolean {
    this.open = false;
    this.render();
    return selectWords(this.box, { start, end }, expected);
  }

  /** Reports the box again (after a single-page navigation dropped the tab's report). */
  resend(): void {
    this.report();
  }

  private report(): void {
    this.deps.report({ boxId: this.id, label: boxLabel(this.box), findings: this.findings, at: Date.now() });
  }

  private placeSoon(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.host.place();
      this.textareaMarks?.place();
      this.marks?.place();
    });
  }

  /**
   * The open findings of the draft as it is now. Typing can outrun the debounce (a
   * fast Post right after the last keystroke), so the text is analysed again, at
   * once, when the analyzer is ready: a few ms on 2,000 characters (npm run bench).
   */
  findingsNow(): readonly Finding[] {
    if (!this.ready) return this.findings;
    return this.allFindings(this.ready, this.read().text).filter((f) => !this.ignored.has(keyOf(f)));
  }

  /** The box's own findings (a conversation with a pupil), then the draft's. */
  private allFindings(analyzer: Analyzer, text: string): Finding[] {
    const own = this.deps.boxFindings?.(this.box, text, analyzer) ?? [];
    return own.length ? [...own, ...analyzer.analyze(text)] : analyzer.analyze(text);
  }

  /** The draft's text as the box holds it now. */
  text(): string {
    return this.read().text;
  }

  /** The open findings, as last shown. */
  get current(): readonly Finding[] {
    return this.findings;
  }

  dispose(): void {
    this.abort.abort();
  }

  get disposed(): boolean {
    return this.abort.signal.aborted;
  }

  private teardown(): void {
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.marks?.remove();
    this.deps.render(this.host.mount, null);
    this.textareaMarks?.remove();
    this.host.remove();
    this.deps.report(null);
  }
}
