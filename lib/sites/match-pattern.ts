/**
 * Match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns),
 * the subset postguard uses: `http`, `https` or `*` scheme, a host that is exact
 * or `*.`-prefixed, no port, any path glob. Parsing and matching here let Node
 * tests check every adapter's patterns and let `siteFor` agree with the browser.
 */
export interface MatchPattern {
  schemes: readonly string[];
  /** Lower-case host without the `*.`; '' for any host. */
  host: string;
  /** `*.example.org`: example.org and every subdomain. */
  subdomains: boolean;
  /** Matched against the path and query, as browsers do. */
  path: RegExp;
}

const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)(\/.*)$/;

export function parseMatchPattern(pattern: string): MatchPattern | null {
  const parts = PATTERN.exec(pattern);
  if (!parts) return null;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const glob = path.split('*').map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return {
    schemes: scheme === '*' ? ['http:', 'https:'] : [`${scheme}:`],
    host: host === '*' ? '' : host.replace(/^\*\./, ''),
    subdomains: host.startsWith('*'),
    path: new RegExp(`^${glob.join('.*')}$`),
  };
}

export function urlMatches(pattern: MatchPattern, url: URL): boolean {
  if (!pattern.schemes.includes(url.protocol)) return false;
  const host = url.hostname.toLowerCase();
  const hostOk =
    pattern.host === '' || host === pattern.host || (pattern.subdomains && host.endsWith(`.${pattern.host}`));
  return hostOk && pattern.path.test(url.pathname + url.search);
}

/**
 * The origin staff typed or the popup saw ("https://forum.example.org/t/1" or
 * "forum.example.org/") as a bare origin, or null when it is not an http(s) site.
 */
export function normaliseOrigin(input: string): string | null {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname) return null;
  return url.origin;
}

/**
 * The match pattern granted and registered for an added origin. Ports are left
 * out (Firefox's patterns have none; Chromium's portless pattern matches any),
 * so the popup must request exactly this pattern in `permissions.request`.
 */
export function originPattern(origin: string): string | null {
  const normal = normaliseOrigin(origin);
  return normal ? `${new URL(normal).protocol}//${new URL(normal).hostname}/*` : null;
}
