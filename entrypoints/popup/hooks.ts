import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { feedbackExport } from '../../components/popup';
import type { FeedbackEntry } from '../../lib/storage';

/** A storage item's value, following changes live; null until first read. */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let changed = false;
    const unwatch = item.watch((v) => {
      changed = true;
      setValue(v);
    });
    // A change seen while the first read was in flight is newer than that read.
    void item.getValue().then((v) => changed || setValue(v));
    return unwatch;
  }, [item]);
  return value;
}

export interface TargetTab {
  id: number | undefined;
  /** Undefined where postguard may not read it (no host access to the page). */
  url: string | undefined;
  /** Opened as popup.html?tab=<id> (tests): not a real popup, so never close the window. */
  fromQuery: boolean;
}

/** The tab to describe: `?tab=<id>` when given, else the active tab of this window. */
export function useTargetTab(): TargetTab | null {
  const [tab, setTab] = useState<TargetTab | null>(null);
  useEffect(() => {
    const param = new URLSearchParams(location.search).get('tab');
    if (param !== null) {
      const id = Number(param);
      void browser.tabs
        .get(id)
        .then((t) => t.url, () => undefined)
        .then((url) => setTab({ id, url, fromQuery: true }));
      return;
    }
    void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => setTab({ id: t?.id, url: t?.url, fromQuery: false }));
  }, []);
  return tab;
}

/** Whether postguard holds host access to `origin` (a site it watches, built in or added). */
export function useGranted(origin: string | null): boolean {
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    if (!origin) return;
    void browser.permissions.contains({ origins: [`${origin}/*`] }).then(setGranted, () => setGranted(false));
  }, [origin]);
  return granted;
}

/** Date.now(), refreshed when `until` passes, so "Paused until" ends on time while the popup is open. */
export function useNow(until: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    setNow(Date.now());
    const left = until - Date.now();
    if (left <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), left + 50);
    return () => clearTimeout(timer);
  }, [until]);
  return now;
}

/** A blob: URL of the "this is wrong" reports for <a download>, revoked when they change. */
export function useExportFile(entries: FeedbackEntry[] | null, pack: { id: string; version: number } | null) {
  const [file, setFile] = useState<{ href: string; name: string } | null>(null);
  useEffect(() => {
    if (!entries?.length || !pack) return setFile(null);
    const { json, fileName } = feedbackExport(entries, pack, new Date());
    const href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    setFile({ href, name: fileName });
    return () => URL.revokeObjectURL(href);
  }, [entries, pack]);
  return file;
}
