// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps, groupBySection, packInfo, siteStatus } from '../../../components/popup';
import type { TabReport } from '../../../lib/messages';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import { POLICY, POLICY_URL, SCHOOL_NAMED, finding } from './fixtures';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(cleanup);

const PHONE = finding({ start: 60, end: 73 });
const PROFANITY = finding({ category: 'profanity', sections: ['4', '6'], severity: 'warn', rule: 'profanity/swearing', text: 'bloody', start: 0, end: 6, message: 'Strong language.' });
const OFF_POLICY = finding({ sections: ['99'], rule: 'contact-details/email', text: 'x@example.net', start: 80, end: 93 });

describe('groupBySection', () => {
  it('puts each finding once under its main section, sections in policy order, findings in text order', () => {
    const groups = groupBySection([PHONE, SCHOOL_NAMED, OFF_POLICY, PROFANITY], POLICY);
    expect(groups.map((g) => g.section?.id ?? null)).toEqual(['4', '5', '6', null]);
    expect(groups.map((g) => g.findings.map((f) => f.text))).toEqual([['bloody'], ['Christ Church School'], ['07700 900 246'], ['x@example.net']]);
  });
});

describe('siteStatus', () => {
  const settings = { disabled: ['facebook'], pausedUntil: 0, added: ['https://forum.example.org'] };
  const report: TabReport = { siteId: 'facebook', host: 'www.facebook.com', box: null };
  it.each([
    ['a reporting site, switched off', { url: undefined, report, granted: false }, { kind: 'watched', key: 'facebook', on: false }],
    ['an added site', { url: 'https://forum.example.org/t/1', report: null, granted: false }, { kind: 'watched', key: 'forum.example.org', on: true }],
    ['a site with host access', { url: 'https://bsky.app/', report: null, granted: true }, { kind: 'watched', key: 'bsky.app', on: true }],
    ['any other site', { url: 'https://news.example.com/', report: null, granted: false }, { kind: 'unwatched', origin: 'https://news.example.com', askedBySchool: false }],
    [
      "a site the school's pack asks for",
      { url: 'https://forum.example-trust.org.uk/new', report: null, granted: false, askedBySchool: ['forum.example-trust.org.uk'] },
      { kind: 'unwatched', origin: 'https://forum.example-trust.org.uk', askedBySchool: true },
    ],
    ['a browser page', { url: 'chrome://extensions/', report: null, granted: false }, { kind: 'unsupported' }],
    ['a page it may not read', { url: undefined, report: null, granted: false }, { kind: 'unsupported' }],
  ] as const)('%s', (_, facts, expected) => {
    expect(siteStatus({ ...facts, settings })).toMatchObject(expected);
  });
});

function view(overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    report: null,
    policy: POLICY,
    pack: packInfo(DEFAULT_PACK),
    site: { kind: 'watched', host: 'www.facebook.com', origin: 'https://www.facebook.com', key: 'facebook', on: true },
    pausedUntil: 0,
    now: 1_000,
    addSite: { kind: 'idle' },
    policyUrl: POLICY_URL,
    feedbackCount: 0,
    exportFile: null,
    revealFailed: null,
    onReveal: vi.fn(),
    onSiteOn: vi.fn(),
    onPause: vi.fn(),
    onResume: vi.fn(),
    onAddSite: vi.fn(),
    ...overrides,
  };
  render(<PopupView {...props} />);
  return props;
}

const DRAFT: TabReport = {
  siteId: 'facebook',
  host: 'www.facebook.com',
  box: { boxId: 'b1', label: "What's on your mind?", findings: [PHONE, SCHOOL_NAMED], at: 1 },
};

