import { editableRoot, hiddenReason, skipReason, type HiddenReason } from './compose-boxes';
import type { EventGate } from './trust';

/**
 * Finds compose boxes as a person starts to write in them. A box is watched only
 * after a gesture a page cannot forge, on or in a box the person can see (issue 12,
 * point 2): a page's script put 2,000 candidate names in an off-screen textarea,
 * fired a synthetic `input` and read the findings back. `focusin` and `input` prove
 * nothing: `element.focus()` from a script gives a trusted `focusin`, and
 * `document.execCommand('insertText')` a trusted `input`. The gestures below are
 * trusted only when a person made them. Listening at the window (capture, composed
 * events, `composedPath()` names the real target inside open shadow roots) finds
 * boxes that single-page apps add at any time, without observing or rescanning the
 * page. Same-origin frames run their own copy of the content script.
 */
export const GESTURES = ['keydown', 'pointerdown', 'paste', 'drop', 'cut', 'compositionstart', 'compositionend'] as const;

export interface BoxWatcher<S> {
  /** The live sessions, by box. */
  readonly sessions: Map<HTMLElement, S>;
}

export interface WatchOptions {
  /** Which gestures are a person's: `trustedOnly` in the extension (lib/dom/trust.ts). */
  acceptEvent: EventGate;
  /** Why a box can't be seen (default `hiddenReason`); jsdom has no layout, so unit tests pass their own. */
  hidden?: (box: HTMLElement) => HiddenReason | null;
}

/** A session is told of each gesture on its box: it analyses changes only shortly after one. */
export interface WatchedSession {
  readonly disposed: boolean;
  noteGesture(): void;
}

export function watchComposeBoxes<S extends WatchedSession>(
  doc: Document,
  signal: AbortSignal,
  start: (box: HTMLElement) => S,
  options: WatchOptions,
): BoxWatcher<S> {
  const sessions = new Map<HTMLElement, S>();
  const hidden = options.hidden ?? hiddenReason;

  const onGesture = (e: Event) => {
    if (!options.acceptEvent(e)) return;
    const target = e.composedPath()[0];
    if (!(target instanceof Element)) return;
    const box = editableRoot(target);
    // Reasons, not booleans (habit 10): a box skipped or unseen is simply not watched.
    if (!box || skipReason(box) || hidden(box)) return;
    const existing = sessions.get(box);
    if (existing && !existing.disposed) return existing.noteGesture();
    for (const [b, s] of sessions) if (s.disposed) sessions.delete(b);
    // A new session counts its first gesture itself (BoxSession's constructor).
    sessions.set(box, start(box));
  };

  const target = doc.defaultView ?? doc;
  for (const type of GESTURES) target.addEventListener(type, onGesture, { capture: true, signal });
  return { sessions };
}
