import { storage } from 'wxt/utils/storage';
import { definePrivateItem } from './private-store';
import type { Category } from '../rules/categories';
import type { NudgeEvent } from './review/nudge-stats';
import type { SavedDraft } from './review/retention';
import type { StoredIncident } from './incident/kept';
import type { Pack, PauseLevel } from '../rules/schema';

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


/**
 * True when postguard should not watch `siteKey` (a lib/sites id or a host) on `host` at time
 * `now`: staff paused or switched the site off, or leadership's pack lists it in `sites.off`
 * (by site id or host name), which staff can't undo.
 */
export function isSiteOff(settings: SiteSettings, siteKey: string, host: string, now: number, packOff: readonly string[] = []): boolean {
  return settings.pausedUntil > now || settings.disabled.includes(siteKey) || packOff.some((key) => key === siteKey || key === host);
}

// ---- Rule packs pushed by leadership (issue 4; written by lib/background/packs) ----

/** Where a pack came from: the extension itself, the managed policy's inline pack, the pack URL, or a file IT imported. */
export type PackSource = 'bundled' | 'managed-inline' | 'url' | 'file';

/** A pack that passed the accept pipeline, with what staff and IT are shown about it. */
export interface StoredPack {
  /** The runtime pack the analyzer and pages read. */
  pack: Pack;
  /** The pack as published (schema v2), for describeChanges; absent for the bundled pack. */
  document?: unknown;
  source: PackSource;
  version: number;
  publisher: string;
  /** The signing key's id (lib/rule-pack/sign.ts); null when policy allowed an unsigned pack. */
  keyId: string | null;
  /** Date.now() when it was accepted. */
  acceptedAt: number;
}

/** The pack in force (null: the bundled DEFAULT_PACK) and the one it replaced, kept for "what changed". */
export const packInForceItem = storage.defineItem<StoredPack | null>('local:pack-in-force', { fallback: null, version: 1 });
export const previousPackItem = storage.defineItem<StoredPack | null>('local:pack-previous', { fallback: null, version: 1 });

/** What the last attempt from one source did; `stage` and `reason` come from the accept pipeline. */
export interface SourceStatus {
  /** Date.now() of the last check or import. */
  lastCheck: number;
  /** accepted: now in force; unchanged: same bytes as before (or HTTP 304); refused: the pack in force stayed. */
  lastResult: 'accepted' | 'unchanged' | 'refused';
  stage?: string;
  reason?: string;
  /** The version of the pack that was looked at, when it could be read. */
  version?: number;
  /** The pack URL this status is about (url source only): a new URL starts over. */
  url?: string;
  etag?: string;
  lastModified?: string;
  /** SHA-256 (hex) of the bytes last looked at: the same bytes again are "unchanged", not "not newer". */
  bodyHash?: string;
}

export type PackStatus = Partial<Record<Exclude<PackSource, 'bundled'>, SourceStatus>>;

export const packStatusItem = storage.defineItem<PackStatus>('local:pack-status', { fallback: {}, version: 1 });

/** "School rules updated to version N", shown by the popup until staff dismiss it (set `dismissed`). */
export interface PackNotice {
  version: number;
  publisher: string;
  /** describeChanges(previous, new): plain-word lines. */
  changes: string[];
  at: number;
  dismissed: boolean;
}

export const packNoticeItem = storage.defineItem<PackNotice | null>('local:pack-notice', { fallback: null, version: 1 });

/**
 * Where to look for packs on a device without a managed policy (set from the options
 * page, or by the e2e tests). A managed policy's values win field by field, and a
 * managed `trustedKeys` replaces these keys rather than adding to them: staff must not
 * be able to trust a key of their own on a managed device.
 */
export interface PackSettings {
  packUrl?: string;
  trustedKeys?: string[];
  allowUnsigned?: boolean;
  updateIntervalMinutes?: number;
}

/**
 * In the private store (lib/private-store.ts), not storage.local: every content script
 * can read AND write storage.local, and these settings decide which packs are trusted
 * (issue 12, point 5). Only extension pages and the background reach it.
 */
export const packSettingsItem = definePrivateItem<PackSettings>('pack-settings', {});

/** Drafts staff saved for review before posting (issue 5), kept until the pack's retention runs out. */
export const savedDrafts = storage.defineItem<SavedDraft[]>('local:saved-drafts', { fallback: [], version: 1 });

/**
 * Misuse incidents from "Report misuse" (policy section 9 and Appendix A): the copy kept and
 * the person's answers, until the pack's retention runs out (lib/incident/kept.ts). Written
 * only by the background (lib/background/incidents.ts); leaves the device only in a file the
 * person exports.
 */
export const incidents = storage.defineItem<StoredIncident[]>('local:incidents', { fallback: [], version: 1 });

/** The writer's own nudges by category, no text, for the review page's 30-day chart (issue 5). */
export const nudgeEvents = storage.defineItem<NudgeEvent[]>('local:nudge-events', { fallback: [], version: 1 });

// ---- The pause before posting (issue 5) ----

/** Staff's own choices about the pause; the pack's locked level still wins (lib/review/pause-level.ts). */
export interface PostingSettings {
  /** Pause at findings of this severity or above; undefined: the pack's level. */
  pauseLevel?: PauseLevel;
}

export const postingSettings = storage.defineItem<PostingSettings>('local:posting-settings', { fallback: {}, version: 1 });

/**
 * Errors inside the extension that were stepped around (the pause fails open: the post goes
 * ahead as if postguard were not installed). Kept on this device only, newest last, for the
 * options page's diagnostics; never any draft text.
 */
export interface ErrorEntry {
  at: number;
  /** Where it happened ("pause"). */
  where: string;
  message: string;
  host: string;
}

export const MAX_ERRORS = 50;

export const errorLog = storage.defineItem<ErrorEntry[]>('local:error-log', { fallback: [], version: 1 });

/** Appends to the error log, keeping the newest MAX_ERRORS; never throws (it runs while failing open). */
export async function keepError(entry: ErrorEntry): Promise<void> {
  try {
    const log = await errorLog.getValue();
    await errorLog.setValue([...log, entry].slice(-MAX_ERRORS));
  } catch {
    // Storage itself is failing: nothing more can be kept.
  }
}

// ---- School devices (issue 15, point 4; policy section 4) ----

/**
 * The person's own word that leadership authorised their social media use on this school
 * device, for one day: "I'm authorised (today)" on the school-device notice. Their say-so,
 * not a check: it only quietens the notice until the next local day (lib/school-device.ts).
 * Written by the background only.
 */
export interface SchoolDeviceAuthorised {
  /** The browser's local date it holds for, YYYY-MM-DD. */
  date: string;
  /** Date.now() when it was given. */
  at: number;
}

export const schoolDeviceAuthorisedItem = storage.defineItem<SchoolDeviceAuthorised | null>('local:school-device-authorised', { fallback: null, version: 1 });
