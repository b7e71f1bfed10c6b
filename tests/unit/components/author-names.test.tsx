// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDraft, type AuthorDraft } from '../../../components/author/draft';
import { ProfileForm } from '../../../components/author/ProfileForm';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
});
afterEach(cleanup);

// A fictional school whose names mislead (issue 13, point 3); names invented or public.
const draft = (school: Partial<AuthorDraft['school']>, people: Partial<Pick<AuthorDraft, 'staff' | 'pupils'>> = {}): AuthorDraft => {
  const d = emptyDraft();
  return { ...d, school: { ...d.school, name: 'Summit Academy', ...school }, ...people };
};
const notices = () => within(document.getElementById('name-notices')!).getAllByRole('listitem').map((li) => li.textContent);

describe('the authoring page: names that need context', () => {
  it('lists each name with its reason in plain words, pupils only counted', () => {
    render(
      <ProfileForm
        draft={draft(
          { aliases: "Summit\nPebble Hill\nSt Bride's\nKelmscott Park\nQuillfeather Summit\nSt Bride's Quillfeather", places: 'Hope' },
          { staff: [{ name: 'Harry Kane' }, { name: 'Imelda Quartermaine' }], pupils: ['Jude Bellingham', 'Tamsin Okonjo'] },
        )}
        onChange={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Names that need context' })).toBeTruthy();
    expect(notices()).toEqual([
      '"Summit" is an everyday word: flagged only when the draft is about school or work',
      '"Pebble Hill" is made of everyday words: flagged only when the draft is about school or work',
      '"St Bride\'s" is also the name of churches or other places of worship: flagged only when the draft is about school or work',
      '"Kelmscott Park" also names a park: flagged only when the draft is about school or work',
      '"St Bride\'s Quillfeather" may also be a church\'s name: not flagged when the draft is about church (a wedding, a funeral, the vicar)',
      '"Hope" (place) is an everyday word: read as the school\'s place only when written with a capital letter',
      '"Harry Kane" (staff) is also a famous person\'s name: flagged only when the draft is about school or work',
      "1 pupil(s) share a famous person's name: flagged only when the draft is about class or school",
    ]);
    expect(document.body.textContent).not.toContain('Bellingham');
  });

  it('shows nothing when every name counts anywhere', () => {
    render(<ProfileForm draft={draft({ aliases: 'Quillfeather Summit' })} onChange={() => {}} />);
    expect(document.getElementById('name-notices')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Names that need context' })).toBeNull();
  });
});
