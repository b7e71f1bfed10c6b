import { type FunctionComponent, h, render } from 'preact';
import { ContactPauseDialog, type ContactPauseProps, PAUSE_CSS, PauseDialog, type PauseDialogProps } from '../../components/pause';
import { MARKERS, setMarker } from './markers';
import { createOurHost } from './our-host';

export interface PauseHandle<P = PauseDialogProps> {
  /** Removes the pause and puts focus back where it was. Safe to call twice. */
  close(): void;
  /** Re-renders with changed props, e.g. `{ saved: true }` after "Save for review". */
  update(next: Partial<P>): void;
  root: ShadowRoot;
}

/** The contract's `data-kind`: `post` before posting, `contact` for the request guard. */
export type PauseKind = 'post' | 'contact';

/** Events the page must not get while the pause is open: a click "outside" or Enter could post. */
const SWALLOWED = [
  'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu',
  'touchstart', 'touchend', 'keydown', 'keyup', 'keypress', 'wheel',
] as const;

/** Over the whole viewport, above everything the page can stack. */
const HOST_STYLES = [['position', 'fixed'], ['inset', '0'], ['z-index', '2147483647'], ['display', 'block']] as const;

/** The focused element, looking inside shadow roots (editors often live in one). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** The pause before posting (issue 5); `data-reminder="session-times"` in a marker build when it carries the session-time reminder. */
export function openPause(doc: Document, props: PauseDialogProps, markers: boolean = MARKERS): PauseHandle {
  const handle = openLayer(doc, 'post', PauseDialog, props, markers);
  if (props.sessionHours) setMarker(handle.root.host as HTMLElement, 'reminder', 'session-times', markers);
  return handle;
}

/** The request guard's pause (issue 15, point 1): "Cancel" or "Accept anyway". */
export function openContactPause(doc: Document, props: ContactPauseProps, markers: boolean = MARKERS): PauseHandle<ContactPauseProps> {
  return openLayer(doc, 'contact', ContactPauseDialog, props, markers);
}

/**
 * Shows the contract's `<postguard-pause>`: a shadow root over the whole viewport
 * with a backdrop and the dialog (open, with `data-kind`, in a marker build only:
 * lib/dom/markers.ts). Knows nothing of sites or posting; the caller decides what
 * each button does and when to close.
 */
function openLayer<P extends object>(doc: Document, kind: PauseKind, view: FunctionComponent<P>, props: P, markers: boolean): PauseHandle<P> {
  const returnFocus = deepActiveElement(doc);
  const { host, root, listening } = createOurHost(doc, 'postguard-pause', kind, HOST_STYLES, PAUSE_CSS, SWALLOWED, markers);
  const layer = doc.createElement('div');
  layer.className = 'pg-layer';
  const backdrop = doc.createElement('div');
  backdrop.className = 'pg-backdrop';
  const mount = doc.createElement('div');
  mount.style.display = 'contents';
  layer.append(backdrop, mount);
  root.append(layer);

  // The backdrop scrolls nothing: the page behind stays where the writer left it.
  backdrop.addEventListener('wheel', (e) => e.preventDefault(), { signal: listening.signal, passive: false });

  let current = props;
  doc.body.append(host);
  try {
    render(h(view, current), mount);
  } catch (error) {
    // A half-built pause would hold the page's events with nothing to press: take it away, let the caller fail open.
    listening.abort();
    host.remove();
    throw error;
  }

  let closed = false;
  return {
    root,
    update(next) {
      if (closed) return;
      current = { ...current, ...next };
      render(h(view, current), mount);
    },
    close() {
      if (closed) return;
      closed = true;
      listening.abort();
      render(null, mount);
      host.remove();
      if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    },
  };
}
