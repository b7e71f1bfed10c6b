// @vitest-environment jsdom
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_CSS, SchoolDeviceNotice, type SchoolDeviceNoticeProps } from '../../../components/notice';
import { showSchoolDeviceNotice, type SchoolDeviceNoticeDeps } from '../../../lib/compose/school-device-notice';
import { openNotice } from '../../../lib/dom/notice-host';
import { trustedOnly } from '../../../lib/dom/trust';
import { managedForPagesItem } from '../../../lib/managed-via-background';
import { recordAuthorisedToday } from '../../../lib/school-device';
import { schoolDeviceAuthorisedItem } from '../../../lib/storage';
import { stubI18n } from '../components/i18n-stub';

/**
 * The school-device notice in a watched page (issue 15, point 4; policy section 4): there
 * only while managed policy says this is a school device and the person has not said, today,
 * that they are authorised; trusted clicks only; away in every tab once said; back the next day.
 */
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

let controller: AbortController;
beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.replaceChildren();
});

const MONDAY_NOON = new Date(2026, 2, 16, 12).getTime();
const TUESDAY_9 = new Date(2026, 2, 17, 9).getTime();

function start(over: Partial<SchoolDeviceNoticeDeps> = {}) {
  let now = MONDAY_NOON;
  const deps: SchoolDeviceNoticeDeps = {
    site: null,
    watched: () => [],
    // Each look at the policy and the record ends by reading the clock: tests wait for that, not for a time.
    now: vi.fn(() => now),
    // jsdom's clicks are untrusted: a permissive gate here; the real one is tested below.
    acceptEvent: () => true,
    // As the background does: it records today by its own clock.
    authorise: vi.fn(() => recordAuthorisedToday(now)),
    keepError: vi.fn(),
    open: (doc: Document, props: SchoolDeviceNoticeProps) => openNotice(doc, 'school-device', SchoolDeviceNotice, props, NOTICE_CSS, true),
    ...over,
  };
  showSchoolDeviceNotice(document, deps, controller.signal);
  const clockReads = () => vi.mocked(deps.now).mock.calls.length;
  /** Runs `change` and waits until the notice has looked again after it. */
  const lookedAgainAfter = async (change: () => Promise<unknown>) => {
    const before = clockReads();
    await change();
    await vi.waitFor(() => expect(clockReads()).toBeGreaterThan(before));
  };
  return { deps, setNow: (t: number) => (now = t), clockReads, lookedAgainAfter };
}

const notice = () => document.querySelector('postguard-notice');
const button = () => notice()?.shadowRoot?.querySelector('button') ?? null;
const schoolDevice = (on: boolean) => managedForPagesItem.setValue(on ? { schoolDevice: true } : {});

