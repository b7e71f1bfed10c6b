// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NudgeView, type NudgeViewProps } from '../../../components/nudge';
import type { Finding } from '../../../lib/analyze/types';
import { trustedOnly } from '../../../lib/dom/trust';
import { POLICY, SCHOOL_NAMED, finding } from './fixtures';
import { stubI18n } from './i18n-stub';

// WXT's mock of wxt/browser imports all of 'wxt/testing', whose build tooling (esbuild) cannot
// load under jsdom; the fake browser itself is all these tests need.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(cleanup);

type HarnessProps = Partial<NudgeViewProps> & { findings: Finding[] };

/** The nudge with its open state held the way the content script will hold it. */
function Harness(props: HarnessProps) {
  const [open, setOpen] = useState(props.open ?? false);
  return (
    <NudgeView
      policy={POLICY}
      // @testing-library's events are untrusted: a permissive gate; the extension's is tested below.
      acceptEvent={() => true}
      onOpenPolicy={() => {}}
      canApplyFix
      onApplyFix={() => {}}
      onSelect={() => {}}
      onIgnore={() => {}}
      onReport={() => {}}
      {...props}
      open={open}
      onToggle={setOpen}
    />
  );
}

const PHONE = finding();

describe('the pill', () => {
  it.each([
    [[PHONE], 'postguard: 1 possible policy issue'],
    [[PHONE, SCHOOL_NAMED], 'postguard: 2 possible policy issues'],
  ])('is named for the count (%#)', (findings, name) => {
    render(<Harness findings={findings} />);
    const pill = screen.getByRole('button', { name });
    expect(pill.getAttribute('aria-expanded')).toBe('false');
  });

  it('is hidden when nothing is flagged and the panel is closed', () => {
    render(<Harness findings={[]} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('takes the colour of the most serious finding', () => {
    const { rerender } = render(<Harness findings={[SCHOOL_NAMED]} />);
    expect(screen.getByRole('button').className).toContain('sev-warn');
    rerender(<Harness findings={[SCHOOL_NAMED, PHONE]} />);
    expect(screen.getByRole('button').className).toContain('sev-high');
  });

  it('opens the findings panel and says so', () => {
    render(<Harness findings={[PHONE, SCHOOL_NAMED]} />);
    expect(screen.queryByRole('region', { name: 'postguard findings' })).toBeNull();
    const pill = screen.getByRole('button', { name: /possible policy issues/ });
    fireEvent.click(pill);
    expect(pill.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('region', { name: 'postguard findings' });
    expect(within(panel).getAllByRole('article')).toHaveLength(2);
  });
});

describe('a card', () => {
  it('names what was found, why, and the policy section with a button that opens it', () => {
    const onOpenPolicy = vi.fn();
    render(<Harness findings={[PHONE]} open onOpenPolicy={onOpenPolicy} />);
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toContain('Personal contact details');
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toContain('07700 900 246');
    expect(card.textContent).toContain(PHONE.message);
    expect(card.textContent).toContain('Section 6: General considerations');
    expect(card.textContent).toContain('Never share log-ins or passwords');
    // No link: an href would hand the page the extension's URL (issue 12, point 2).
    expect(within(card).queryByRole('link')).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Read the whole policy' }));
    expect(onOpenPolicy).toHaveBeenCalledExactlyOnceWith('6');
  });

  it('opens the first section a finding cites and lists them all', () => {
    const onOpenPolicy = vi.fn();
    render(<Harness findings={[SCHOOL_NAMED]} open onOpenPolicy={onOpenPolicy} />);
    const card = screen.getByRole('article');
    fireEvent.click(within(card).getByRole('button', { name: 'Read the whole policy' }));
    expect(onOpenPolicy).toHaveBeenCalledExactlyOnceWith('5');
    expect(card.textContent).toContain('Section 5: Use of social media outside school');
    expect(card.textContent).toContain('Section 4: Use of social media within the school');
  });

  it.each([
    { suggestion: 'my school', canApplyFix: true, fix: true, says: 'Suggested: my school' },
    { suggestion: '', canApplyFix: true, fix: true, says: 'Suggested: remove these words' },
    { suggestion: 'my school', canApplyFix: false, fix: false, says: 'Suggested: my school' },
    { suggestion: undefined, canApplyFix: true, fix: false, says: null },
  ])('offers "Apply fix" only for a suggestion in a fixable editor: $suggestion / $canApplyFix', (c) => {
    render(<Harness findings={[finding({ suggestion: c.suggestion })]} canApplyFix={c.canApplyFix} open />);
    const card = screen.getByRole('article');
    expect(within(card).queryByRole('button', { name: 'Apply fix' }) !== null).toBe(c.fix);
    for (const name of ['Select words', 'Ignore once', 'This is wrong']) within(card).getByRole('button', { name });
    if (c.says) expect(card.textContent).toContain(c.says);
    else expect(card.textContent).not.toContain('Suggested');
  });

  it('offers no "Select words" for a finding that marks no words (a conversation with a pupil, issue 15)', () => {
    const conversation = finding({ category: 'pupil-contact', rule: 'pupil-contact/conversation', start: 0, end: 0, text: 'Tom Sample', suggestion: undefined });
    render(<Harness findings={[conversation]} open />);
    const card = screen.getByRole('article');
    expect(within(card).queryByRole('button', { name: 'Select words' })).toBeNull();
    for (const name of ['Ignore once', 'This is wrong']) within(card).getByRole('button', { name });
  });

  it('hands the finding to each action', () => {
    const calls = { onApplyFix: vi.fn(), onSelect: vi.fn(), onIgnore: vi.fn(), onReport: vi.fn() };
    render(<Harness findings={[SCHOOL_NAMED]} open {...calls} />);
    fireEvent.click(screen.getByRole('button', { name: 'Apply fix' }));
    fireEvent.click(screen.getByRole('button', { name: 'Select words' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ignore once' }));
    fireEvent.click(screen.getByRole('button', { name: 'This is wrong' }));
    for (const fn of Object.values(calls)) expect(fn).toHaveBeenCalledExactlyOnceWith(SCHOOL_NAMED);
  });

  // Issue 12, points 2-3: a page's script clicked the pill and read the cards back.
  it("with the extension's gate, an untrusted click on the pill or any card button does nothing", () => {
    const calls = { onApplyFix: vi.fn(), onSelect: vi.fn(), onIgnore: vi.fn(), onReport: vi.fn(), onOpenPolicy: vi.fn() };
    render(<Harness findings={[SCHOOL_NAMED]} acceptEvent={trustedOnly} />);
    fireEvent.click(screen.getByRole('button', { name: /possible policy issue/ }));
    expect(screen.queryByRole('region')).toBeNull();
    cleanup();
    render(<Harness findings={[SCHOOL_NAMED]} acceptEvent={trustedOnly} open {...calls} />);
    const card = screen.getByRole('article');
    for (const button of within(card).getAllByRole('button')) fireEvent.click(button);
    fireEvent.keyDown(card, { key: 'Escape' });
    for (const fn of Object.values(calls)) expect(fn).not.toHaveBeenCalled();
    expect(screen.getByRole('region')).toBeTruthy();
  });
});
