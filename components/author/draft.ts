import { type NameNotice, namesNeedingContext, withEverydayWords } from '../../lib/rule-pack/name-context';
import { hashPupilsInProfile } from '../../lib/rule-pack/pupils';
import { findRosterNames } from '../../lib/rule-pack/roster-leaks';
import { isRosterKey, newRosterKey } from '../../lib/rule-pack/roster-key';
import type { PolicySectionDraft } from '../../lib/rule-pack/policy-text';
import type { Category, Severity } from '../../rules/categories';
import { type PackV2, PackV2Schema, type Parsed, type PauseLevel, type Weekday, parseWith } from '../../rules/schema';

/**
 * What leadership is writing on the authoring page, autosaved on this device.
 * List fields stay as typed (one per line) so a half-typed line is never lost;
 * they become arrays only when a pack is built. Pupils are held in clear here,
 * on leadership's device only: a built pack carries them as keyed hashes
 * (issue 12), keyed with the school's roster key kept here too.
 */
export interface AuthorDraft {
  /** Stable across versions: `school:oakhollow-primary`. */
  packId: string;
  version: number;
  publisherName: string;
  publisherContact: string;
  school: { name: string; aliases: string; places: string; address: string; postcode: string; website: string; handles: string };
  staff: { name: string; role?: string }[];
  pupils: string[];
  policyTitle: string;
  sections: PolicySectionDraft[];
  categories: Partial<Record<Category, CategoryChoice>>;
  terms: { text: string; category: Category }[];
  /** One per line. */
  allowedTerms: string;
  /** The pause before posting; unset: postguard's default (serious findings, staff may change it). */
  pause?: { level: PauseLevel; locked: boolean };
  /** Days saved drafts are kept; unset: postguard's default (7). */
  retentionDays?: number;
  /** `YYYY-MM-DD`: from the start of this day (UTC) the pack is refused wherever offered (issue 12, point 4). */
  expiresOn?: string;
  /**
   * The school's roster key (base64, 32 bytes; lib/rule-pack/roster-key.ts): keys
   * the hashes of pupils and private terms. IT gives it to staff browsers by
   * managed policy; made once, kept across versions so the policy stays valid.
   */
  rosterKey?: string;
  /** Put the roster key inside the pack (a file for devices without managed policy): its roster is then readable by whoever holds it. */
  embedRosterKey?: boolean;
  /** Keep the custom terms out of the pack: keyed hashes instead of words. */
  hashTerms?: boolean;
  /** Issue 15, point 6: the guards beyond drafts; unset: both on (lib/compose/request-guard.ts, pupil-conversation.ts). */
  guards?: { requests: boolean; messages: boolean };
  /** Who staff are pointed to when a child may be at risk; all empty: none in the pack. */
  safeguardingLead?: { name: string; role: string; email: string; phone: string };
  /** Session times and term dates; unset or `on: false`: no reminder. Dates one range per line. */
  sessionTimes?: SessionTimesDraft;
}

/** Session times as typed: dates one per line, "2026-09-03 to 2026-12-18" or a single day. */
export interface SessionTimesDraft {
  on: boolean;
  start: string;
  end: string;
  days: Weekday[];
  timeZone: string;
  terms: string;
  closures: string;
}

export const DEFAULT_SESSION_TIMES: SessionTimesDraft = {
  on: true, start: '08:45', end: '15:30', days: ['mon', 'tue', 'wed', 'thu', 'fri'], timeZone: 'Europe/London', terms: '', closures: '',
};

/** Only what the school changes; anything unset keeps the built-in setting. */
export interface CategoryChoice {
  enabled?: boolean;
  severity?: Severity;
  message?: string;
  /** Which sections of the school's policy findings in this category cite. */
  sections?: string[];
}

export function emptyDraft(): AuthorDraft {
  return {
    packId: '',
    version: 1,
    publisherName: '',
    publisherContact: '',
    school: { name: '', aliases: '', places: '', address: '', postcode: '', website: '', handles: '' },
    staff: [],
    pupils: [],
    policyTitle: '',
    sections: [],
    categories: {},
    terms: [],
    allowedTerms: '',
    // Made with the draft, and kept: a stored draft from before issue 12 gets one when loaded
    // (entrypoints/author/hooks.ts spreads the stored draft over emptyDraft()).
    rosterKey: newRosterKey(),
  };
}

const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const optional = (s: string) => (s.trim() ? s.trim() : undefined);
/** Leaves out empty optional fields, which the strict schema would refuse as "must not be empty". */
const compact = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;

/**
 * The pack as written, pupils still in clear (for the try-a-draft box, which runs
 * on this device). `exportablePack` hashes them.
 */
