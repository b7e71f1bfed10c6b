// @vitest-environment jsdom
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NUDGE_CSS, NudgeView } from '../../../components/nudge';
import type { Finding } from '../../../lib/analyze/types';
import { POLICY, SCHOOL_NAMED, finding } from './fixtures';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

/** Mounts the nudge as the content script does: in the open shadow root of <postguard-nudge>. */
function mountInShadow(findings: Finding[], onIgnore: (f: Finding) => void = () => {}) {
  const host = document.createElement('postguard-nudge');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = NUDGE_CSS;
  const container = document.createElement('div');
  shadow.append(style, container);
  function Harness(props: { findings: Finding[] }) {
    const [open, setOpen] = useState(false);
    return (
      <NudgeView
        findings={props.findings}
        policy={POLICY}
        acceptEvent={() => true}
        onOpenPolicy={() => {}}
        canApplyFix={false}
        open={open}
        onToggle={setOpen}
        onApplyFix={() => {}}
        onSelect={() => {}}
        onIgnore={onIgnore}
        onReport={() => {}}
      />
    );
  }
  const view = render(<Harness findings={findings} />, { container });
  return { shadow, ui: within(container), rerender: (f: Finding[]) => view.rerender(<Harness findings={f} />) };
}

const PHONE = finding();

describe('keyboard and focus in the shadow root', () => {
  it('Escape closes the panel, returns focus to the pill and stays out of the page', () => {
    const { shadow, ui } = mountInShadow([PHONE, SCHOOL_NAMED]);
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const pill = ui.getByRole('button', { name: 'postguard: 2 possible policy issues' });
    fireEvent.click(pill);
    const select = ui.getAllByRole('button', { name: 'Select words' })[1]!;
    select.focus();
    expect(shadow.activeElement).toBe(select);
    fireEvent.keyDown(select, { key: 'Escape' });
    expect(ui.queryByRole('region', { name: 'postguard findings' })).toBeNull();
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(shadow.activeElement).toBe(pill);
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('leaves other keys and a closed nudge to the page', () => {
    const { ui } = mountInShadow([PHONE]);
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const pill = ui.getByRole('button');
    fireEvent.keyDown(pill, { key: 'Escape' });
    fireEvent.click(pill);
    fireEvent.keyDown(pill, { key: 'a' });
    expect(pageKeys).toHaveBeenCalledTimes(2);
    document.removeEventListener('keydown', pageKeys);
  });

  it('the Close button also returns focus to the pill', () => {
    const { shadow, ui } = mountInShadow([PHONE]);
    const pill = ui.getByRole('button');
    fireEvent.click(pill);
    fireEvent.click(ui.getByRole('button', { name: 'Close' }));
    expect(ui.queryByRole('region')).toBeNull();
    expect(shadow.activeElement).toBe(pill);
  });

  it('after "Ignore once" removes a card, focus moves to the next card, not to the page', () => {
    const { shadow, ui, rerender } = mountInShadow([PHONE, SCHOOL_NAMED]);
    fireEvent.click(ui.getByRole('button'));
    const ignore = ui.getAllByRole('button', { name: 'Ignore once' })[0]!;
    ignore.focus();
    fireEvent.click(ignore);
    ignore.blur(); // jsdom keeps focus on a removed node; a browser moves it to <body>
    rerender([SCHOOL_NAMED]);
    const card = ui.getByRole('article');
    expect(shadow.activeElement).toBe(card);
    expect(card.textContent).toContain('Christ Church School');
  });
});

describe('the live region', () => {
  it('is silent for an empty box, then announces counts politely as they change', () => {
    const { ui, rerender } = mountInShadow([]);
    const live = ui.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent?.trim()).toBe('');
    rerender([PHONE, SCHOOL_NAMED]);
    expect(live.textContent).toContain('postguard: 2 possible policy issues');
    rerender([PHONE]);
    expect(live.textContent).toContain('postguard: 1 possible policy issue');
    rerender([]);
    expect(live.textContent).toContain('postguard: no possible policy issues');
  });
});
