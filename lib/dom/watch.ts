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
  dispose(): void;
}

export function watchComposeBoxes<S extends WatchedSession>(
  doc: Document,
  signal: AbortSignal,
  start: (box: HTMLElement) => S,
  options: WatchOptions,
): BoxWatcher<S> {
  const sessions = new Map<HTMLElement, S>();
  const hidden = options.hidden ?? hiddenReason;
  const removals = releaseRemoved(sessions);
  signal.addEventListener('abort', () => (removals.stop(), sessions.clear()), { once: true });

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
    removals.track(box);
  };

  const target = doc.defaultView ?? doc;
  for (const type of GESTURES) target.addEventListener(type, onGesture, { capture: true, signal });
  return { sessions };
}

/**
 * Ends the session of a box that left the page, at once (issue 12, point 8: a box
 * hidden and then removed kept its session, nudge, observers and the detached
 * editor alive, because only a ResizeObserver ending at zero size while
 * disconnected ended it, and a hidden box is already zero: 99 of 100 were left).
 * One MutationObserver watches childList removals in the document and in every
 * shadow root on the way up from a watched box (a document observer does not see
 * inside shadow roots); it runs only while sessions exist. Each batch with a
 * removal checks the watched boxes' `isConnected`: sessions are few, so that is
 * cheaper than reading which subtrees went.
 */
function releaseRemoved<S extends WatchedSession>(sessions: Map<HTMLElement, S>): { track(box: HTMLElement): void; stop(): void } {
  let observed = new WeakSet<Node>();
  let observer: MutationObserver | undefined;

  const stop = () => {
    observer?.disconnect();
    observer = undefined;
    observed = new WeakSet();
  };
  const sweep = (records: MutationRecord[]) => {
    if (!records.some((r) => r.removedNodes.length)) return;
    for (const [box, session] of sessions) {
      if (box.isConnected && !session.disposed) continue;
      sessions.delete(box);
      session.dispose();
    }
    if (!sessions.size) stop();
  };
  const track = (box: HTMLElement) => {
    observer ??= new MutationObserver(sweep);
    for (let root = box.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      if (!observed.has(root)) {
        observer.observe(root, { childList: true, subtree: true });
        observed.add(root);
      }
      if (!(root instanceof ShadowRoot)) break;
    }
  };
  return { track, stop };
}