export function draftToPack(d: AuthorDraft, issuedAt: string): PackV2 {
  const school = compact({
    name: d.school.name.trim(),
    aliases: lines(d.school.aliases),
    places: lines(d.school.places),
    address: optional(d.school.address),
    postcode: optional(d.school.postcode),
    website: optional(d.school.website),
    handles: lines(d.school.handles),
  });
  const categories = Object.fromEntries(
    Object.entries(d.categories)
      .map(([c, choice]) => [c, compact({ ...choice, message: choice.message?.trim() || undefined })] as const)
      .filter(([, choice]) => Object.keys(choice).length > 0),
  );
  return compact({
    schemaVersion: 2 as const,
    id: d.packId.trim(),
    version: d.version,
    issuedAt,
    publisher: compact({ name: d.publisherName.trim() || d.school.name.trim(), contact: optional(d.publisherContact) }),
    profile: compact({ school, staff: d.staff, pupils: d.pupils }),
    // The everyday words of the school's names, which the extension needs to judge them (lib/rule-pack/name-context.ts).
    lexicons: withEverydayWords(undefined, { school }),
    policy: d.sections.length > 0 ? { title: d.policyTitle.trim() || `${d.school.name.trim()} social media policy`, sections: d.sections } : undefined,
    categories: Object.keys(categories).length > 0 ? categories : undefined,
    terms: d.terms.filter((t) => t.text.trim()),
    allowedTerms: lines(d.allowedTerms),
    pause: d.pause ? compact({ level: d.pause.level, locked: d.pause.locked || undefined }) : undefined,
    retentionDays: d.retentionDays,
    expiresAt: d.expiresOn ? `${d.expiresOn}T00:00:00Z` : undefined,
    ...beyondDrafts(d),
  });
}

/** The guards, the safeguarding lead and the session times as the pack holds them; defaults left out. */
function beyondDrafts(d: AuthorDraft): Pick<PackV2, 'guards' | 'safeguardingLead' | 'sessionTimes'> {
  const guards = d.guards && (!d.guards.requests || !d.guards.messages) ? { requests: d.guards.requests, messages: d.guards.messages } : undefined;
  const lead = d.safeguardingLead;
  const safeguardingLead = lead && Object.values(lead).some((v) => v.trim())
    ? compact({ name: lead.name.trim(), role: optional(lead.role), email: optional(lead.email), phone: optional(lead.phone) })
    : undefined;
  const st = d.sessionTimes;
  const sessionTimes = st?.on
    ? compact({ timeZone: optional(st.timeZone), days: st.days, start: st.start.trim(), end: st.end.trim(), terms: dateRanges(st.terms), closures: dateRanges(st.closures) })
    : undefined;
  return compact({ guards, safeguardingLead, sessionTimes });
}

/**
 * One range a line: "2026-09-03 to 2026-12-18", "2026-09-03 - 2026-12-18", or one day. A line
 * that is neither goes through as typed, so the schema's message names it (`terms[1].start`).
 */
export function dateRanges(text: string): { start: string; end: string }[] {
  return lines(text).map((line) => {
    const m = /^(\S+)\s*(?:to|–|—|-(?=\s))\s*(\S+)$/i.exec(line);
    return m ? { start: m[1]!, end: m[2]! } : { start: line, end: line };
  });
}

/** The draft's names that flag only in drafts about school or work, with the reason (the page lists them). */
export function nameNotices(d: AuthorDraft): NameNotice[] {
  if (!d.school.name.trim()) return [];
  return namesNeedingContext(draftToPack(d, new Date(0).toISOString()).profile);
}

/**
 * The pack to sign: checked against the schema (errors name the field), refused
 * when a clear field holds a pupil's name, pupil names (and, when asked, terms)
 * replaced by keyed hashes with a fresh salt. Needs the roster key.
 */
export function exportablePack(d: AuthorDraft, issuedAt: string): Parsed<PackV2> {
  const pack = draftToPack(d, issuedAt);
  const checked = parseWith(PackV2Schema, pack);
  if (!checked.ok || !checked.value.profile) return checked;
  // Every browser would refuse it (lib/rule-pack/freshness.ts): say so before it is signed.
  if (checked.value.expiresAt && Date.parse(checked.value.expiresAt) <= Date.parse(issuedAt)) {
    return { ok: false, errors: ['expiresAt: the expiry date must be after today, or browsers refuse the pack'] };
  }
  const leaks = findRosterNames(checked.value, d.pupils);
  if (leaks.length) return { ok: false, errors: leaks };
  const needsKey = d.pupils.length > 0 || (d.hashTerms && d.terms.length > 0);
  if (needsKey && !isRosterKey(d.rosterKey)) return { ok: false, errors: ['roster key: make the school\'s roster key first (Roster key, above)'] };
  if (!needsKey) return checked;
  const { terms, ...rest } = checked.value;
  const profile = hashPupilsInProfile(checked.value.profile, { key: d.rosterKey!, embed: d.embedRosterKey === true }, undefined, {
    hashTerms: d.hashTerms === true,
    extraTerms: terms,
  });
  return { ok: true, value: { ...(d.hashTerms ? rest : checked.value), profile } };
}
