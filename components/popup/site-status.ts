import type { TabReport } from '../../lib/messages';
import type { SiteSettings } from '../../lib/storage';

/** What the popup can say and do about the tab's site. */
export type SiteStatus =
  | { kind: 'unsupported' }
  /** `key` is what siteSettings.disabled holds: the lib/sites id, or the host of an added site. */
  | { kind: 'watched'; host: string; origin: string | null; key: string; on: boolean }
  /** `askedBySchool`: leadership's pack lists this site (`sites.add`); staff grant access with one click. */
  | { kind: 'unwatched'; host: string; origin: string; askedBySchool: boolean };

export interface SiteFacts {
  /** The tab's URL when the popup may read it (host permission or activeTab). */
  url: string | undefined;
  report: TabReport | null;
  settings: SiteSettings;
  /** permissions.contains for the origin: true where postguard holds host access. */
  granted: boolean;
  /** The pack's `sites.add`: origins or hosts leadership wants checked. */
  askedBySchool?: readonly string[];
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
export function siteStatus({ url, report, settings, granted, askedBySchool = [] }: SiteFacts): SiteStatus {
  const origin = originOf(url);
  const host = report?.host ?? (origin ? new URL(origin).host : null);
  if (!host) return { kind: 'unsupported' };
  const watched = report !== null || granted || (origin !== null && settings.added.includes(origin));
  if (!watched) {
    if (!origin) return { kind: 'unsupported' };
    // A pack can't grant host access itself (MV3 asks the person): it can ask them to.
    return { kind: 'unwatched', host, origin, askedBySchool: askedBySchool.some((s) => s === origin || s === host) };
  }
  const key = report?.siteId ?? host;
  return { kind: 'watched', host, origin, key, on: !settings.disabled.includes(key) };
}

/** Settings with `key` switched on or off (the other sites untouched). */
export function withSiteOn(settings: SiteSettings, key: string, on: boolean): SiteSettings {
  const others = settings.disabled.filter((k) => k !== key);
  return { ...settings, disabled: on ? others : [...others, key] };
}
