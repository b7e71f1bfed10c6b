// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answersOf, IncidentView, type IncidentViewProps } from '../../../components/incident';
import type { StoredIncident } from '../../../lib/incident/kept';
import { newIncidentRecord } from '../../../lib/incident/record';
import { CEOP, CEOP_WHEN, MORE_HELP, incidentStepsFor } from '../../../rules/incident-sites';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(cleanup);

const NOW = new Date('2026-12-07T18:30:00.000Z');
const JPEG = 'data:image/jpeg;base64,/9j/AAAA';

function incident(over: { gaps?: StoredIncident['gaps']; url?: string; screenshot?: boolean; selectedText?: string } = {}): StoredIncident {
  return {
    record: newIncidentRecord(
      {
        site: { id: 'facebook', name: 'Facebook' },
        url: 'url' in over ? over.url : 'https://www.facebook.com/groups/1/posts/2',
        pageTitle: 'Parents group | Facebook',
        screenshot: over.screenshot === false ? undefined : { type: 'image/jpeg', dataUrl: JPEG },
        selectedText: 'selectedText' in over ? over.selectedText : 'That teacher should be sacked',
      },
      NOW,
      'inc-1',
    ),
    gaps: over.gaps ?? {},
  };
}

function view(overrides: Partial<IncidentViewProps> = {}) {
  const shown = overrides.incident === undefined ? incident() : overrides.incident;
  const props: IncidentViewProps = {
    incident: shown,
    missing: false,
    answers: shown ? answersOf(shown) : null,
    steps: shown ? incidentStepsFor(shown.record.site.id) : null,
    ceop: CEOP,
    ceopWhen: CEOP_WHEN,
    moreHelp: MORE_HELP,
    lead: undefined,
    retentionDays: 7,
    list: shown ? [shown] : [],
    files: { html: { href: 'blob:html', name: 'postguard-incident-2026-12-07-1830-facebook.html' }, json: { href: 'blob:json', name: 'postguard-incident-2026-12-07-1830-facebook.json' } },
    status: '',
    hrefFor: (id) => `?id=${id}`,
    onAnswers: vi.fn(),
    onTextDone: vi.fn(),
    onPrint: vi.fn(),
    onDelete: vi.fn(),
    onDeleteAll: vi.fn(),
    ...overrides,
  };
  render(<IncidentView {...props} />);
  return props;
}

describe('the incident page: the copy kept', () => {
  it('shows the site, address, title, time, the selected words and the screenshot', () => {
    view();
    const copy = screen.getByRole('region', { name: 'The copy kept' });
    for (const text of ['Facebook', 'https://www.facebook.com/groups/1/posts/2', 'Parents group | Facebook']) expect(within(copy).getByText(text)).toBeTruthy();
    expect(copy.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-07T18:30:00.000Z');
    expect(copy.querySelector('blockquote')?.textContent).toBe('That teacher should be sacked');
    expect(within(copy).getByRole('img', { name: 'Screenshot of Facebook as it was when you pressed Report misuse' }).getAttribute('src')).toBe(JPEG);
  });

  it.each([
    ['not-allowed', "No screenshot: the browser didn't allow postguard to take one of this page."],
    ['not-shown', "No screenshot: the page wasn't the one on screen."],
    ['too-large', 'No screenshot: it was too large to keep on this device.'],
    ['failed', "No screenshot: it couldn't be taken."],
  ] as const)('says plainly why there is no screenshot (%s), and what to do instead', (gap, words) => {
    view({ incident: incident({ screenshot: false, gaps: { screenshot: gap } }) });
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(new RegExp(`^${words.replace(/[.()]/g, '\\$&')}.*Take one yourself`))).toBeTruthy();
  });

  it('says whether nothing was selected or the page could not be read', () => {
    view({ incident: incident({ selectedText: undefined }) });
    expect(screen.getByText(/^No text was selected on the page\./)).toBeTruthy();
    cleanup();
    view({ incident: incident({ selectedText: undefined, gaps: { selection: 'not-allowed' } }) });
    expect(screen.getByText(/^postguard isn't allowed to read this page, so the text you selected wasn't kept\./)).toBeTruthy();
  });

  it('asks for the address only where the browser gave none', () => {
    view();
    expect(screen.queryByRole('textbox', { name: 'Page address, if you have it' })).toBeNull();
    cleanup();
    const props = view({ incident: incident({ url: undefined, gaps: { address: 'not-allowed' } }) });
    expect(screen.getByText("The browser didn't let postguard read this page's address.")).toBeTruthy();
    const box = screen.getByRole('textbox', { name: 'Page address, if you have it' });
    fireEvent.input(box, { target: { value: 'https://www.facebook.com/x' } });
    expect(props.onAnswers).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://www.facebook.com/x' }));
    fireEvent.blur(box);
    expect(props.onTextDone).toHaveBeenCalled();
  });
});

