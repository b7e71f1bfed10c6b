// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewView, type ReviewViewProps } from '../../../components/review';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(cleanup);

const analyzer = createAnalyzer(DEFAULT_PACK);
const DRAFT = 'Ring me on 07700 900123 after the match.';

function view(overrides: Partial<ReviewViewProps> = {}) {
  const props: ReviewViewProps = {
    drafts: [
      { id: 'a', site: 'facebook', host: 'www.facebook.com', savedAt: Date.UTC(2026, 10, 24, 9), text: DRAFT, findings: [] },
      { id: 'b', site: 'x', host: 'x.com', savedAt: Date.UTC(2026, 10, 25, 9), text: 'What a shit day.', findings: [] },
    ],
    retentionDays: 7,
    bars: [{ category: 'profanity', count: 3 }, { category: 'contact-details', count: 1 }],
    policy: DEFAULT_PACK.policy,
    analyze: analyzer.analyze,
    onDelete: vi.fn(),
    onDeleteAll: vi.fn(),
    onCopy: vi.fn(),
    status: '',
    ...overrides,
  };
  render(<ReviewView {...props} />);
  return props;
}

describe('ReviewView', () => {
  it('lists saved drafts newest first with their findings marked and explained', () => {
    view();
    const drafts = screen.getAllByRole('article');
    expect(drafts.map((d) => within(d).getByRole('heading').textContent)).toEqual([
      expect.stringContaining('x.com'),
      expect.stringContaining('www.facebook.com'),
    ]);
    const phone = drafts[1]!;
    expect(phone.querySelector('mark')?.textContent).toBe('07700 900123');
    expect(within(phone).getByText(/Personal contact details/)).toBeTruthy();
    expect(within(phone).getByText(/Section 6/)).toBeTruthy();
  });

  it('checks the draft again as it is revised, and copies the revised text', () => {
    const props = view();
    const phone = screen.getAllByRole('article')[1]!;
    const box = within(phone).getByRole('textbox');
    fireEvent.input(box, { target: { value: 'See you after the match.' } });
    expect(phone.querySelector('mark')).toBeNull();
    expect(within(phone).getByText(/Nothing in this version/)).toBeTruthy();
    fireEvent.click(within(phone).getByRole('button', { name: 'Copy the revised text' }));
    expect(props.onCopy).toHaveBeenCalledWith('See you after the match.');
  });

  it('deletes one or all', () => {
    const props = view();
    fireEvent.click(within(screen.getAllByRole('article')[0]!).getByRole('button', { name: 'Delete' }));
    expect(props.onDelete).toHaveBeenCalledWith('b');
    fireEvent.click(screen.getByRole('button', { name: 'Delete all saved drafts' }));
    expect(props.onDeleteAll).toHaveBeenCalledOnce();
  });

  it('shows the chart as a list of categories with counts, and says so when there is nothing', () => {
    view();
    const chart = screen.getByRole('region', { name: 'Your nudges in the last 30 days' });
    expect(within(chart).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Strong language3 nudges', 'Personal contact details1 nudge']);
    cleanup();
    view({ drafts: [], bars: [] });
    expect(screen.getByText(/No saved drafts/)).toBeTruthy();
    expect(screen.getByText('No nudges in the last 30 days.')).toBeTruthy();
  });
});
