// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PauseDialog, type PauseDialogProps } from '../../../components/pause';
import { trustedOnly } from '../../../lib/dom/trust';
import { POLICY, SCHOOL_NAMED, finding } from './fixtures';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

const PHONE = finding();

function setup(overrides: Partial<PauseDialogProps> = {}) {
  const props = {
    findings: [PHONE, SCHOOL_NAMED],
    policy: POLICY,
    onEdit: vi.fn(),
    onSave: vi.fn(),
    onPostAnyway: vi.fn(),
    // @testing-library's events are untrusted: the extension's gate (lib/dom/trust.ts) is tested below.
    acceptEvent: () => true,
    ...overrides,
  };
  const view = render(<PauseDialog {...props} />);
  const dialog = screen.getByRole('dialog', { name: 'Before you post' });
  const button = (name: string) => within(dialog).getByRole('button', { name });
  return { props, view, dialog, button };
}

describe('PauseDialog', () => {
  it('is a modal dialog with a description and the contract buttons, Edit first', () => {
    const { dialog } = setup();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const description = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/Nothing has been posted yet/);
    const names = within(dialog).getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Edit', 'Save for review', 'Post anyway']);
  });

  it('lists each finding with its category and policy sections', () => {
    const { dialog } = setup();
    const items = within(within(dialog).getByRole('list', { name: 'What postguard noticed' })).getAllByRole('heading', { level: 3 });
    expect(items.map((h) => h.textContent)).toEqual([
      'Personal contact details: 07700 900 246',
      'Your school identified: Christ Church School',
    ]);
    const six = POLICY.sections.find((s) => s.id === '6')!;
    expect(within(dialog).getByText(six.summary)).toBeTruthy();
    expect(within(dialog).getAllByText(/^Section 6/).length).toBeGreaterThan(0);
  });

  it('focuses Edit first', () => {
    const { button } = setup();
    expect(document.activeElement).toBe(button('Edit'));
  });

  it('Escape means Edit, and the key stays out of the page', () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const { props, button } = setup();
    fireEvent.keyDown(button('Save for review'), { key: 'Escape' });
    document.removeEventListener('keydown', pageKeys);
    expect(props.onEdit).toHaveBeenCalledTimes(1);
    expect(props.onSave).not.toHaveBeenCalled();
    expect(pageKeys).not.toHaveBeenCalled();
  });

  it('Tab wraps from the last button to the first stop (the scrollable findings list), Shift+Tab back', () => {
    const { button, dialog } = setup();
    const list = within(dialog).getByRole('list', { name: 'What postguard noticed' });
    const post = button('Post anyway');
    post.focus();
    expect(fireEvent.keyDown(post, { key: 'Tab' })).toBe(false);
    expect(document.activeElement).toBe(list);
    expect(fireEvent.keyDown(list, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(post);
  });

  it('Tab between inner buttons is left to the browser', () => {
    const { button } = setup();
    expect(fireEvent.keyDown(button('Edit'), { key: 'Tab' })).toBe(true);
  });

  it.each([
    ['Edit', 'onEdit'],
    ['Save for review', 'onSave'],
    ['Post anyway', 'onPostAnyway'],
  ] as const)('"%s" calls %s exactly once and nothing else', (name, callback) => {
    const { props, button } = setup();
    fireEvent.click(button(name));
    for (const key of ['onEdit', 'onSave', 'onPostAnyway'] as const) {
      expect(props[key]).toHaveBeenCalledTimes(key === callback ? 1 : 0);
    }
  });

  // Issue 12, points 2-3: a page's script must not post past the pause or fill storage through it.
  it("with the extension's gate, untrusted clicks and Escape do nothing", () => {
    const { props, button, dialog } = setup({ acceptEvent: trustedOnly });
    for (const name of ['Edit', 'Save for review', 'Post anyway']) fireEvent.click(button(name));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(props.onEdit).not.toHaveBeenCalled();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(props.onPostAnyway).not.toHaveBeenCalled();
  });

  it('says the draft was kept once saved', () => {
    const { props, view, dialog } = setup();
    expect(within(dialog).getByRole('status').textContent).toBe('');
    view.rerender(<PauseDialog {...props} saved />);
    expect(within(dialog).getByRole('status').textContent).toBe('Saved for review. Your draft is still in the box.');
  });

  it('says "Not saved" with the reason when the save was refused, never "Saved"', () => {
    const { props, view, dialog } = setup();
    const status = () => within(dialog).getByRole('status').textContent ?? '';
    view.rerender(<PauseDialog {...props} notSaved="full" />);
    expect(status()).toMatch(/^Not saved: .*review page.*Your draft is still in the box\.$/);
    view.rerender(<PauseDialog {...props} notSaved="too-big" />);
    expect(status()).toMatch(/^Not saved: this draft is too long/);
    view.rerender(<PauseDialog {...props} notSaved="storage-full" />);
    expect(status()).toMatch(/^Not saved: the browser's storage/);
    view.rerender(<PauseDialog {...props} notSaved="failed" />);
    expect(status()).toMatch(/^Not saved: something went wrong/);
    expect(status()).not.toMatch(/^Saved/);
  });

  it("names the post's audience when the site shows it, and nothing when it doesn't", () => {
    const { dialog, view, props } = setup({ audience: 'Friends' });
    expect(within(dialog).getByText('Who will see it: Friends')).toBeTruthy();
    view.rerender(<PauseDialog {...props} audience={undefined} />);
    expect(within(dialog).queryByText(/Who will see it/)).toBeNull();
  });
});

/** The session-time reminder (issue 15, point 4; policy section 4): a line, never a finding. */
describe('PauseDialog within session times', () => {
  const REMINDER = "It's school session time (Mon–Fri 08:45–15:30). The policy asks staff to use social media on their own devices outside session times.";

  it('adds the reminder line above the findings, keeping the contract buttons', () => {
    const { dialog } = setup({ sessionHours: 'Mon–Fri 08:45–15:30' });
    expect(within(dialog).getByText(REMINDER)).toBeTruthy();
    expect(within(dialog).getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Edit', 'Save for review', 'Post anyway']);
  });

  it('for a draft with no findings: the reminder as its description, no list, Edit and Post anyway only, Edit focused', () => {
    const { dialog, button, props } = setup({ findings: [], sessionHours: 'Mon–Fri 08:45–15:30' });
    const description = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe(`Nothing has been posted yet. ${REMINDER}`);
    expect(within(dialog).queryByRole('list')).toBeNull();
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Edit', 'Post anyway']);
    expect(document.activeElement).toBe(button('Edit'));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(props.onEdit).toHaveBeenCalledOnce();
  });

  it('says nothing of session times without them', () => {
    const { dialog } = setup();
    expect(within(dialog).queryByText(/session time/)).toBeNull();
  });
});
