import type { Finding } from '../analyze';
import type { CompiledPack } from '../analyze/types';
import type { BoxSession } from '../dom/box-session';
import type { PauseHandle } from '../dom/pause-host';
import type { SaveResult } from '../messages';
import { audienceOf, boxForButton, boxForKey, boxForKeyOnButton, clickedControl, type PostSite } from '../dom/post-actions';
import { findingsToPauseFor } from '../review/pause-level';
import type { PauseLevel, SessionTimes } from '../../rules/schema';
import { sessionReminder } from './session-reminder';
import type { PauseDialogProps } from '../../components/pause';
import type { EventGate } from '../dom/trust';

/**
 * The pause before posting (issue 5, point 1): holds a site's post action when
 * the draft has open findings at the pause level or above, and opens the
 * contract's `<postguard-pause>`. Posting is never blocked: "Post anyway" lets
 * the held action go ahead exactly once, and if anything here fails the action
 * goes ahead as if postguard were not installed (fail open), the error kept.
 */
export interface PauseGuardDeps {
  site: PostSite | null;
  /** The live sessions of watched boxes. */
  sessions(): Iterable<BoxSession>;
  level(): PauseLevel;
  policy(): CompiledPack['policy'];
  /**
   * Which Post presses and dialog clicks are the person's: `trustedOnly` in the extension
   * (lib/dom/trust.ts). A page's script that clicks Post itself can post anyway; what it
   * must not get is a pause that reads its draft back, or "Save for review" to fill
   * storage with (issue 12, points 2-3). The replay after "Post anyway" is untrusted too,
   * so it never opens the pause again.
   */
  acceptEvent: EventGate;
  /** Keeps the draft for the review page, or says why not. */
  save(text: string, findings: readonly Finding[]): Promise<SaveResult>;
  /** Records an error that was stepped around (local only, no draft text). */
  keepError(where: string, error: unknown): void;
  /** lib/dom/pause-host.ts `openPause`, injected so the tests can make it fail. */
  openPause(doc: Document, props: PauseDialogProps): PauseHandle;
  /** The pack's session times (policy section 4), or undefined: then no reminder (issue 15, point 4). */
  sessionTimes(): SessionTimes | undefined;
  /** The clock the session times are read against at the press of Post (injected for tests). */
  now(): number;
}

