import { storage } from 'wxt/utils/storage';
import type { Category } from '../rules/categories';
import type { TabReport } from './messages';

/**
 * Every storage item the extension keeps, in one place. `local` stays on this
 * device; `session` is memory only and is cleared when the browser closes (the
 * findings of the draft being written live there, never on disk).
 */

export interface SiteSettings {
  /** lib/sites ids (or host names of added sites) staff have switched off. */
  disabled: string[];
  /** Date.now() until which every site is paused; 0 when not paused. */
  pausedUntil: number;
  /** Origins staff added ("https://forum.example.org"), granted through optional host permissions. */
  added: string[];
}

export const siteSettings = storage.defineItem<SiteSettings>('local:site-settings', {
  fallback: { disabled: [], pausedUntil: 0, added: [] },
  version: 1,
});

/** "This is wrong" reports, kept on the device until staff export them for leadership. */
export interface FeedbackEntry {
  rule: string;
  category: Category;
  /** The words that were marked, as typed. */
  text: string;
  host: string;
  /** ISO time. */
  at: string;
}

export const feedback = storage.defineItem<FeedbackEntry[]>('local:feedback', { fallback: [], version: 1 });

/** The latest report of each tab, keyed by tab id (see lib/messages.ts). */
export const tabReports = storage.defineItem<Record<string, TabReport>>('session:tab-reports', { fallback: {} });

/** True when postguard should not watch `siteKey` (a lib/sites id or a host) at time `now`. */
export function isSiteOff(settings: SiteSettings, siteKey: string, now: number): boolean {
  return settings.pausedUntil > now || settings.disabled.includes(siteKey);
}
