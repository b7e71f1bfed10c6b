// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContactPauseDialog, type ContactPauseProps } from '../../../components/pause';
import { trustedOnly } from '../../../lib/dom/trust';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

function setup(overrides: Partial<ContactPauseProps> = {}) {
  const props = {
    name: 'Poppy Carter',
    sections: ['6'],
    policy: DEFAULT_PACK.policy,
    onCancel: vi.fn(),
    onAcceptAnyway: vi.fn(),
    // @testing-library's events are untrusted: the extension's gate (lib/dom/trust.ts) is tested below.
    acceptEvent: () => true,
    ...overrides,
  };
  render(<ContactPauseDialog {...props} />);
  const dialog = screen.getByRole('dialog', { name: 'Is this a pupil?' });
  return { props, dialog, button: (name: string) => within(dialog).getByRole('button', { name }) };
}

describe('ContactPauseDialog', () => {
  it("names the person and the policy's section 6, with the contract's buttons, Cancel focused", () => {
    const { dialog, button } = setup();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('Poppy Carter has the same name as a pupil');
    expect(dialog.textContent).toContain(DEFAULT_PACK.policy.sections.find((s) => s.id === '6')!.title);
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Cancel', 'Accept anyway']);
    expect(document.activeElement).toBe(button('Cancel'));
  });

  it('Cancel and Escape cancel; Accept anyway accepts', () => {
    const { props, dialog, button } = setup();
    fireEvent.click(button('Cancel'));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(props.onCancel).toHaveBeenCalledTimes(2);
    fireEvent.click(button('Accept anyway'));
    expect(props.onAcceptAnyway).toHaveBeenCalledOnce();
  });

  it('keeps Tab inside the dialog', () => {
    const { dialog, button } = setup();
    button('Accept anyway').focus();
    fireEvent.keyDown(button('Accept anyway'), { key: 'Tab' });
    expect(document.activeElement).toBe(button('Cancel'));
    fireEvent.keyDown(dialog.querySelector('button')!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(button('Accept anyway'));
  });

  it("with the extension's gate, a page's script cannot accept or cancel", () => {
    const { props, button } = setup({ acceptEvent: trustedOnly });
    fireEvent.click(button('Accept anyway'));
    fireEvent.click(button('Cancel'));
    expect(props.onAcceptAnyway).not.toHaveBeenCalled();
    expect(props.onCancel).not.toHaveBeenCalled();
  });
});
