// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContactPauseProps } from '../../../components/pause';
import { guardRequests, type RequestGuardDeps } from '../../../lib/compose/request-guard';
import type { PauseHandle } from '../../../lib/dom/pause-host';
import { trustedOnly } from '../../../lib/dom/trust';
import { POLICY } from '../components/fixtures';

/** Each test's guard listens on the one window: stopped after the test, so the next starts alone. */
const guards: AbortController[] = [];
afterEach(() => {
  guards.splice(0).forEach((c) => c.abort());
  document.body.replaceChildren();
});

/** A request card as Facebook draws it: the name as a link, a Confirm div with role=button acting on click and Enter. */
function card(name: string) {
  document.body.innerHTML = `<div role="list"><div role="listitem"><a href="/p">${name}</a><div>2 mutual friends</div><div role="button" tabindex="0" aria-label="Confirm">Confirm</div></div></div>`;
  const control = document.querySelector<HTMLElement>('[aria-label="Confirm"]')!;
  const accepted: string[] = [];
  control.addEventListener('click', () => accepted.push(name));
  control.addEventListener('keydown', (e) => e.key === 'Enter' && accepted.push(`${name} (key)`));
  return { control, accepted };
}

function guard(over: Partial<RequestGuardDeps> = {}) {
  let props: ContactPauseProps | undefined;
  const handle = { close: vi.fn(), update: vi.fn(), root: document.createElement('div').attachShadow({ mode: 'open' }) };
  const deps: RequestGuardDeps = {
    site: null,
    enabled: () => true,
    pupilIn: (text) => (/^poppy carter$/i.test(text) ? 'poppy carter' : null),
    sections: () => ['6'],
    policy: () => POLICY,
    acceptEvent: () => true,
    keepError: vi.fn(),
    openPause: vi.fn((_doc: Document, p: ContactPauseProps): PauseHandle<ContactPauseProps> => ((props = p), handle)),
    ...over,
  };
  const controller = new AbortController();
  guards.push(controller);
  guardRequests(document, deps, controller.signal);
  return { deps, handle, controller, props: () => props! };
}

describe('guardRequests', () => {
  it('holds Confirm for a pupil and opens the contact pause naming them', () => {
    const { control, accepted } = card('Poppy Carter');
    const { deps, props } = guard();
    control.click();
    expect(accepted).toEqual([]);
    expect(deps.openPause).toHaveBeenCalledOnce();
    expect(props()).toMatchObject({ name: 'Poppy Carter', sections: ['6'] });
  });

  it('lets Confirm for anyone else through with no pause', () => {
    const { control, accepted } = card('Poppy Harris');
    const { deps } = guard();
    control.click();
    expect(accepted).toEqual(['Poppy Harris']);
    expect(deps.openPause).not.toHaveBeenCalled();
  });

  it('"Accept anyway" lets the site act exactly once, and the replay opens no second pause', () => {
    const { control, accepted } = card('Poppy Carter');
    const { deps, props, handle } = guard();
    control.click();
    props().onAcceptAnyway();
    expect(accepted).toEqual(['Poppy Carter']);
    expect(handle.close).toHaveBeenCalled();
    expect(deps.openPause).toHaveBeenCalledOnce();
  });

  it('"Cancel" closes the pause and accepts nothing', () => {
    const { control, accepted } = card('Poppy Carter');
    const { props, handle } = guard();
    control.click();
    props().onCancel();
    expect(handle.close).toHaveBeenCalled();
    expect(accepted).toEqual([]);
  });

  it('holds Enter on a role=button control and replays the key on "Accept anyway"', () => {
    const { control, accepted } = card('Poppy Carter');
    const { props } = guard();
    control.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(accepted).toEqual([]);
    props().onAcceptAnyway();
    expect(accepted).toEqual(['Poppy Carter (key)']);
  });

  it('fails open: a pause that cannot open lets the action through, the error kept', () => {
    const { control, accepted } = card('Poppy Carter');
    const { deps } = guard({ openPause: vi.fn(() => { throw new Error('attachShadow refused'); }) });
    control.click();
    expect(accepted).toEqual(['Poppy Carter']);
    expect(deps.keepError).toHaveBeenCalledWith('request-guard', expect.any(Error));
  });

  it('fails open when matching the roster throws', () => {
    const { control, accepted } = card('Poppy Carter');
    const { deps } = guard({ pupilIn: () => { throw new Error('bad roster'); } });
    control.click();
    expect(accepted).toEqual(['Poppy Carter']);
    expect(deps.openPause).not.toHaveBeenCalled();
    expect(deps.keepError).toHaveBeenCalledOnce();
  });

  it('does nothing when the pack switches the guard off', () => {
    const { control, accepted } = card('Poppy Carter');
    const { deps } = guard({ enabled: () => false });
    control.click();
    expect(accepted).toEqual(['Poppy Carter']);
    expect(deps.openPause).not.toHaveBeenCalled();
  });

  // A page's own script must not learn who is on the roster by clicking Confirm and watching for a pause.
  it("with the extension's gate, an untrusted click opens nothing and is left to the site", () => {
    const { control, accepted } = card('Poppy Carter');
    const { deps } = guard({ acceptEvent: trustedOnly });
    control.click();
    expect(accepted).toEqual(['Poppy Carter']);
    expect(deps.openPause).not.toHaveBeenCalled();
  });

  it('stops listening on abort', () => {
    const { control, accepted } = card('Poppy Carter');
    const { deps, controller } = guard();
    controller.abort();
    control.click();
    expect(accepted).toEqual(['Poppy Carter']);
    expect(deps.openPause).not.toHaveBeenCalled();
  });
});
