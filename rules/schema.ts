import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from './categories';

/**
 * Schemas for what leadership writes. Strict everywhere: an unknown key is
 * more often a typo ("pupil" for "pupils") than a wish, and silently ignoring
 * it would leave a school believing a rule is in force when it is not.
 */
const text = z.string().trim().min(1, 'must not be empty');

export const SchoolSchema = z.strictObject({
  name: text,
  aliases: z.array(text).optional(),
  places: z.array(text).optional(),
  address: text.optional(),
  postcode: text.optional(),
  website: text.optional(),
  handles: z.array(text).optional(),
});

export const StaffSchema = z.strictObject({
  name: text,
  role: text.optional(),
});

export const TermSchema = z.strictObject({
  text,
  category: z.enum(CATEGORIES),
});

/** The school profile of the analysis contract, accepted as-is. */
export const ProfileSchema = z.strictObject({
  school: SchoolSchema,
  staff: z.array(StaffSchema).optional(),
  pupils: z.array(text).optional(),
  terms: z.array(TermSchema).optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const PolicySectionSchema = z.strictObject({
  id: text,
  title: text,
  summary: text,
  /** The school's own words for the section, when leadership pasted its policy (pack v2). */
  text: z.string().optional(),
});

export const PolicySchema = z.strictObject({
  title: text,
  source: text.optional(),
  sections: z.array(PolicySectionSchema).min(1, 'needs at least one section'),
});

export const CategorySettingsSchema = z.strictObject({
  enabled: z.boolean(),
  sections: z.array(text),
  severity: z.enum(SEVERITIES),
  /** What staff read on the card: why this matters, in a sentence. */
  message: text,
  suggestion: z.string().optional(),
});

export const ExamplesSchema = z.strictObject({
  flag: z.array(text).min(1, 'each rule needs at least one example it flags'),
  allow: z.array(text).min(1, 'each rule needs at least one example it allows'),
});

export const RuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, 'must look like category/name'),
  category: z.enum(CATEGORIES),
  detector: text,
  description: text,
  message: text.optional(),
  severity: z.enum(SEVERITIES).optional(),
  examples: ExamplesSchema,
});

const lexiconData = z.record(z.string(), z.array(text));

/** A salted hash: hex SHA-256 or HMAC-SHA256, whole or cut to 16 bytes (lib/rule-pack/pupils.ts). */
const hashHex = z.string().regex(/^[0-9a-f]{32}(?:[0-9a-f]{32})?$/, 'must be a hex SHA-256 (32 or 64 digits)');

/** A school's roster key: 32 random bytes, base64 (lib/rule-pack/roster-key.ts). */
export const rosterKeyText = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a roster key: 32 bytes in base64 (44 characters)');
/** The fingerprint of a roster key (16 hex digits of its SHA-256), so a set says which key without holding it. */
const keyIdText = z.string().regex(/^[0-9a-f]{16}$/, 'must be a roster key id (16 hex digits)');

/**
 * How a set was hashed. `hmac-sha256` (issue 12): HMAC-SHA256(roster key, salt
 * + ":" + words), the key named by `keyId` and normally NOT in the pack (it
 * reaches staff browsers by managed policy); `key` carries it inside only for a
 * pack that must work without policy, and then the set is readable by whoever
 * holds the pack. Absent `scheme`: the legacy SHA-256(salt + ":" + words), which
 * anyone holding the pack can test a list of names against; still matched, so
 * deployed packs keep working, never produced any more.
 */
const keyedFields = {
  scheme: z.enum(['sha256', 'hmac-sha256']).optional(),
  keyId: keyIdText.optional(),
  key: rosterKeyText.optional(),
};
const keyedRule = <T extends { scheme?: string; keyId?: string; key?: string }>(s: T, ctx: z.RefinementCtx) => {
  if (s.scheme === 'hmac-sha256' && !s.keyId) ctx.addIssue({ code: 'custom', path: ['keyId'], message: 'a keyed set must name its key (keyId)' });
  if (s.scheme !== 'hmac-sha256' && (s.keyId || s.key)) ctx.addIssue({ code: 'custom', path: ['scheme'], message: 'keyId and key belong to a keyed set (scheme "hmac-sha256")' });
};

/**
 * Pupil names as a distributed pack carries them: keyed hashes of the names
 * folded as the analyzer folds drafts (lib/rule-pack/pupils.ts). `names` are
 * full names; `first`, `initial` (`leo f`) and `surname` let the analyzer match
 * the same shorter forms it matches for clear names.
 */
