// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PackFacts } from '../../../components/options/PackFacts';
import { PackInForce, packInfo } from '../../../components/popup';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import { stubI18n } from './i18n-stub';

/** Issue 15, point 4: the popup and the options page tell staff about session times and a school device. */
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(cleanup);

const WITH_SESSIONS = { ...DEFAULT_PACK, sessionTimes: { start: '08:45', end: '15:30', terms: [{ start: '2026-01-05', end: '2026-03-27' }] } };
const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe("the popup's pack in force", () => {
  it('names the session times and says the browser is a school device, and that the person said they are authorised today', () => {
    render(<PackInForce info={packInfo(WITH_SESSIONS)} device={{ schoolDevice: true, authorisedToday: true }} />);
    expect(fact('Session times')).toBe('Mon–Fri 08:45–15:30 (Europe/London), in term time (1 term)');
    expect(fact('This browser')).toBe("A school device: social media here only with leadership's authorisation (policy section 4) You said you are authorised today.");
  });

  it('says neither when the pack has no session times and the policy no school device', () => {
    render(<PackInForce info={packInfo(DEFAULT_PACK)} device={{ schoolDevice: false, authorisedToday: false }} />);
    expect(screen.queryByText('Session times')).toBeNull();
    expect(screen.queryByText('This browser')).toBeNull();
  });
});

describe("the options page's facts", () => {
  const base = { stored: null, school: 'Christ Church School', version: 1, now: 0, locked: [] };

  it('names the session times with what they do, and the school device', () => {
    render(<PackFacts {...base} sessionTimes="Mon–Fri 08:45–15:30 (Europe/London), every week" schoolDevice />);
    expect(fact('Session times')).toMatch(/^Mon–Fri 08:45–15:30 \(Europe\/London\), every weekPosting within them, the pause before posting reminds staff/);
    expect(fact('School device (school policy)')).toMatch(/^Your school's policy marks this browser as a school device/);
  });

  it('says neither by default', () => {
    render(<PackFacts {...base} />);
    expect(screen.queryByText('Session times')).toBeNull();
    expect(screen.queryByText('School device (school policy)')).toBeNull();
  });
});

/** Issue 15, point 6: what the guards do here and who the safeguarding lead is, from the pack in force. */
describe('the guards and the safeguarding lead, in the popup and the options page', () => {
  const WITH_ROSTER = { ...DEFAULT_PACK, profile: { ...DEFAULT_PACK.profile, pupils: ['Poppy Carter'] } };

  it('says the guards cannot act without a pupil list, and names no lead when the pack has none', () => {
    render(<PackInForce info={packInfo(DEFAULT_PACK)} />);
    expect(fact('Pupils (section 6)')).toBe('This pack has no pupil list, so friend requests and messages cannot be checked against one.');
    expect(screen.queryByText('Safeguarding lead')).toBeNull();
  });

  it('says which guards are on, and names the lead', () => {
    const pack = { ...WITH_ROSTER, guards: { messages: false }, safeguardingLead: { name: 'Dana Okafor', role: 'Designated Safeguarding Lead', email: 'dsl@example.org' } };
    render(<PackInForce info={packInfo(pack)} />);
    expect(fact('Pupils (section 6)')).toBe("Friend requests and follows to people named like pupils on your school's list are checked; messages are not.");
    expect(fact('Safeguarding lead')).toBe('Dana Okafor, Designated Safeguarding Lead, dsl@example.org');
    cleanup();
    render(<PackInForce info={packInfo(WITH_ROSTER)} />);
    expect(fact('Pupils (section 6)')).toBe("Friend requests, follows and messages to people named like pupils on your school's list are checked.");
  });

  it('the options page shows the same lines', () => {
    render(<PackFacts stored={null} school="Christ Church School" version={1} now={0} locked={[]} guards="Checked." safeguardingLead="Dana Okafor" />);
    expect(fact('Pupils (section 6)')).toBe('Checked.');
    expect(fact('Safeguarding lead')).toBe('Dana Okafor');
  });
});
