import type { TabReport } from '../../lib/messages';
import type { SiteSettings } from '../../lib/storage';

/** What the popup can say and do about the tab's site. */
export type SiteStatus =
  | { kind: 'unsupported' }
  /** `key` is what siteSettings.disabled holds: the lib/sites id, or the host of an added site. */
  | { kind: 'watched'; host: string; origin: string | null; key: string; on: boolean }
  | { kind: 'unwatched'; host: string; origin: string };

export interface SiteFacts {
  /** The tab's URL when the popup may read it (host permission or activeTab). */
  url: string | undefined;
  report: TabReport | null;
  settings: SiteSettings;
  /** permissions.contains for the origin: true where postguard holds host access. */
  granted: boolean;
}

export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * A report from the tab proves a content script is watching it; otherwise an
 * origin staff added, or one postguard holds host access to, is watched.
 */
export function siteStatus({ url, report, settings, granted }: SiteFacts): SiteStatus {
  const origin = originOf(url);
  const host = report?.host ?? (origin ? new URL(origin).host : null);
  if (!host) return { kind: 'unsupported' };
  const watched = report !== null || granted || (origin !== null && settings.added.includes(origin));
  if (!watched) return origin ? { kind: 'unwatched', host, origin } : { kind: 'unsupported' };
  const key = report?.siteId ?? host;
  return { kind: 'watched', host, origin, key, on: !settings.disabled.includes(key) };
}

/** Settings with `key` switched on or off (the other sites untouched). */
export function withSiteOn(settings: SiteSettings, key: string, on: boolean): SiteSettings {
  const others = settings.disabled.filter((k) => k !== key);
  return { ...settings, disabled: on ? others : [...others, key] };
}
