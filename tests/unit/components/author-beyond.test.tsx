// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BeyondDrafts } from '../../../components/author/BeyondDrafts';
import { DEFAULT_SESSION_TIMES, dateRanges, draftToPack, emptyDraft, exportablePack, type AuthorDraft } from '../../../components/author/draft';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(cleanup);

const ISSUED = '2026-11-25T12:00:00Z';
const base = (): AuthorDraft => ({ ...emptyDraft(), packId: 'school:oakhollow-primary', school: { ...emptyDraft().school, name: 'Oakhollow Primary School' } });

function setup(draft: AuthorDraft = base()) {
  const onChange = vi.fn();
  const view = render(<BeyondDrafts draft={draft} onChange={onChange} />);
  return { onChange, view, last: (): AuthorDraft => onChange.mock.calls.at(-1)![0] };
}

describe('BeyondDrafts (issue 15, point 6: the guards, the safeguarding lead, session times)', () => {
  it('shows both guards on by default, and a pack left at the defaults carries none of these fields', () => {
    setup();
    expect((screen.getByRole('checkbox', { name: /Pause friend requests/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /Flag messages/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('Sessions start')).toBeNull();
    const pack = draftToPack(base(), ISSUED);
    for (const field of ['guards', 'safeguardingLead', 'sessionTimes']) expect(pack).not.toHaveProperty(field);
  });

  it('a guard switched off goes into the pack as false', () => {
    const { last } = setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /Flag messages/ }));
    expect(last().guards).toEqual({ requests: true, messages: false });
    expect(draftToPack(last(), ISSUED).guards).toEqual({ requests: true, messages: false });
  });

  it('the safeguarding lead goes into the pack with only the fields filled in', () => {
    const { last } = setup();
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: ' Dana Okafor ' } });
    expect(draftToPack(last(), ISSUED).safeguardingLead).toEqual({ name: 'Dana Okafor' });
  });

  it('session times: switched on with the defaults, days and term dates as the schema wants them', () => {
    const { last, view } = setup();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remind staff who post during session times' }));
    expect(last().sessionTimes).toEqual(DEFAULT_SESSION_TIMES);
    view.rerender(<BeyondDrafts draft={{ ...last(), sessionTimes: { ...DEFAULT_SESSION_TIMES, terms: '2026-09-03 to 2026-12-18\n2027-01-05 - 2027-03-26', closures: '2026-11-27' } }} onChange={vi.fn()} />);
    const days = within(screen.getByRole('group', { name: 'School days' })).getAllByRole('checkbox') as HTMLInputElement[];
    expect(days.map((d) => d.checked)).toEqual([true, true, true, true, true, false, false]);
    const built = exportablePack({ ...last(), sessionTimes: { ...DEFAULT_SESSION_TIMES, terms: '2026-09-03 to 2026-12-18', closures: '2026-11-27' } }, ISSUED);
    expect(built.ok && built.value.sessionTimes).toEqual({
      timeZone: 'Europe/London', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:45', end: '15:30',
      terms: [{ start: '2026-09-03', end: '2026-12-18' }], closures: [{ start: '2026-11-27', end: '2026-11-27' }],
    });
  });

  it('a Saturday ticked keeps the week in order', () => {
    const { last } = setup({ ...base(), sessionTimes: DEFAULT_SESSION_TIMES });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    expect(last().sessionTimes!.days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
  });

  it('bad input is refused with the field named, and nothing is lost', () => {
    const draft = { ...base(), sessionTimes: { ...DEFAULT_SESSION_TIMES, end: '08:00', terms: '2026-09-03 to 2026-12-18\nautumn term' } };
    const built = exportablePack(draft, ISSUED);
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(built.errors).toContain('sessionTimes.end: must be after start');
      expect(built.errors).toContain('sessionTimes.terms[1].start: must be a date like 2026-09-03');
    }
    expect(draft.sessionTimes.terms).toBe('2026-09-03 to 2026-12-18\nautumn term');
  });
});

describe('dateRanges', () => {
  it('reads "to", a spaced dash and a single day; anything else goes through as typed for the schema to name', () => {
    expect(dateRanges('2026-09-03 to 2026-12-18\n\n 2027-01-05 - 2027-03-26 \n2026-11-27\nEaster')).toEqual([
      { start: '2026-09-03', end: '2026-12-18' },
      { start: '2027-01-05', end: '2027-03-26' },
      { start: '2026-11-27', end: '2026-11-27' },
      { start: 'Easter', end: 'Easter' },
    ]);
  });
});
