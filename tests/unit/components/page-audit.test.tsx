// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageAudit, type PageAuditState } from '../../../components/popup';
import { App } from '../../../entrypoints/popup/App';
import type { AuditPost } from '../../../lib/messages';
import { tabReports } from '../../../lib/session-storage';
import { POLICY, SCHOOL_NAMED, finding } from './fixtures';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
});
afterEach(cleanup);

const PHONE_POST: AuditPost = { index: 2, excerpt: 'Sam Example · Call me on 07700 900 246', findings: [finding()] };
const SCHOOL_POST: AuditPost = { index: 5, excerpt: 'Sports day, Christ Church School', findings: [SCHOOL_NAMED] };

function view(state: PageAuditState, showFailed: number | null = null) {
  const onCheck = vi.fn();
  const onShow = vi.fn();
  const onFollow = vi.fn();
  const onStop = vi.fn();
  render(<PageAudit state={state} policy={POLICY} showFailed={showFailed} onCheck={onCheck} onFollow={onFollow} onStop={onStop} onShow={onShow} />);
  return { onCheck, onShow, onFollow, onStop };
}

describe('PageAudit', () => {
  it('says what was checked in a live region and lists the flagged posts with their sections', () => {
    const { onShow } = view({ kind: 'done', checked: 7, posts: [PHONE_POST, SCHOOL_POST] });
    expect(screen.getByRole('status').textContent).toBe('Checked 7 posts: 2 may breach the policy.');
    const list = screen.getByRole('list', { name: 'Posts that may breach the policy' });
    const items = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Personal contact details');
    expect(items[0]!.textContent).toContain('Policy: Section 6: General considerations');
    expect(items[1]!.textContent).toContain('Your school identified');
    const show = within(items[1]!).getByRole('button', { name: 'Show' });
    // The button is described by its post's excerpt, so "Show" is not ambiguous to a screen reader.
    expect(show.getAttribute('aria-describedby')).toBe('audit-post-5');
    expect(document.getElementById('audit-post-5')?.textContent).toBe(SCHOOL_POST.excerpt);
    fireEvent.click(show);
    expect(onShow).toHaveBeenCalledWith(5);
  });

  it.each<[string, PageAuditState, string]>([
    ['nothing found', { kind: 'done', checked: 1, posts: [] }, 'Checked 1 post: 0 may breach the policy.'],
    ['no posts', { kind: 'done', checked: 0, posts: [] }, 'No posts found on this page. Open your profile or timeline and scroll to load your posts, then check again.'],
    ['a site not watched', { kind: 'unwatched' }, "postguard doesn't check this site, so it can't check the posts on this page."],
    ['a page without the content script', { kind: 'unreachable' }, "This page can't be checked. Reload it and try again."],
    ['while checking', { kind: 'working' }, 'Checking the posts on this page…'],
  ])('%s', (_name, state, status) => {
    view(state);
    expect(screen.getByRole('status').textContent).toBe(status);
    expect(screen.queryByRole('list', { name: 'Posts that may breach the policy' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Check this page' }) as HTMLButtonElement).disabled).toBe(state.kind === 'working');
  });

  it('lists a flagged profile field as "Your profile" and says how many fields were read (issue 15, point 5)', () => {
    const field: AuditPost = { index: 0, excerpt: 'Works at Christ Church School', findings: [SCHOOL_NAMED], profile: true };
    view({ kind: 'done', checked: 3, fields: 2, posts: [field] });
    expect(screen.getByRole('status').textContent).toBe('Checked 3 posts: 1 may breach the policy. Also read 2 profile fields (intro, bio, workplace).');
    expect(document.getElementById('audit-post-0')?.textContent).toBe('Your profile: Works at Christ Church School');
  });

  it('offers to keep checking as the person scrolls, and to stop while it does', () => {
    const idle = view({ kind: 'idle' });
    fireEvent.click(screen.getByRole('button', { name: 'Keep checking as I scroll' }));
    expect(idle.onFollow).toHaveBeenCalledOnce();
    cleanup();
    const following = view({ kind: 'done', checked: 12, posts: [], following: true });
    expect(screen.getByRole('status').textContent).toContain('Checking new posts as you scroll.');
    expect(screen.queryByRole('button', { name: 'Keep checking as I scroll' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Stop checking' }));
    expect(following.onStop).toHaveBeenCalledOnce();
  });

  it('says when a post could not be shown', () => {
    view({ kind: 'done', checked: 3, posts: [PHONE_POST, SCHOOL_POST] }, 2);
    expect(screen.getByRole('alert').textContent).toBe('This post is no longer on the page. Check the page again.');
  });
});

describe('Check this page, wired to the tab', () => {
  async function openPopupFor(url: string, reply: (msg: { type: string }) => Promise<unknown>) {
    const tab = await fakeBrowser.tabs.create({ url });
    history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
    fakeBrowser.permissions.contains = vi.fn(async () => true) as never;
    fakeBrowser.tabs.sendMessage = vi.fn((_id: number, msg: { type: string }) => reply(msg)) as never;
    await tabReports.setValue({ [String(tab.id)]: { siteId: 'facebook', host: 'www.facebook.com', box: null } });
    render(<App />);
    return tab.id!;
  }

  it('asks the top frame to check, lists the answer and asks it to show a post', async () => {
    const tabId = await openPopupFor('https://www.facebook.com/me', async (msg) =>
      msg.type === 'audit-page' ? { checked: 4, posts: [PHONE_POST] } : true,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Check this page' }));
    await screen.findByText('Checked 4 posts: 1 may breach the policy.');
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(tabId, { type: 'audit-page', data: {} }, { frameId: 0 });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenLastCalledWith(tabId, { type: 'reveal-post', data: { index: 2 } }, { frameId: 0 });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('follows the timeline on request, finds it still following when opened again, and stops it', async () => {
    let following = false;
    const tabId = await openPopupFor('https://www.facebook.com/me', async (msg) => {
      if (msg.type === 'audit-page') following = true;
      if (msg.type === 'audit-stop') following = false;
      return msg.type === 'reveal-post' ? true : following || msg.type === 'audit-stop' ? { checked: 9, posts: [PHONE_POST], following } : null;
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Keep checking as I scroll' }));
    await screen.findByRole('button', { name: 'Stop checking' });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(tabId, { type: 'audit-page', data: { follow: true } }, { frameId: 0 });
    // The popup closes as the page scrolls; the next one asks where the audit stands.
    cleanup();
    render(<App />);
    await screen.findByText(/Checked 9 posts: 1 may breach the policy\. Checking new posts as you scroll/);
    fireEvent.click(screen.getByRole('button', { name: 'Stop checking' }));
    await screen.findByRole('button', { name: 'Keep checking as I scroll' });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenLastCalledWith(tabId, { type: 'audit-stop', data: {} }, { frameId: 0 });
  });

  it('says so when the page does not answer', async () => {
    await openPopupFor('https://www.facebook.com/me', async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Check this page' }));
    await screen.findByText("This page can't be checked. Reload it and try again.");
  });

  it('does not ask a page postguard does not watch', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.com/' });
    history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
    fakeBrowser.permissions.contains = vi.fn(async () => false) as never;
    fakeBrowser.tabs.sendMessage = vi.fn(async () => true) as never;
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check this page' }));
    await screen.findByText("postguard doesn't check this site, so it can't check the posts on this page.");
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
  });
});