export function guardPosting(doc: Document, deps: PauseGuardDeps, signal: AbortSignal): void {
  const view = doc.defaultView;
  if (!view) return;
  let bypass = false;
  let pause: PauseHandle | null = null;
  /**
   * The text each box held when the person chose "Post anyway" (issue 12, point 7). The
   * replay is a synthetic click or key, which a site that checks `event.isTrusted` ignores
   * (tests/e2e/fixtures/trusted-post.ts imitates one): the person's own next press of Post
   * then goes through with no pause, for as long as the draft is the one they chose to post.
   * A changed draft may hold new findings, so it is paused again.
   */
  const passed = new WeakMap<BoxSession, string>();
  /**
   * The draft each box held when the session-time reminder alone paused it: at most once per
   * box per draft, so pressing Post again after reading it (or after Edit) posts.
   */
  const reminded = new WeakMap<BoxSession, string>();

  /** The boxes in use, most recently focused or typed in first. */
  const sessionsByUse = () => [...deps.sessions()].filter((s) => !s.disposed).sort((a, b) => b.lastActive - a.lastActive);

  /** The site's own action, once, with our listeners standing aside. */
  const replay = (action: () => void) => {
    bypass = true;
    try {
      action();
    } finally {
      bypass = false;
    }
  };

  function hold(e: Event, session: BoxSession, action: () => void): void {
    if (passed.has(session)) {
      if (passed.get(session) === session.text()) return;
      passed.delete(session);
    }
    const level = deps.level();
    // Staff (or the pack) switched the pause off: no pause at all, the reminder included.
    if (level === 'off') return;
    const serious = findingsToPauseFor(session.findingsNow(), level);
    const sessionHours = reminderNow();
    const text = session.text();
    // A clean draft within session times is paused for the reminder alone, once per draft:
    // otherwise it would reach only flagged drafts, and most posts made in session time are clean.
    if (!serious.length && (!sessionHours || reminded.get(session) === text)) return;
    try {
      pause = deps.openPause(doc, {
        findings: serious,
        sessionHours,
        policy: deps.policy(),
        audience: audienceOf(session.box, deps.site),
        acceptEvent: deps.acceptEvent,
        onEdit: () => edit(session, serious[0]),
        onSave: () => void save(session),
        onPostAnyway: () => postAnyway(session, action),
      });
    } catch (error) {
      // Fail open: the event was not held yet, so the site's own action goes ahead untouched.
      deps.keepError('pause', error);
      pause = null;
      return;
    }
    if (!serious.length) reminded.set(session, text);
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  function close(): void {
    const open = pause;
    pause = null;
    open?.close();
  }

  /** The session-time reminder's days and hours when Post is pressed within a session; a failure here drops only the reminder. */
  function reminderNow(): string | undefined {
    try {
      return sessionReminder(deps.sessionTimes(), deps.now());
    } catch (error) {
      deps.keepError('session-reminder', error);
      return undefined;
    }
  }

  /** Back to the box: at the first finding, or (the reminder alone) just into the draft. */
  function edit(session: BoxSession, first: Finding | undefined): void {
    close();
    if (first) session.reveal(first.start, first.end, first.text);
    else session.box.focus({ preventScroll: true });
  }

  async function save(session: BoxSession): Promise<void> {
    const open = pause;
    let result: SaveResult;
    try {
      result = await deps.save(session.text(), session.findingsNow());
    } catch (error) {
      deps.keepError('save-for-review', error);
      result = { saved: false, reason: 'failed' };
    }
    // Never "saved" unless the background kept it (issue 12, point 3): a refusal is said, the text stays in the box.
    open?.update(result.saved ? { saved: true, notSaved: undefined } : { saved: false, notSaved: result.reason });
  }

  function postAnyway(session: BoxSession, action: () => void): void {
    try {
      passed.set(session, session.text());
      close();
    } catch (error) {
      deps.keepError('pause', error);
    } finally {
      replay(action);
    }
  }

  /** Runs a listener so that no error of ours can stop the page's own handling of the event. */
  const safely = (where: string, listener: (e: Event) => void) => (e: Event) => {
    if (bypass || !deps.acceptEvent(e)) return;
    try {
      listener(e);
    } catch (error) {
      deps.keepError(where, error);
    }
  };

  const onClick = safely('pause-click', (e) => {
    // The pause's own buttons (its host is in the path) and anything while it is open stand aside.
    if (pause && e.composedPath().includes(pause.root.host)) return;
    const control = clickedControl(e.composedPath());
    // Our own nudge's buttons ("Apply fix", "Ignore once") are never a post action.
    if (!control || pause || (control.getRootNode() as ShadowRoot).host?.localName.startsWith('postguard-')) return;
    const sessions = sessionsByUse();
    const box = boxForButton(control, deps.site, sessions.map((s) => s.box));
    const session = sessions.find((s) => s.box === box);
    if (session) hold(e, session, () => control.click());
  });

  const onKeyDown = safely('pause-key', (e) => {
    const key = e as KeyboardEvent;
    // Every keystroke of the page passes here: anything but Enter and Space leaves at once.
    if ((key.key !== 'Enter' && key.key !== ' ') || pause) return;
    const sessions = sessionsByUse();
    const boxes = sessions.map((s) => s.box);
    const target = key.composedPath()[0];
    const box = boxForKey(key, deps.site, boxes) ?? boxForKeyOnButton(key, deps.site, boxes)?.box;
    const session = sessions.find((s) => s.box === box);
    if (!session || !target) return;
    hold(e, session, () => target.dispatchEvent(copyKey(key)));
  });

  // Capture at the window: before the editor's own key handlers and the site's delegated click handlers.
  view.addEventListener('click', onClick, { capture: true, signal });
  view.addEventListener('keydown', onKeyDown, { capture: true, signal });
  signal.addEventListener('abort', close, { once: true });
}

/** The same key press again, for the site's own handler ("Post anyway" after Enter or Ctrl+Enter). */
function copyKey(e: KeyboardEvent): KeyboardEvent {
  const { key, code, location, ctrlKey, shiftKey, altKey, metaKey, repeat } = e;
  return new KeyboardEvent('keydown', {
    key, code, location, ctrlKey, shiftKey, altKey, metaKey, repeat,
    bubbles: true, cancelable: true, composed: true,
    // Older handlers read keyCode (Draft.js): Chromium and Firefox take it from the init dictionary.
    keyCode: e.keyCode, which: e.which,
  } as KeyboardEventInit);
}