describe('the incident page: what to do', () => {
  it("shows the site's own steps to report and block, and the rules to cite", () => {
    view();
    const steps = screen.getByRole('region', { name: 'Report and block on Facebook' });
    const facebook = incidentStepsFor('facebook');
    for (const step of [...facebook.report, ...facebook.block]) expect(within(steps).getByText(step)).toBeTruthy();
    for (const link of facebook.terms) expect(within(steps).getByRole('link', { name: link.title }).getAttribute('href')).toBe(link.url);
  });

  it('gives the generic steps for a site it does not know, under its own name', () => {
    const other = incident();
    other.record = { ...other.record, site: { id: null, name: 'forum.example.org' } };
    view({ incident: other, steps: incidentStepsFor(null) });
    expect(screen.getByRole('heading', { name: 'Report and block on forum.example.org' })).toBeTruthy();
    expect(screen.getByText(incidentStepsFor(null).report[0]!)).toBeTruthy();
  });

  it('points to CEOP, marked out when a child may be at risk', () => {
    const answers = answersOf(incident());
    view();
    const ceop = screen.getByRole('region', { name: 'If a child is at risk' });
    expect(within(ceop).getByText(CEOP_WHEN)).toBeTruthy();
    expect(within(ceop).getByRole('link', { name: CEOP.title }).getAttribute('href')).toBe(CEOP.url);
    expect(ceop.classList.contains('alert')).toBe(false);
    cleanup();
    view({ answers: { ...answers, childAtRisk: true } });
    expect(screen.getByRole('region', { name: 'If a child is at risk' }).classList.contains('alert')).toBe(true);
  });

  it("names the school's safeguarding lead from the pack, or says to ask who it is", () => {
    view({ lead: { name: 'Sam Example', role: 'Deputy head', email: 'dsl@school.example', phone: '020 7946 0000' } });
    const lead = screen.getByRole('region', { name: 'Tell your designated safeguarding lead' });
    expect(within(lead).getByText('Sam Example')).toBeTruthy();
    expect(within(lead).getByText('Deputy head')).toBeTruthy();
    expect(within(lead).getByRole('link', { name: 'dsl@school.example' }).getAttribute('href')).toBe('mailto:dsl@school.example');
    expect(within(lead).getByRole('link', { name: '020 7946 0000' }).getAttribute('href')).toBe('tel:02079460000');
    cleanup();
    view();
    expect(screen.getByText(/^Your school's rules don't name a safeguarding lead\./)).toBeTruthy();
  });
});

describe('the incident page: answers, record and list', () => {
  it('hands on the note, the child-at-risk answer and each step ticked', () => {
    const props = view();
    const answers = answersOf(incident());
    fireEvent.input(screen.getByRole('textbox', { name: 'What happened' }), { target: { value: 'Posted about me' } });
    expect(props.onAnswers).toHaveBeenLastCalledWith({ ...answers, whatHappened: 'Posted about me' });
    fireEvent.blur(screen.getByRole('textbox', { name: 'What happened' }));
    expect(props.onTextDone).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'A child may be at risk' }));
    expect(props.onAnswers).toHaveBeenLastCalledWith({ ...answers, childAtRisk: true });
    const checklist = screen.getByRole('group', { name: 'What you have done' });
    expect(within(checklist).getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual([
      'Reported it on the site',
      'Blocked or restricted the person',
      'Told the designated safeguarding lead',
      'Reported it to CEOP (when a child is at risk)',
    ]);
    fireEvent.click(within(checklist).getByRole('checkbox', { name: 'Blocked or restricted the person' }));
    expect(props.onAnswers).toHaveBeenLastCalledWith({ ...answers, steps: { ...answers.steps, blocked: true } });
  });

  it('offers the record as files to download, and to print', () => {
    const props = view();
    const html = screen.getByRole('link', { name: 'Download the printable record (HTML)' });
    expect(html.getAttribute('href')).toBe('blob:html');
    expect(html.getAttribute('download')).toBe('postguard-incident-2026-12-07-1830-facebook.html');
    expect(screen.getByRole('link', { name: "Download the record's data (JSON)" }).getAttribute('download')).toBe('postguard-incident-2026-12-07-1830-facebook.json');
    fireEvent.click(screen.getByRole('button', { name: 'Print the record' }));
    expect(props.onPrint).toHaveBeenCalled();
    expect(screen.getByText(/^Kept only on this device, and deleted automatically after 7 days\./)).toBeTruthy();
  });

  it('lists the incidents kept, newest first, each deletable, and all at once', () => {
    const older = incident();
    const newer = { ...incident(), record: { ...incident().record, id: 'inc-2', createdAt: '2026-12-08T09:00:00.000Z', capturedAt: '2026-12-08T09:00:00.000Z', site: { id: 'x', name: 'X' } } };
    const props = view({ list: [older, newer] });
    const list = screen.getByRole('region', { name: 'Incidents kept on this device' });
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['?id=inc-2', '?id=inc-1']);
    expect(links[1]!.getAttribute('aria-current')).toBe('page');
    fireEvent.click(within(list).getByRole('button', { name: /^Delete the incident on X, 8 December 2026/ }));
    expect(props.onDelete).toHaveBeenCalledWith('inc-2');
    fireEvent.click(within(list).getByRole('button', { name: 'Delete all incidents' }));
    expect(props.onDeleteAll).toHaveBeenCalled();
  });

  it('says when the incident asked for is no longer kept, and how to keep one', () => {
    view({ incident: null, missing: true });
    expect(screen.getByText(/^This incident is no longer kept on this device/)).toBeTruthy();
    expect(screen.getByText(/press “Report misuse” in the postguard popup/)).toBeTruthy();
    expect(screen.getByText('None kept.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Download/ })).toBeNull();
  });
});
