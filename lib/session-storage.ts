import { storage } from 'wxt/utils/storage';
import type { TabReport } from './messages';

/**
 * The latest report of each tab, keyed by tab id (see lib/messages.ts). Memory
 * only (`storage.session`, cleared when the browser closes), so the findings of
 * a draft being written never reach the disk. Kept out of lib/storage.ts because
 * Chromium refuses `storage.session` in content scripts ("Access to storage is
 * not allowed from this context"), and only the background and the popup need it.
 */
export const tabReports = storage.defineItem<Record<string, TabReport>>('session:tab-reports', { fallback: {} });
