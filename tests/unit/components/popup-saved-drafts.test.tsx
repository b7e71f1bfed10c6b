// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SavedDraftsLink } from '../../../components/popup';
import type { SavedDraft } from '../../../lib/review/retention';
import { savedDrafts } from '../../../lib/storage';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
});
afterEach(cleanup);

const draft = (id: string): SavedDraft => ({ id, site: 'x', host: 'x.com', savedAt: Date.now(), text: 'a draft', findings: [] });

describe("the popup's saved drafts link", () => {
  it('links to the review page with the number of saved drafts, following changes', async () => {
    await savedDrafts.setValue([draft('a'), draft('b')]);
    render(<SavedDraftsLink />);
    const link = await screen.findByRole('link', { name: 'Saved drafts (2)' });
    expect(link.getAttribute('href')).toMatch(/\/review\.html$/);
    await savedDrafts.setValue([draft('a')]);
    await screen.findByRole('link', { name: 'Saved drafts (1)' });
  });
});
