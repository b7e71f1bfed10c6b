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

export function watchComposeBoxes<S extends { readonly disposed: boolean }>(
  doc: Document,
  signal: AbortSignal,
  start: (box: HTMLElement) => S,
): BoxWatcher<S> {
  const sessions = new Map<HTMLElement, S>();

  const consider = (target: EventTarget | null | undefined) => {
    if (!(target instanceof Element)) return;
    const box = editableRoot(target);
    if (!box || skipReason(box)) return;
    const existing = sessions.get(box);
    if (existing && !existing.disposed) return;
    for (const [b, s] of sessions) if (s.disposed) sessions.delete(b);
    sessions.set(box, start(box));
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
