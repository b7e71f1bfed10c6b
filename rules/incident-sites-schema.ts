import { z } from 'zod';

/**
 * The shape of rules/incident-sites.ts: what the "Report misuse" page shows for
 * a site. Kept apart from the words so the data file stays plain data, and so
 * the extension does not need zod at run time just to show a list of steps
 * (tests/unit/incident-record.test.ts checks the data against this).
 */
const text = z.string().trim().min(1, 'must not be empty');

/** Terms and help pages are shown to staff and printed: only https, never javascript: or http:. */
export const IncidentLinkSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
});

export const IncidentSiteSchema = z.strictObject({
  /** The site's own name, as staff know it. */
  name: text,
  /** Short steps to report a post, comment or message there. */
  report: z.array(text).min(1, 'needs at least one step to report'),
  /** Short steps to block or restrict the person. */
  block: z.array(text).min(1, 'needs at least one step to block'),
  /** The site's terms of service and community standards, to cite in a report. */
  terms: z.array(IncidentLinkSchema).min(1, 'needs at least one terms or standards page'),
});

/** Keyed by the site ids of lib/sites (plus `generic`): a missing `generic` would leave other sites with nothing. */
export const IncidentSitesSchema = z
  .record(z.string().regex(/^[a-z]+$/, 'must be a lower-case site id'), IncidentSiteSchema)
  .refine((sites) => Object.hasOwn(sites, 'generic'), 'needs a generic entry for other sites');

export type IncidentLink = z.infer<typeof IncidentLinkSchema>;
export type IncidentSite = z.infer<typeof IncidentSiteSchema>;
