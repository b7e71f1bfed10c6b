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

export const PackSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: text,
  version: z.number().int().nonnegative(),
  issuedAt: z.iso.datetime({ offset: true }).optional(),
  publisher: text.optional(),
  policy: PolicySchema,
  categories: z.record(z.enum(CATEGORIES), CategorySettingsSchema),
  rules: z.array(RuleSchema),
  profile: ProfileSchema,
  /** Words added to the built-in lexicons, by lexicon and group. */
  lexicons: z.record(z.string(), lexiconData).optional(),
  /** Words the school allows: a finding on exactly these words is dropped. */
  allowedTerms: z.array(text).optional(),
});
export type Pack = z.infer<typeof PackSchema>;

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