describe('the popup with a draft', () => {
  it('shows the findings under their policy sections, each with what, which category and why', () => {
    view({ report: DRAFT });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Section 5: Use of social media outside school', 'Section 6: General considerations']);
    const six = screen.getByRole('region', { name: 'Section 6: General considerations' });
    expect(six.textContent).toContain(POLICY.sections.find((s) => s.id === '6')!.summary);
    expect(six.textContent).toContain('07700 900 246');
    expect(six.textContent).toContain('Personal contact details');
    expect(six.textContent).toContain(PHONE.message);
    const five = screen.getByRole('region', { name: 'Section 5: Use of social media outside school' });
    expect(five.textContent).toContain('Christ Church School');
    expect(five.textContent).toContain('Also: Section 4: Use of social media within the school');
    expect(screen.queryByText('Policy in force')).toBeNull();
  });

  it('asks the page to reveal the finding whose button is pressed', () => {
    const props = view({ report: DRAFT });
    const six = screen.getByRole('region', { name: 'Section 6: General considerations' });
    fireEvent.click(within(six).getByRole('button', { name: 'Show in the page' }));
    expect(props.onReveal).toHaveBeenCalledExactlyOnceWith(PHONE);
  });
});

describe('the popup without a draft', () => {
  it('shows the pack in force and this site switched on', () => {
    const props = view();
    const pack = screen.getByRole('region', { name: 'Policy in force' });
    expect(pack.textContent).toContain('Christ Church School');
    expect(pack.textContent).toContain(`postguard-default, version ${DEFAULT_PACK.version}`);
    expect(pack.textContent).toContain(POLICY.title);
    const toggle = screen.getByRole('switch', { name: 'Check drafts on www.facebook.com' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(props.onSiteOn).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('button', { name: 'Pause for an hour' }));
    expect(props.onPause).toHaveBeenCalledOnce();
  });

  it('shows when the pack expires, and once expired that its rules still apply (issue 12, point 4)', () => {
    const expiring = { ...DEFAULT_PACK, expiresAt: '2027-08-31T00:00:00Z' };
    expect(packInfo(expiring, Date.parse('2027-08-30T00:00:00Z')).expires).toEqual({ at: '2027-08-31T00:00:00Z', expired: false });
    expect(packInfo(DEFAULT_PACK, 0).expires).toBeUndefined();
    view({ pack: packInfo(expiring, Date.parse('2027-09-01T00:00:00Z')) });
    expect(screen.getByText(/^Expired on .*: these rules still apply; your school should send a newer pack\.$/)).toBeTruthy();
  });

  it('offers Resume while paused', () => {
    const props = view({ pausedUntil: 5_000, now: 1_000 });
    expect(screen.queryByRole('button', { name: 'Pause for an hour' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(props.onResume).toHaveBeenCalledOnce();
  });

  it('offers to check a site postguard does not watch', () => {
    const props = view({ site: { kind: 'unwatched', host: 'news.example.com', origin: 'https://news.example.com', askedBySchool: false } });
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.queryByText(/Your school's rules ask/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Check this site too' }));
    expect(props.onAddSite).toHaveBeenCalledOnce();
  });

  it("says when the school's rules ask for the site", () => {
    view({ site: { kind: 'unwatched', host: 'forum.example.org', origin: 'https://forum.example.org', askedBySchool: true } });
    expect(screen.getByText(/Your school's rules ask postguard to check drafts on forum.example.org/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check this site too' })).toBeTruthy();
  });

  it('links to the policy, and to the export only when there are reports', () => {
    view();
    expect(screen.getByRole('link', { name: 'Read the whole policy' }).getAttribute('href')).toBe(POLICY_URL);
    expect(screen.queryByRole('link', { name: "Export 'this is wrong' reports" })).toBeNull();
    cleanup();
    view({ feedbackCount: 2, exportFile: { href: 'blob:x', name: 'postguard-reports-2026-11-25.json' } });
    const link = screen.getByRole('link', { name: "Export 'this is wrong' reports" });
    expect(link.getAttribute('download')).toBe('postguard-reports-2026-11-25.json');
  });
});
