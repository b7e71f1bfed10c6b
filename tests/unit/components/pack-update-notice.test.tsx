// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PackUpdateNotice } from '../../../components/popup';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(cleanup);

describe('PackUpdateNotice', () => {
  it('says which version is in force, lists the changes in words and dismisses', () => {
    const onDismiss = vi.fn();
    render(<PackUpdateNotice version={7} publisher="Oakhollow Primary School" changes={['Added 3 staff names', 'Profanity: severity warn -> high']} onDismiss={onDismiss} />);
    const notice = screen.getByRole('status');
    expect(screen.getByRole('heading', { name: 'School rules updated to version 7' })).toBeTruthy();
    expect(notice.textContent).toContain('Published by Oakhollow Primary School');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Added 3 staff names', 'Profanity: severity warn -> high']);
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('says so when nothing staff would notice changed', () => {
    render(<PackUpdateNotice version={2} changes={[]} onDismiss={() => {}} />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('No rule changes staff would notice.');
  });
});
