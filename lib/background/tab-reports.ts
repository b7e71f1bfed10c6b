import type { TabReport } from '../messages';
import { tabReports } from '../session-storage';
import { type ExtensionEvent, inOrder, listen } from './listen';

/**
 * The latest draft report of each tab, for the popup (storage.session: memory
 * only, so drafts never reach the disk). The last report wins; a report without
 * a box clears the tab, as do closing the tab and leaving the page.
 */

const queue = inOrder();

export function recordReport(tabId: number, report: TabReport): Promise<void> {
  return report.box ? update(tabId, report) : update(tabId, null);
}

export function forgetTab(tabId: number): Promise<void> {
  return update(tabId, null);
}

function update(tabId: number, report: TabReport | null): Promise<void> {
  return queue(async () => {
    const key = String(tabId);
    const reports = await tabReports.getValue();
    if (report) return tabReports.setValue({ ...reports, [key]: report });
    if (!(key in reports)) return;
    const { [key]: _gone, ...rest } = reports;
    await tabReports.setValue(rest);
  });
}

export interface TabChange {
  status?: string;
  url?: string;
}

/**
 * True when a tab starts loading another page. The new URL shows only where
 * postguard holds a host permission, so a tab whose URL is hidden from us has
 * left the watched sites, which counts too. A reload keeps the URL and the entry;
 * the page's content script reports afresh once it finds its boxes. Seen in
 * Chromium 156: history.pushState also fires status 'loading' with the new URL,
 * so a single-page app's navigation drops the entry until the next report.
 */
export function leftPage(change: TabChange, tab: { url?: string }): boolean {
  return change.status === 'loading' && (change.url !== undefined || tab.url === undefined);
}

export interface TabEvents {
  onRemoved: ExtensionEvent<(tabId: number) => void>;
  onUpdated: ExtensionEvent<(tabId: number, change: TabChange, tab: { url?: string }) => void>;
}

/** Listeners return their work's Promise: browsers ignore it, tests can await it. */
export function watchTabReports(tabs: TabEvents, signal: AbortSignal): void {
  listen(tabs.onRemoved, (tabId) => forgetTab(tabId).catch(console.error), signal);
  listen(
    tabs.onUpdated,
    (tabId, change, tab) => (leftPage(change, tab) ? forgetTab(tabId).catch(console.error) : undefined),
    signal,
  );
}
