import { editableRoot, skipReason } from './compose-boxes';

/**
 * Finds compose boxes as the user reaches them: a box matters once it is focused
 * or typed in, so listening to `focusin` and `input` at the document (both are
 * composed events, so they arrive from open shadow roots too, and `composedPath()`
 * names the real target) finds boxes that single-page apps add at any time,
 * without observing or rescanning the whole page. Same-origin frames run their
 * own copy of the content script (`allFrames`, `matchAboutBlank`).
 */
export interface BoxWatcher<S> {
  /** The live sessions, by box. */
  readonly sessions: Map<HTMLElement, S>;
}

interface Session {
  readonly disposed: boolean;
  dispose(): void;
}

export function watchComposeBoxes<S extends Session>(
  doc: Document,
  signal: AbortSignal,
  start: (box: HTMLElement) => S,
): BoxWatcher<S> {
  const sessions = new Map<HTMLElement, S>();
  const removals = releaseRemoved(sessions);
  signal.addEventListener('abort', () => (removals.stop(), sessions.clear()), { once: true });

  const consider = (target: EventTarget | null | undefined) => {
    if (!(target instanceof Element)) return;
    const box = editableRoot(target);
    if (!box || skipReason(box)) return;
    const existing = sessions.get(box);
    if (existing && !existing.disposed) return;
    for (const [b, s] of sessions) if (s.disposed) sessions.delete(b);
    sessions.set(box, start(box));
    removals.track(box);
  };

  const fromEvent = (e: Event) => consider(e.composedPath()[0]);
  doc.addEventListener('focusin', fromEvent, { capture: true, signal });
  doc.addEventListener('input', fromEvent, { capture: true, signal });

  // A box that already had focus when the script arrived (a reload with a draft restored).
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  consider(active);
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
function releaseRemoved<S extends Session>(sessions: Map<HTMLElement, S>): { track(box: HTMLElement): void; stop(): void } {
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