export const PupilHashSetSchema = z.strictObject({
  ...keyedFields,
  salt: z.string().regex(/^[0-9a-f]{16,64}$/, 'must be 16-64 hex digits'),
  names: z.array(hashHex),
  first: z.array(hashHex).optional(),
  initial: z.array(hashHex).optional(),
  surname: z.array(hashHex).optional(),
  /** First words of the forms of two words or more: the analyzer hashes longer runs only from these (speed). */
  starts: z.array(hashHex).optional(),
  /** The most words in one name, so the analyzer knows how long a run of words to hash (default 3). */
  maxWords: z.number().int().min(1).max(8).optional(),
  /** How many pupils: "what changed" compares counts, as fresh salts leave nothing else to compare (lib/rule-pack/diff.ts). */
  count: z.number().int().nonnegative().optional(),
}).superRefine(keyedRule);
export type PupilHashSet = z.infer<typeof PupilHashSetSchema>;

/**
 * Terms leadership keeps out of a public pack (issue 12): each term's words
 * keyed-hashed as pupil names are, listed under its category; the analyzer
 * matches them as phrases. Same roster key as the pupils.
 */
export const TermHashSetSchema = z.strictObject({
  scheme: z.literal('hmac-sha256'),
  keyId: keyIdText,
  key: rosterKeyText.optional(),
  salt: z.string().regex(/^[0-9a-f]{16,64}$/, 'must be 16-64 hex digits'),
  terms: z.partialRecord(z.enum(CATEGORIES), z.array(hashHex)),
  /** First words of the terms of two words or more (speed, as for pupils). */
  starts: z.array(hashHex).optional(),
  maxWords: z.number().int().min(1).max(8).optional(),
});
export type TermHashSet = z.infer<typeof TermHashSetSchema>;

/**
 * The profile as a pack holds it: the contract's profile, plus pupils (and
 * private terms) as hashes. A layered pack may hold several sets (one per salt).
 */
export const PackProfileSchema = ProfileSchema.extend({
  pupilHashes: z.union([PupilHashSetSchema, z.array(PupilHashSetSchema)]).optional(),
  termHashes: z.union([TermHashSetSchema, z.array(TermHashSetSchema)]).optional(),
});
export type PackProfile = z.infer<typeof PackProfileSchema>;

export const PAUSE_LEVELS = ['info', 'warn', 'high', 'off'] as const;
export type PauseLevel = (typeof PAUSE_LEVELS)[number];

/** Sites the extension stops watching (`off`) or starts watching (`add`): match patterns or host names. */
export const SitesSchema = z.strictObject({
  off: z.array(text).optional(),
  add: z.array(text).optional(),
});

/** Pause before posting a draft with a finding of `level` or above; `off`: never pause. */
export const PauseSchema = z.strictObject({
  level: z.enum(PAUSE_LEVELS),
  locked: z.boolean().optional(),
});

/**
 * The guards beyond drafts (issue 15; contract, "Request guard" and "Messages to a pupil").
 * Each is on unless the pack switches it off: they act only for names on the roster.
 */
export const GuardsSchema = z.strictObject({
  /** Hold Confirm, Follow, Connect... for a person whose full name is a pupil's (section 6). */
  requests: z.boolean().optional(),
  /** A `pupil-contact` finding in a message box whose conversation is with a pupil (section 6). */
  messages: z.boolean().optional(),
});
export type Guards = z.infer<typeof GuardsSchema>;

/** Who staff are pointed to when a child may be at risk (section 9, Appendix A). */
export const SafeguardingLeadSchema = z.strictObject({
  name: text,
  role: text.optional(),
  email: text.optional(),
  phone: text.optional(),
});
export type SafeguardingLead = z.infer<typeof SafeguardingLeadSchema>;

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clockTime = z.string().regex(CLOCK, 'must be a time like 08:45 (24-hour)');
export const DateRangeSchema = z
  .strictObject({ start: z.iso.date('must be a date like 2026-09-03'), end: z.iso.date('must be a date like 2026-12-18') })
  .refine((r) => r.start <= r.end, { message: 'must not be before start', path: ['end'] });
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * The school's session times (section 4: staff's own devices outside them). Wall-clock times in
 * the school's time zone, so a session starts at 08:45 on both sides of a clock change
 * (lib/schedule/session-times.ts). Off unless the pack sets it.
 */
export const SessionTimesSchema = z
  .strictObject({
    /** IANA time zone; Europe/London when unset. */
    timeZone: text.refine(isTimeZone, 'must be a time zone such as Europe/London').optional(),
    /** Mon-Fri when unset. */
    days: z.array(z.enum(WEEKDAYS)).min(1, 'needs at least one day').optional(),
    start: clockTime,
    end: clockTime,
    /** Term dates, both days included; none: every week is a school week. */
    terms: z.array(DateRangeSchema).optional(),
    /** Days within terms with no session: half terms, bank holidays, training days. */
    closures: z.array(DateRangeSchema).optional(),
  })
  // Only two well-formed times are compared: '8:45' is already refused, and sorts after '15:30' as text.
  .refine((s) => !CLOCK.test(s.start) || !CLOCK.test(s.end) || s.start < s.end, { message: 'must be after start', path: ['end'] });
