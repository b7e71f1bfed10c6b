// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDraft, type AuthorDraft } from '../../../components/author/draft';
import { PostingRules } from '../../../components/author/PostingRules';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(cleanup);

function setup(draft: AuthorDraft = emptyDraft()) {
  const onChange = vi.fn();
  render(<PostingRules draft={draft} onChange={onChange} />);
  return { onChange, last: (): AuthorDraft => onChange.mock.calls.at(-1)![0] };
}

describe('PostingRules (the pack author sets the pause and retention)', () => {
  it("starts on postguard's defaults, the lock unavailable until a level is chosen", () => {
    const { onChange, last } = setup();
    const level = screen.getByLabelText('Pause before posting when the draft has') as HTMLSelectElement;
    expect(level.value).toBe('');
    expect((screen.getByLabelText("Staff can't choose a laxer pause") as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(level, { target: { value: 'off' } });
    expect(onChange).toHaveBeenCalledOnce();
    expect(last().pause).toEqual({ level: 'off', locked: false });
  });

  it('locks a chosen level', () => {
    const { last } = setup({ ...emptyDraft(), pause: { level: 'warn', locked: false } });
    fireEvent.click(screen.getByLabelText("Staff can't choose a laxer pause"));
    expect(last().pause).toEqual({ level: 'warn', locked: true });
  });

  it('takes the retention in days, empty for the default, and says what is wrong with a bad number', () => {
    const { last } = setup();
    const days = screen.getByLabelText('Keep saved drafts for (days)');
    fireEvent.input(days, { target: { value: '30' } });
    expect(last().retentionDays).toBe(30);
    fireEvent.input(days, { target: { value: '' } });
    expect(last().retentionDays).toBeUndefined();
    cleanup();
    setup({ ...emptyDraft(), retentionDays: 0 });
    expect(screen.getByText('Enter a whole number of days from 1 to 365.')).toBeTruthy();
    expect(screen.getByLabelText('Keep saved drafts for (days)').getAttribute('aria-invalid')).toBe('true');
  });
});
