import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { type MatchPattern, originPattern, parseMatchPattern, urlMatches } from './match-pattern';
import { messenger } from './messenger';
import { pinterest } from './pinterest';
import { reddit } from './reddit';
import { threads } from './threads';
import { tiktok } from './tiktok';
import type { SiteAdapter } from './types';
import { whatsapp } from './whatsapp';
import { x } from './x';
import { youtube } from './youtube';

export type { SiteAdapter } from './types';
export { normaliseOrigin, originPattern } from './match-pattern';

/** Every built-in site, in the order the popup lists them (issue 3, point 1). */
export const SITES: readonly SiteAdapter[] = [
  facebook,
  messenger,
  instagram,
  x,
  linkedin,
  threads,
  tiktok,
  reddit,
  bluesky,
  mastodon,
  youtube,
  whatsapp,
  pinterest,
];

/** The content script's manifest `matches` (and, for tab URLs, `host_permissions`). */
export const ALL_MATCHES: readonly string[] = [...new Set(SITES.flatMap((site) => site.matches))];

const COMPILED: ReadonlyArray<readonly [SiteAdapter, MatchPattern[]]> = SITES.map((site) => [
  site,
  site.matches.map((pattern) => parseMatchPattern(pattern)).filter((parsed) => parsed !== null),
]);

function toUrl(url: string | URL): URL | null {
  try {
    const parsed = new URL(url);
    // A blob: URL's origin is its creator's (blob:https://x.com/uuid); about:blank
    // frames have none in the URL: callers pass `self.origin` for those.
    return parsed.protocol === 'blob:' ? new URL(parsed.pathname) : parsed;
  } catch {
    return null;
  }
}

/**
 * The adapter for a page, or null when postguard does not watch it.
 * `added`: origins staff added (siteSettings.added). `page`: the document, so an
 * added origin running a known web app (a Mastodon instance) gets its adapter.
 */
export function siteFor(
  url: string | URL,
  added: readonly string[] = [],
  page?: Pick<ParentNode, 'querySelector'>,
): SiteAdapter | null {
  const target = toUrl(url);
  if (!target) return null;
  for (const [site, patterns] of COMPILED) {
    if (patterns.some((pattern) => urlMatches(pattern, target))) return site;
  }
  for (const origin of added) {
    const pattern = originPattern(origin);
    const parsed = pattern ? parseMatchPattern(pattern) : null;
    if (pattern && parsed && urlMatches(parsed, target)) return addedSite(target.hostname, pattern, page);
  }
  return null;
}

function addedSite(host: string, pattern: string, page?: Pick<ParentNode, 'querySelector'>): SiteAdapter {
  const app = page && SITES.find((site) => site.appMarkers?.some((marker) => page.querySelector(marker)));
  const base = app ? { ...app, name: `${app.name} (${host})` } : { name: host };
  return { ...base, id: host, matches: [pattern], addedByStaff: true };
}
