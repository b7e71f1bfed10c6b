import { storage } from 'wxt/utils/storage';
import type { Category } from '../rules/categories';

/**
 * Every storage item the extension keeps, in one place. `local` stays on this
 * device. The session item (memory only) lives in lib/session-storage.ts, apart,
 * because content scripts may not touch `storage.session`.
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


/** True when postguard should not watch `siteKey` (a lib/sites id or a host) at time `now`. */
export function isSiteOff(settings: SiteSettings, siteKey: string, now: number): boolean {
  return settings.pausedUntil > now || settings.disabled.includes(siteKey);
}
