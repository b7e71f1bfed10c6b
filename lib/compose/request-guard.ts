import type { ContactPauseProps } from '../../components/pause';
import type { CompiledPack } from '../analyze/types';
import { namesOnCard, personCardFor, requestControlIn, type PersonSite } from '../dom/person-card';
import type { PauseHandle } from '../dom/pause-host';
import type { EventGate } from '../dom/trust';

/**
 * The request guard (issue 15, point 1; contract, "Request guard"): Confirm, Accept,
 * Add friend, Follow, Follow back or Connect for a person whose full name is a pupil's
 * on the roster is held, and `<postguard-pause data-kind="contact">` explains section 6.
 * "Cancel" accepts nothing; "Accept anyway" lets the site's own action go ahead exactly
 * once. A name that matches no pupil is never held, and any failure in here lets the
 * action through untouched (fail open), the error kept.
 */
export interface RequestGuardDeps {
  site: PersonSite | null;
  /** Off when the pack says `guards.requests: false` (read at each press, so a new pack applies at once). */
  enabled(): boolean;
  /** The roster pupil a name on the page is, folded as drafts are (lib/analyze/roster-name.ts), or null. */
  pupilIn(text: string): string | null;
  /** The sections the pack gives `pupil-contact`, and the policy to title them. */
  sections(): readonly string[];
  policy(): CompiledPack['policy'];
  /** Trusted clicks and keys only (lib/dom/trust.ts): a page's own script never opens the guard nor accepts past it. */
  acceptEvent: EventGate;
  keepError(where: string, error: unknown): void;
  /** lib/dom/pause-host.ts `openContactPause`, injected so the tests can make it fail. */
  openPause(doc: Document, props: ContactPauseProps): PauseHandle<ContactPauseProps>;
}

export function guardRequests(doc: Document, deps: RequestGuardDeps, signal: AbortSignal): void {
  const view = doc.defaultView;
  if (!view) return;
  let bypass = false;
  let pause: PauseHandle<ContactPauseProps> | null = null;

  /** The name on the control's card that is a pupil's, as the page shows it; null for anyone else. */
  function pupilOnCard(control: HTMLElement): string | null {
    const card = personCardFor(control, deps.site);
    if (!card) return null;
    for (const name of namesOnCard(card, control, deps.site)) if (deps.pupilIn(name)) return name;
    return null;
  }

  function close(): void {
    const open = pause;
    pause = null;
    open?.close();
  }

  /** Holds the event and opens the guard; returns without holding if anything fails. */
  function hold(e: Event, control: HTMLElement, replay: () => void): void {
    if (!deps.enabled()) return;
    const name = pupilOnCard(control);
    if (!name) return;
    try {
      pause = deps.openPause(doc, {
        name,
        sections: deps.sections(),
        policy: deps.policy(),
        acceptEvent: deps.acceptEvent,
        onCancel: close,
        onAcceptAnyway: () => acceptAnyway(replay),
      });
    } catch (error) {
      // Fail open: the event was not held yet, so the site's own action goes ahead untouched.
      deps.keepError('request-guard', error);
      pause = null;
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  function acceptAnyway(replay: () => void): void {
    try {
      close();
    } catch (error) {
      deps.keepError('request-guard', error);
    } finally {
      // Once, with our listeners standing aside: the replay must not open the guard again.
      bypass = true;
      try {
        replay();
      } finally {
        bypass = false;
      }
    }
  }

  /** No error of ours may stop the page's own handling of the event. */
  const safely = (listener: (e: Event) => void) => (e: Event) => {
    if (bypass || pause || !deps.acceptEvent(e)) return;
    try {
      listener(e);
    } catch (error) {
      deps.keepError('request-guard', error);
    }
  };

  const onClick = safely((e) => {
    const control = requestControlIn(e.composedPath());
    if (control) hold(e, control, () => control.click());
  });

  // Enter or Space on a focused `role="button"` runs the site's action from keydown with no
  // click (a native button turns them into the click above, so it is left to that).
  const onKeyDown = safely((e) => {
    const key = e as KeyboardEvent;
    if ((key.key !== 'Enter' && key.key !== ' ') || key.repeat || key.isComposing) return;
    const target = key.composedPath()[0];
    if (!(target instanceof HTMLElement) || target.matches('button, input')) return;
    const control = requestControlIn([target]);
    if (control) hold(e, control, () => control.dispatchEvent(new KeyboardEvent('keydown', { key: key.key, code: key.code, bubbles: true, cancelable: true, composed: true })));
  });

  // Capture at the window: before the site's delegated handlers.
  view.addEventListener('click', onClick, { capture: true, signal });
  view.addEventListener('keydown', onKeyDown, { capture: true, signal });
  signal.addEventListener('abort', close, { once: true });
}
