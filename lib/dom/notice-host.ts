import { type FunctionComponent, h, render } from 'preact';
import { MARKERS } from './markers';
import { createOurHost } from './our-host';
import { chooseSpot, type Rect } from './notice-spot';

/** What a notice is about, the marker build's `data-kind`. */
export type NoticeKind = 'school-device';

export interface NoticeHandle {
  readonly host: HTMLElement;
  /** Moves the notice to the first spot clear of `keepClear` (lib/dom/notice-spot.ts), or hides it while there is none. */
  place(keepClear: readonly Rect[]): void;
  /** Removes it. Safe to call twice. */
  close(): void;
}

/** Keys typed on our button are not the site's: its shortcuts (j, k, n, Space to scroll) must not fire. */
const SWALLOWED = ['keydown', 'keyup', 'keypress'] as const;

/** Fixed to the viewport, hidden until placed clear of the page's boxes. */
const HOST_STYLES = [['position', 'fixed'], ['z-index', '2147483646'], ['display', 'block'], ['margin', '0'], ['top', '0'], ['left', '0'], ['visibility', 'hidden']] as const;

/**
 * A `<postguard-notice>` (issue 15, point 4): a small banner in a shadow root of its own
 * (open, with `data-kind`, in a marker build only: lib/dom/markers.ts), appended to the
 * body, outside every editor, fixed to the viewport just under the pause. Unlike the
 * pause it holds no events and takes no focus: the page stays the person's to use.
 */
export function openNotice<P extends object>(doc: Document, kind: NoticeKind, view: FunctionComponent<P>, props: P, css: string, markers: boolean = MARKERS): NoticeHandle {
  const { host, root, listening } = createOurHost(doc, 'postguard-notice', kind, HOST_STYLES, css, SWALLOWED, markers);
  const mount = doc.createElement('div');
  root.append(mount);
  (doc.body ?? doc.documentElement).append(host);
  try {
    render(h(view, props), mount);
  } catch (error) {
    listening.abort();
    host.remove();
    throw error;
  }

  let closed = false;
  return {
    host,
    place(keepClear) {
      if (closed) return;
      const view = doc.defaultView;
      const box = host.getBoundingClientRect();
      // The viewport without its scrollbars (CSSOM: the root's client size, the body's in quirks mode).
      const scroller = doc.compatMode === 'BackCompat' ? doc.body : doc.documentElement;
      const width = Math.min(view?.innerWidth ?? 0, scroller?.clientWidth || Infinity);
      const height = Math.min(view?.innerHeight ?? 0, scroller?.clientHeight || Infinity);
      const spot = chooseSpot({ width: box.width, height: box.height }, { width, height }, keepClear);
      // Hidden, not moved over something: it comes back at the next change of layout that leaves room.
      host.style.setProperty('visibility', spot ? 'visible' : 'hidden', 'important');
      if (!spot) return;
      host.style.setProperty('top', `${Math.round(spot.top)}px`, 'important');
      host.style.setProperty('left', `${Math.round(spot.left)}px`, 'important');
    },
    close() {
      if (closed) return;
      closed = true;
      listening.abort();
      render(null, mount);
      host.remove();
    },
  };
}
