// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../lib/analyze';
import { guardPosting, type PauseGuardDeps } from '../../../lib/compose/pause-guard';
import type { BoxSession } from '../../../lib/dom/box-session';
import type { PauseHandle } from '../../../lib/dom/pause-host';
import { trustedOnly } from '../../../lib/dom/trust';
import type { SaveResult } from '../../../lib/messages';
import type { PauseDialogProps } from '../../../components/pause';
import type { SessionTimes } from '../../../rules/schema';
import { POLICY, finding } from '../components/fixtures';

afterEach(() => document.body.replaceChildren());

/** A compose form as a site draws it: a box, and a Post button that records what it posted. */
function page(findings: Finding[]) {
  document.body.innerHTML = '<form><textarea aria-label="Add a comment"></textarea><div role="button" id="post">Post</div></form>';
  const box = document.querySelector('textarea')!;
  box.value = 'Call me on 07700 900246';
  const button = document.getElementById('post')!;
  const posted: string[] = [];
  button.addEventListener('click', () => posted.push(box.value));
  // The site's own Enter-to-send (Instagram's comment box).
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) button.click();
  });
  const session = {
    box,
    disposed: false,
    lastActive: 1,
    findingsNow: vi.fn(() => findings),
    text: () => box.value,
    reveal: vi.fn(() => true),
  } as unknown as BoxSession;
  return { box, button, posted, session };
}

function guard(session: BoxSession, over: Partial<PauseGuardDeps> = {}) {
  let props: PauseDialogProps | undefined;
  const handle = { close: vi.fn(), update: vi.fn(), root: document.createElement('div').attachShadow({ mode: 'open' }) };
  const deps: PauseGuardDeps = {
    site: { enterSendsIn: ['textarea[aria-label^="Add a comment"]'] },
    sessions: () => [session],
    level: () => 'high',
    policy: () => POLICY,
    save: vi.fn(async (): Promise<SaveResult> => ({ saved: true })),
    keepError: vi.fn(),
    // jsdom's events are untrusted: a permissive gate here; the real one is tested below.
    acceptEvent: () => true,
    openPause: vi.fn((_doc: Document, p: PauseDialogProps): PauseHandle => ((props = p), handle)),
    // No session times (the bundled pack's case): the reminder's own tests set them.
    sessionTimes: () => undefined,
    now: () => Date.parse('2026-01-14T12:00:00Z'),
    ...over,
  };
  const controller = new AbortController();
  guardPosting(document, deps, controller.signal);
  return { deps, handle, controller, props: () => props! };
}

const enter = (init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init });