describe('the school-device notice', () => {
  it('is never shown without the policy saying so', async () => {
    await managedForPagesItem.setValue({ rosterKey: 'k' });
    const { deps, clockReads, lookedAgainAfter } = start();
    await vi.waitFor(() => expect(clockReads()).toBe(1));
    expect(notice()).toBeNull();
    await lookedAgainAfter(() => managedForPagesItem.setValue({ rosterKey: 'k', schoolDevice: 'true' }));
    expect(notice()).toBeNull();
    expect(deps.keepError).not.toHaveBeenCalled();
  });

  it('shows on a school device, saying what the policy asks, and follows the policy turned on and off', async () => {
    await schoolDevice(true);
    start();
    await vi.waitFor(() => expect(notice()?.getAttribute('data-kind')).toBe('school-device'));
    expect(notice()!.shadowRoot!.textContent).toContain("Your school's policy allows social media on school devices only with leadership's authorisation.");
    await schoolDevice(false);
    await vi.waitFor(() => expect(notice()).toBeNull());
    await schoolDevice(true);
    await vi.waitFor(() => expect(notice()).not.toBeNull());
  });

  it('"I\'m authorised (today)" hides it at once and records the say-so for today', async () => {
    await schoolDevice(true);
    const { deps } = start();
    await vi.waitFor(() => expect(button()).not.toBeNull());
    button()!.click();
    expect(notice()).toBeNull();
    expect(deps.authorise).toHaveBeenCalledOnce();
    await vi.waitFor(async () => expect((await schoolDeviceAuthorisedItem.getValue())?.date).toBe('2026-03-16'));
  });

  it("goes from every tab once the say-so is recorded (another tab's press), and comes back the next day", async () => {
    await schoolDevice(true);
    const { setNow } = start();
    await vi.waitFor(() => expect(notice()).not.toBeNull());
    await recordAuthorisedToday(MONDAY_NOON);
    await vi.waitFor(() => expect(notice()).toBeNull());
    // Tuesday: yesterday's word no longer holds (seen when the tab is shown again after the night).
    setNow(TUESDAY_9);
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(notice()).not.toBeNull());
  });

  it('comes back at local midnight in a tab left open, by one timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await schoolDevice(true);
    await recordAuthorisedToday(MONDAY_NOON);
    const { setNow } = start();
    await vi.waitFor(() => expect(vi.getTimerCount()).toBe(1));
    expect(notice()).toBeNull();
    setNow(new Date(2026, 2, 17, 0, 0, 1).getTime());
    await vi.runOnlyPendingTimersAsync();
    await vi.waitFor(() => expect(notice()).not.toBeNull());
  });

  it('with the extension\'s gate, a script\'s click on the button gives no say-so and leaves it shown', async () => {
    await schoolDevice(true);
    const { deps } = start({ acceptEvent: trustedOnly });
    await vi.waitFor(() => expect(button()).not.toBeNull());
    button()!.click();
    button()!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(deps.authorise).not.toHaveBeenCalled();
    expect(notice()).not.toBeNull();
    expect(await schoolDeviceAuthorisedItem.getValue()).toBeNull();
  });

  it('fails open: a notice that cannot be drawn leaves the page alone and the error kept', async () => {
    await schoolDevice(true);
    const { deps } = start({ open: () => { throw new Error('no shadow root here'); } });
    await vi.waitFor(() => expect(deps.keepError).toHaveBeenCalledWith('school-device-notice', expect.any(Error)));
    expect(notice()).toBeNull();
  });

  it('a record that cannot be kept still hides it in this tab for the day', async () => {
    await schoolDevice(true);
    const { deps, lookedAgainAfter } = start({ authorise: vi.fn(async () => Promise.reject(new Error('no background'))) });
    await vi.waitFor(() => expect(button()).not.toBeNull());
    button()!.click();
    await vi.waitFor(() => expect(deps.keepError).toHaveBeenCalledWith('school-device-notice', expect.any(Error)));
    await lookedAgainAfter(() => managedForPagesItem.setValue({ schoolDevice: true, rosterKey: 'changed' }));
    expect(notice()).toBeNull();
  });

  it('leaves with the watch: the site switched off or the script stopped', async () => {
    await schoolDevice(true);
    start();
    await vi.waitFor(() => expect(notice()).not.toBeNull());
    controller.abort();
    expect(notice()).toBeNull();
    // Stopped means stopped: no listener is left to bring it back.
    let changed = false;
    const unwatch = managedForPagesItem.watch(() => (changed = true));
    await schoolDevice(false);
    await schoolDevice(true);
    await vi.waitFor(() => expect(changed).toBe(true));
    unwatch();
    expect(notice()).toBeNull();
  });

  it('moves when a watched box grows (a ResizeObserver), not at each keystroke', async () => {
    const observers: { callback: () => void; observed: Element[]; disconnected: boolean }[] = [];
    const real = globalThis.ResizeObserver;
    globalThis.ResizeObserver = class {
      record;
      constructor(callback: () => void) {
        this.record = { callback, observed: [] as Element[], disconnected: false };
        observers.push(this.record);
      }
      observe(el: Element) {
        this.record.observed.push(el);
      }
      disconnect() {
        this.record.disconnected = true;
      }
    } as unknown as typeof ResizeObserver;
    try {
      document.body.innerHTML = '<textarea></textarea>';
      const box = document.querySelector('textarea')!;
      const watched = vi.fn(() => [box]);
      await schoolDevice(true);
      start({ watched });
      await vi.waitFor(() => expect(notice()).not.toBeNull());
      const [observer] = observers;
      expect(observer!.observed).toContain(box);
      const looks = watched.mock.calls.length;
      // Typing: no look at the page's boxes (a frame later, still none).
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      expect(watched.mock.calls.length).toBe(looks);
      // The box grew: one look in the next frame.
      observer!.callback();
      await vi.waitFor(() => expect(watched.mock.calls.length).toBe(looks + 1));
      controller.abort();
      expect(observer!.disconnected).toBe(true);
    } finally {
      globalThis.ResizeObserver = real;
    }
  });
});
