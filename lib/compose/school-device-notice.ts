import type { SchoolDeviceNoticeProps } from '../../components/notice';
import { managedCopy, managedForPagesItem } from '../managed-via-background';
import type { NoticeHandle } from '../dom/notice-host';
import { composeSurfaces, keepClearRects } from '../dom/notice-spot';
import type { PostSite } from '../dom/post-actions';
import type { EventGate } from '../dom/trust';
import { authorisedOn, localDate, msUntilTomorrow, readSchoolDevice } from '../school-device';
import { schoolDeviceAuthorisedItem } from '../storage';

/**
 * The school-device notice on a watched site (issue 15, point 4; policy section 4): shown
 * while managed policy says this browser is the school's and the person has not said,
 * today, that leadership authorised them. "I'm authorised (today)" hides it at once here
 * and, through the background's record, in every tab; the next local day it comes back.
 * It moves out of the way of the compose boxes and Post buttons as the page changes.
 * Anything failing here leaves the page as it was and the notice away (fail open).
 */
export interface SchoolDeviceNoticeDeps {
  site: PostSite | null;
  /** The watched compose boxes (Reddit's live in a shadow root a document query misses). */
  watched(): Iterable<HTMLElement>;
  now(): number;
  /** `trustedOnly` in the extension: a page's script cannot give the person's word for them. */
  acceptEvent: EventGate;
  /** Asks the background, the record's one writer, to record today's say-so. */
  authorise(): Promise<unknown>;
  keepError(where: string, error: unknown): void;
  /** lib/dom/notice-host.ts `openNotice` with the view, injected so tests can make it fail. */
  open(doc: Document, props: SchoolDeviceNoticeProps): NoticeHandle;
}

/**
 * Layout changes after which the notice may sit over a box or button: look again in the
 * next frame. Typing is not one of them: a box that grows as it fills is seen by the
 * ResizeObserver below, so no keystroke costs a query of the page's boxes and buttons.
 */
const RELAYOUT = ['scroll', 'resize', 'focusin', 'click'] as const;

export function showSchoolDeviceNotice(doc: Document, deps: SchoolDeviceNoticeDeps, signal: AbortSignal): void {
  const view = doc.defaultView;
  if (!view || signal.aborted) return;
  let notice: NoticeHandle | null = null;
  let frame = 0;
  let dayTimer: ReturnType<typeof setTimeout> | undefined;
  /** The local day the person pressed the button in this tab: hidden here whether or not the record was kept. */
  let saidOn: string | null = null;
  let latest = 0;

  const fail = (error: unknown) => deps.keepError('school-device-notice', error);

  const growing = typeof ResizeObserver === 'function' ? new ResizeObserver(() => schedule()) : null;

  function place(): void {
    frame = 0;
    try {
      if (!notice) return;
      const boxes = composeSurfaces(doc, deps.watched());
      // observe() is idempotent; a box that leaves the page drops out of the observer with it.
      for (const box of boxes) growing?.observe(box);
      notice.place(keepClearRects(doc, deps.site, boxes));
    } catch (error) {
      fail(error);
      close();
    }
  }

  const schedule = () => {
    if (notice && !frame) frame = view.requestAnimationFrame(place);
  };

  function open(): void {
    try {
      notice = deps.open(doc, { acceptEvent: deps.acceptEvent, onAuthorised });
    } catch (error) {
      fail(error);
      notice = null;
      return;
    }
    place();
  }

  function close(): void {
    if (frame) doc.defaultView?.cancelAnimationFrame(frame);
    frame = 0;
    growing?.disconnect();
    const open = notice;
    notice = null;
    open?.close();
  }

  function onAuthorised(): void {
    saidOn = localDate(deps.now());
    close();
    deps.authorise().catch(fail);
  }

  async function refresh(): Promise<void> {
    const mine = ++latest;
    try {
      const [on, record] = await Promise.all([readSchoolDevice(managedCopy), schoolDeviceAuthorisedItem.getValue()]);
      // Reads are async: only the latest refresh acts.
      if (mine !== latest || signal.aborted) return;
      const now = deps.now();
      const show = on && saidOn !== localDate(now) && !authorisedOn(record, now);
      if (show && !notice) open();
      else if (!show && notice) close();
      clearTimeout(dayTimer);
      // A day's say-so runs out at local midnight: one timer for then (a second into the new day), not a poll.
      if (on) dayTimer = setTimeout(() => void refresh(), msUntilTomorrow(now) + 1000);
    } catch (error) {
      fail(error);
    }
  }

  for (const type of RELAYOUT) view.addEventListener(type, schedule, { capture: true, passive: true, signal });
  // Timers sleep with the computer: a tab shown again after midnight looks again.
  doc.addEventListener('visibilitychange', () => doc.visibilityState === 'visible' && void refresh(), { signal });
  const unwatchManaged = managedForPagesItem.watch(() => void refresh());
  const unwatchRecord = schoolDeviceAuthorisedItem.watch(() => void refresh());
  signal.addEventListener('abort', () => {
    latest++;
    clearTimeout(dayTimer);
    unwatchManaged();
    unwatchRecord();
    close();
  }, { once: true });
  void refresh();
}