export type SessionTimes = z.infer<typeof SessionTimesSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A draft and the categories the pack must flag in it (none: it must flag nothing). */
export const PackExampleSchema = z.strictObject({
  text,
  expect: z.array(z.enum(CATEGORIES)),
});
export type PackExample = z.infer<typeof PackExampleSchema>;

/**
 * The pack the analyzer and the extension's pages read (schemaVersion 1): every
 * category set, every rule listed. The bundled default is one; a distributed
 * pack (schemaVersion 2, below) becomes one through lib/rule-pack/layer.ts.
 */
export const PackSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: text,
  version: z.number().int().nonnegative(),
  issuedAt: z.iso.datetime({ offset: true }).optional(),
  /** Carried over from a v2 pack (PackV2Schema.expiresAt), for the popup and options page. */
  expiresAt: z.iso.datetime({ offset: true }).optional(),
  publisher: text.optional(),
  policy: PolicySchema,
  categories: z.record(z.enum(CATEGORIES), CategorySettingsSchema),
  rules: z.array(RuleSchema),
  profile: PackProfileSchema,
  /** Words added to the built-in lexicons, by lexicon and group. */
  lexicons: z.record(z.string(), lexiconData).optional(),
  /** Words the school allows: a finding on exactly these words is dropped. */
  allowedTerms: z.array(text).optional(),
  /** Carried over from a v2 pack (see PackV2Schema), for the extension's settings. */
  sites: SitesSchema.optional(),
  pause: PauseSchema.optional(),
  retentionDays: z.number().int().min(0).max(3650).optional(),
  guards: GuardsSchema.optional(),
  safeguardingLead: SafeguardingLeadSchema.optional(),
  sessionTimes: SessionTimesSchema.optional(),
  examples: z.array(PackExampleSchema).optional(),
});
export type Pack = z.infer<typeof PackSchema>;

// ---- Rule pack v2: what leadership distributes (issue 4) ----

/** Per-category settings in a v2 pack: only what it changes; `locked` stops a pack built on it loosening them. */
export const CategoryOverrideSchema = z.strictObject({
  enabled: z.boolean().optional(),
  severity: z.enum(SEVERITIES).optional(),
  message: text.optional(),
  suggestion: z.string().optional(),
  sections: z.array(text).optional(),
  locked: z.boolean().optional(),
});
export type CategoryOverride = z.infer<typeof CategoryOverrideSchema>;

export const PublisherSchema = z.strictObject({ name: text, contact: text.optional() });

export const PackV2Schema = z.strictObject({
  schemaVersion: z.literal(2),
  /** Stable across versions: `school:christ-church-hampstead`, `trust:example`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9:._-]{0,99}$/, 'must be lowercase letters, digits and : . _ - (e.g. school:my-school)'),
  version: z.number().int().nonnegative(),
  issuedAt: z.iso.datetime({ offset: true }),
  /**
   * After this the pack is refused wherever it is offered, so an old signed pack
   * cannot be replayed for ever (issue 12, point 4). A pack already in force that
   * passes it stays in force, shown as expired (lib/rule-pack/freshness.ts).
   */
  expiresAt: z.iso.datetime({ offset: true }).optional(),
  publisher: PublisherSchema,
  /** The base pack it was built on, for provenance. */
  extends: z.strictObject({ id: text, version: z.number().int().nonnegative() }).optional(),
  /** A base (council, trust) pack may have no school of its own. */
  profile: PackProfileSchema.optional(),
  policy: PolicySchema.optional(),
  categories: z.partialRecord(z.enum(CATEGORIES), CategoryOverrideSchema).optional(),
  /** Custom terms, as the profile's `terms` (both are used). */
  terms: z.array(TermSchema).optional(),
  allowedTerms: z.array(text).optional(),
  lexicons: z.record(z.string(), lexiconData).optional(),
  sites: SitesSchema.optional(),
  pause: PauseSchema.optional(),
  retentionDays: z.number().int().min(0).max(3650).optional(),
  guards: GuardsSchema.optional(),
  safeguardingLead: SafeguardingLeadSchema.optional(),
  sessionTimes: SessionTimesSchema.optional(),
  examples: z.array(PackExampleSchema).optional(),
  /** Replaces the built-in rules when present (rarely wanted). */
  rules: z.array(RuleSchema).optional(),
});
export type PackV2 = z.infer<typeof PackV2Schema>;

/** One line per problem, each naming the field: `staff[2].name: must not be empty`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = formatPath(issue.path);
    let msg = issue.message;
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys;
      return keys.map((k) => `${where ? `${where}.` : ''}${k}: unknown field`).join('\n');
    }
    if (issue.code === 'invalid_type' && /received undefined/.test(msg)) msg = 'is required';
    return `${where || '(top level)'}: ${msg}`;
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function parseWith<T>(schema: z.ZodType<T>, data: unknown): Parsed<T> {
  const r = schema.safeParse(data);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: describeIssues(r.error) };
}