describe('guardPosting', () => {
  it('lets a clean draft post with no pause', () => {
    const { button, posted, session } = page([]);
    const { deps } = guard(session);
    button.click();
    expect(posted).toEqual(['Call me on 07700 900246']);
    expect(deps.openPause).not.toHaveBeenCalled();
  });

  it('holds Post on a draft with a high finding and opens the pause with it', () => {
    const { button, posted, session } = page([finding()]);
    const { deps, props } = guard(session);
    button.click();
    expect(posted).toEqual([]);
    expect(deps.openPause).toHaveBeenCalledOnce();
    expect(props().findings).toEqual([finding()]);
  });

  // Issue 12, point 2: a page's script clicked Post to have the pause read its draft back.
  it("with the extension's gate, an untrusted Post click or Enter opens no pause and is left to the site", () => {
    const { box, button, posted, session } = page([finding()]);
    const { deps } = guard(session, { acceptEvent: trustedOnly });
    button.click();
    const key = enter();
    box.dispatchEvent(key);
    expect(deps.openPause).not.toHaveBeenCalled();
    expect(key.defaultPrevented).toBe(false);
    expect(posted).toHaveLength(2);
  });

  it("hands its gate to the pause's buttons", () => {
    const { button, session } = page([finding()]);
    const gate = vi.fn(() => true);
    const { props } = guard(session, { acceptEvent: gate });
    button.click();
    expect(props().acceptEvent).toBe(gate);
  });

  it('does not pause for findings below the level', () => {
    const { button, posted, session } = page([finding({ severity: 'warn' })]);
    guard(session);
    button.click();
    expect(posted).toHaveLength(1);
  });

  it('never pauses when the level is off', () => {
    const { button, posted, session } = page([finding()]);
    guard(session, { level: () => 'off' });
    button.click();
    expect(posted).toHaveLength(1);
  });

  it('"Post anyway" posts exactly once with the text unchanged', () => {
    const { button, posted, session } = page([finding()]);
    const { handle, props } = guard(session);
    button.click();
    props().onPostAnyway();
    expect(handle.close).toHaveBeenCalled();
    expect(posted).toEqual(['Call me on 07700 900246']);
  });

  it('"Edit" posts nothing and selects the first finding', () => {
    const { button, posted, session } = page([finding()]);
    const { handle, props } = guard(session);
    button.click();
    props().onEdit();
    expect(handle.close).toHaveBeenCalled();
    expect(posted).toEqual([]);
    expect(session.reveal).toHaveBeenCalledWith(finding().start, finding().end, finding().text);
  });

  it('"Save for review" keeps the draft, says so, and posts nothing', async () => {
    const { button, posted, session } = page([finding()]);
    const { deps, handle, props } = guard(session);
    button.click();
    props().onSave();
    await vi.waitFor(() => expect(handle.update).toHaveBeenCalledWith({ saved: true }));
    expect(deps.save).toHaveBeenCalledWith('Call me on 07700 900246', [finding()]);
    expect(posted).toEqual([]);
  });

  it('"Save for review" refused says "not saved" with the reason, never "saved", and posts nothing', async () => {
    const { button, posted, session } = page([finding()]);
    const { handle, props } = guard(session, { save: vi.fn(async (): Promise<SaveResult> => ({ saved: false, reason: 'full' })) });
    button.click();
    props().onSave();
    await vi.waitFor(() => expect(handle.update).toHaveBeenCalledWith({ saved: false, notSaved: 'full' }));
    expect(handle.update).not.toHaveBeenCalledWith(expect.objectContaining({ saved: true }));
    expect(handle.close).not.toHaveBeenCalled();
    expect(posted).toEqual([]);
  });

  it('"Save for review" that fails on the way says "not saved" and keeps the error', async () => {
    const { button, session } = page([finding()]);
    const { deps, handle, props } = guard(session, {
      save: vi.fn(async (): Promise<SaveResult> => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
    });
    button.click();
    props().onSave();
    await vi.waitFor(() => expect(handle.update).toHaveBeenCalledWith({ saved: false, notSaved: 'failed' }));
    expect(deps.keepError).toHaveBeenCalledWith('save-for-review', expect.any(Error));
  });

  it('holds Enter where the site sends on Enter, and replays it once on "Post anyway"', () => {
    const { box, posted, session } = page([finding()]);
    const { deps, props } = guard(session);
    const held = enter();
    box.dispatchEvent(held);
    expect(held.defaultPrevented).toBe(true);
    expect(posted).toEqual([]);
    expect(deps.openPause).toHaveBeenCalledOnce();
    props().onPostAnyway();
    expect(posted).toEqual(['Call me on 07700 900246']);
  });

  it('holds Enter on a focused div role=button Post, and replays the key once on "Post anyway"', () => {
    const { button, posted, session } = page([finding()]);
    // The site's div button acts on Enter from its own keydown handler (no click follows).
    button.addEventListener('keydown', (e) => e.key === 'Enter' && posted.push('by key'));
    const { props } = guard(session);
    const held = enter();
    button.dispatchEvent(held);
    expect(held.defaultPrevented).toBe(true);
    expect(posted).toEqual([]);
    props().onPostAnyway();
    expect(posted).toEqual(['by key']);
  });

  describe('a site that ignores the untrusted replay of "Post anyway" (issue 12, point 7)', () => {
    /** jsdom marks every event untrusted: the site here ignores the clicks made while `ignoring` is set, as a site checking isTrusted ignores our replay. */
    function strictPage() {
      const p = page([finding()]);
      const site = { ignoring: false };
      p.button.addEventListener('click', (e) => site.ignoring && e.stopImmediatePropagation(), { capture: true });
      return { ...p, site };
    }
    const postAnywayIgnored = (site: { ignoring: boolean }, onPostAnyway: () => void) => {
      site.ignoring = true;
      onPostAnyway();
      site.ignoring = false;
    };

    it('the next press of Post for that box posts the same draft with no pause', () => {
      const { button, posted, session, site } = strictPage();
      const { deps, props } = guard(session);
      button.click();
      postAnywayIgnored(site, props().onPostAnyway);
      expect(posted).toEqual([]);
      button.click();
      expect(posted).toEqual(['Call me on 07700 900246']);
      expect(deps.openPause).toHaveBeenCalledOnce();
    });

    it('so does the next Enter where the site sends on Enter', () => {
      const { box, button, posted, session, site } = strictPage();
      const { deps, props } = guard(session);
      button.click();
      postAnywayIgnored(site, props().onPostAnyway);
      const own = enter();
      box.dispatchEvent(own);
      expect(own.defaultPrevented).toBe(false);
      expect(posted).toEqual(['Call me on 07700 900246']);
      expect(deps.openPause).toHaveBeenCalledOnce();
    });

    it('a changed draft is paused again, and changed back it is still paused', () => {
      const { box, button, posted, session, site } = strictPage();
      const { deps, props } = guard(session);
      button.click();
      postAnywayIgnored(site, props().onPostAnyway);
      box.value += ' and 07700 900999';
      button.click();
      expect(deps.openPause).toHaveBeenCalledTimes(2);
      props().onEdit();
      box.value = 'Call me on 07700 900246';
      button.click();
      expect(deps.openPause).toHaveBeenCalledTimes(3);
      expect(posted).toEqual([]);
    });

    it('the pass is for that box only', () => {
      const { button, posted, session, site } = strictPage();
      const other = { ...session, box: document.createElement('textarea'), lastActive: 2, findingsNow: () => [finding()], text: () => 'other' } as unknown as BoxSession;
      const { deps, props } = guard(session, { sessions: () => [session, other] });
      button.click();
      postAnywayIgnored(site, props().onPostAnyway);
      // A second compose form, its own Post button, the same flagged words.
      const form = document.createElement('form');
      const otherPost = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Post' });
      form.append(other.box, otherPost);
      document.body.append(form);
      otherPost.click();
      expect(deps.openPause).toHaveBeenCalledTimes(2);
      expect(posted).toEqual([]);
    });
  });

  it('lets Shift+Enter and an IME Enter through untouched', () => {
    const { box, session } = page([finding()]);
    const { deps } = guard(session);
    box.dispatchEvent(enter({ shiftKey: true }));
    box.dispatchEvent(enter({ isComposing: true }));
    expect(deps.openPause).not.toHaveBeenCalled();
  });

  it('fails open: a pause that throws lets the post through and keeps the error', () => {
    const { button, posted, session } = page([finding()]);
    const { deps } = guard(session, {
      openPause: () => {
        throw new Error('shadow root refused');
      },
    });
    button.click();
    expect(posted).toEqual(['Call me on 07700 900246']);
    expect(deps.keepError).toHaveBeenCalledWith('pause', expect.any(Error));
  });

  it('fails open when checking the draft throws', () => {
    const { button, posted, session } = page([]);
    vi.mocked(session.findingsNow).mockImplementation(() => {
      throw new Error('analyzer broke');
    });
    const { deps } = guard(session);
    button.click();
    expect(posted).toHaveLength(1);
    expect(deps.keepError).toHaveBeenCalledOnce();
  });

  it("leaves postguard's own buttons alone, whatever they are called", () => {
    const { session, box } = page([finding()]);
    const nudge = document.createElement('postguard-nudge');
    box.parentElement!.append(nudge);
    const shadow = nudge.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button>Send</button>';
    const { deps } = guard(session);
    shadow.querySelector('button')!.click();
    expect(deps.openPause).not.toHaveBeenCalled();
  });

  it('stops listening on abort', () => {
    const { button, posted, session } = page([finding()]);
    const { controller, deps } = guard(session);
    controller.abort();
    button.click();
    expect(posted).toHaveLength(1);
    expect(deps.openPause).not.toHaveBeenCalled();
  });
});

/**
 * The session-time reminder (issue 15, point 4; policy section 4): within the pack's session
 * times, by the injected clock, the pause carries the reminder; a clean draft is paused for
 * it alone, once per box per draft. Wednesday 14 January 2026, 12:00 GMT is within.
 */
describe('guardPosting within session times', () => {
  const SESSION: SessionTimes = { timeZone: 'Europe/London', start: '08:45', end: '15:30', terms: [{ start: '2026-01-05', end: '2026-03-27' }], closures: [{ start: '2026-02-16', end: '2026-02-20' }] };
  const WITHIN = Date.parse('2026-01-14T12:00:00Z');
  const clock = (iso: string | number) => () => (typeof iso === 'number' ? iso : Date.parse(iso));
  const inSession = (over: Partial<PauseGuardDeps> = {}) => ({ sessionTimes: () => SESSION, now: clock(WITHIN), ...over });

  it('pauses a clean draft with the reminder alone: no findings, the days and hours named', () => {
    const { button, posted, session } = page([]);
    const { deps, props } = guard(session, inSession());
    button.click();
    expect(posted).toEqual([]);
    expect(deps.openPause).toHaveBeenCalledOnce();
    expect(props()).toMatchObject({ findings: [], sessionHours: 'Mon–Fri 08:45–15:30' });
  });

  it.each([
    ['after hours', '2026-01-14T16:00:00Z'],
    ['at the weekend', '2026-01-17T12:00:00Z'],
    ['out of term', '2026-04-01T12:00:00Z'],
    ['on a closure day', '2026-02-17T12:00:00Z'],
  ])('lets a clean draft post with no pause %s', (_, iso) => {
    const { button, posted, session } = page([]);
    const { deps } = guard(session, inSession({ now: clock(iso) }));
    button.click();
    expect(posted).toHaveLength(1);
    expect(deps.openPause).not.toHaveBeenCalled();
  });

  it('reads the clock at the press of Post, not when the guard started', () => {
    const { button, posted, session } = page([]);
    let now = Date.parse('2026-01-14T07:00:00Z');
    const { deps } = guard(session, inSession({ now: () => now }));
    button.click();
    expect(posted).toHaveLength(1);
    now = WITHIN;
    button.click();
    expect(deps.openPause).toHaveBeenCalledOnce();
  });

  it('reminds a clean draft once: pressing Post again after reading it (or after Edit) posts it', () => {
    const { button, posted, session } = page([]);
    const { deps, handle, props } = guard(session, inSession());
    button.click();
    props().onEdit();
    expect(handle.close).toHaveBeenCalled();
    expect(posted).toEqual([]);
    button.click();
    expect(posted).toEqual(['Call me on 07700 900246']);
    expect(deps.openPause).toHaveBeenCalledOnce();
  });

  it('reminds again for a changed draft, and for another box', () => {
    const { box, button, session } = page([]);
    const other = { ...session, box: document.createElement('textarea'), lastActive: 2, findingsNow: () => [], text: () => 'other' } as unknown as BoxSession;
    const { deps, props } = guard(session, inSession({ sessions: () => [session, other] }));
    button.click();
    props().onEdit();
    box.value = 'A different draft';
    button.click();
    expect(deps.openPause).toHaveBeenCalledTimes(2);
    props().onEdit();
    const form = document.createElement('form');
    const otherPost = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Post' });
    form.append(other.box, otherPost);
    document.body.append(form);
    otherPost.click();
    expect(deps.openPause).toHaveBeenCalledTimes(3);
  });

  it('"Edit" on the reminder alone goes back into the box; "Post anyway" posts once, unchanged', () => {
    const { box, button, posted, session } = page([]);
    const { props } = guard(session, inSession());
    button.click();
    props().onEdit();
    expect(document.activeElement).toBe(box);
    expect(session.reveal).not.toHaveBeenCalled();
    box.value = 'Lovely walk by the river';
    button.click();
    props().onPostAnyway();
    expect(posted).toEqual(['Lovely walk by the river']);
  });

  it('adds the reminder to the pause of a flagged draft, every time, with its findings', () => {
    const { button, session } = page([finding()]);
    const { deps, props } = guard(session, inSession());
    button.click();
    expect(props()).toMatchObject({ findings: [finding()], sessionHours: 'Mon–Fri 08:45–15:30' });
    props().onEdit();
    button.click();
    expect(deps.openPause).toHaveBeenCalledTimes(2);
    expect(props().sessionHours).toBe('Mon–Fri 08:45–15:30');
  });

  it('leaves the reminder off a flagged draft outside the session', () => {
    const { button, session } = page([finding()]);
    const { props } = guard(session, inSession({ now: clock('2026-01-14T18:00:00Z') }));
    button.click();
    expect(props()).toMatchObject({ findings: [finding()], sessionHours: undefined });
  });

  it('opens no pause at all where the pause is switched off, the reminder included', () => {
    const { button, posted, session } = page([]);
    const { deps } = guard(session, inSession({ level: () => 'off' }));
    button.click();
    expect(posted).toHaveLength(1);
    expect(deps.openPause).not.toHaveBeenCalled();
  });

  it('a reminder that fails costs only the reminder: the findings still pause, the error kept', () => {
    const { button, session } = page([finding()]);
    const broken = { ...SESSION, timeZone: 'Mars/Olympus_Mons' };
    const { deps, props } = guard(session, inSession({ sessionTimes: () => broken }));
    button.click();
    expect(props()).toMatchObject({ findings: [finding()], sessionHours: undefined });
    expect(deps.keepError).toHaveBeenCalledWith('session-reminder', expect.any(RangeError));
  });

  it('a clean draft with a failing reminder posts as if there were none', () => {
    const { button, posted, session } = page([]);
    const { deps } = guard(session, inSession({ sessionTimes: () => ({ ...SESSION, timeZone: 'Mars/Olympus_Mons' }) }));
    button.click();
    expect(posted).toHaveLength(1);
    expect(deps.openPause).not.toHaveBeenCalled();
  });
});
