/**
 * The copy "Report misuse" keeps of a tab (policy Appendix A: keep a copy), taken in the
 * popup when the button is pressed: the popup holds activeTab for the tab it was opened
 * over, and captureVisibleTab needs it. Every part is optional; what could not be had is
 * named in `gaps`, so the incident page can say so plainly and carry on without it.
 *
 * What the browsers do (checked with the built extension, Chromium 156 and Firefox ESR 153):
 * captureVisibleTab needs activeTab or `<all_urls>` in both; host permission for the page
 * is not enough ("Either the '<all_urls>' or 'activeTab' permission is required." /
 * "Missing activeTab permission"). So a real popup gets a screenshot and a page opened as
 * popup.html?tab=<id> (the e2e tests) does not. Reading the selection with
 * scripting.executeScript needs only host permission, which the built-in sites have.
 */

/** Why there is no screenshot: refused by the browser, the tab was not the one on screen, too large to keep, or another error. */
export type ScreenshotGap = 'not-allowed' | 'not-shown' | 'too-large' | 'failed';
/** Why the selected text could not be read (no selection at all is not a gap: there was nothing to read). */
export type SelectionGap = 'not-allowed' | 'failed';

export interface CaptureGaps {
  /** The browser would not give the tab's address (no access to it): the person may type it in. */
  address?: 'not-allowed';
  screenshot?: ScreenshotGap;
  selection?: SelectionGap;
}

/** What the popup hands the background to keep (lib/background/incidents.ts checks it again). */
export interface IncidentCapture {
  url?: string;
  pageTitle?: string;
  /** ISO time the button was pressed. */
  capturedAt: string;
  screenshot?: { type: 'image/jpeg'; dataUrl: string };
  selectedText?: string;
  gaps: CaptureGaps;
}

/**
 * A screenshot is kept only below this many characters of data: URL (~730 kB of JPEG):
 * incidents share storage.local's 10 MiB with the pack (lib/background/incidents.ts).
 * A typical 1280x800 page is 100-250 kB at the first quality tried.
 */
export const MAX_SCREENSHOT_CHARS = 1_000_000;
/** JPEG keeps a screenshot small; a lower quality is tried when the first is too large (a big, busy screen). */
const QUALITIES = [70, 40, 20] as const;
/** Far past any post or thread a person selects; the rest would be a whole page. */
export const MAX_SELECTED_CHARS = 20_000;
/**
 * How long each part of the copy may take before it is given up as `failed`: a page busy
 * in a long script never runs executeScript's function, and nothing bounds either call
 * in either browser. Report misuse must always reach the incident page (fail open).
 */
export const PART_TIMEOUT_MS = 5_000;

/** `work`, or `fallback` if it has not settled within `ms`. */
function within<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The slice of the browser the capture needs (the popup passes `browser`; tests a fake). */
export interface CaptureApi {
  tabs: {
    get(tabId: number): Promise<{ active?: boolean; windowId?: number; url?: string; title?: string }>;
    captureVisibleTab(windowId: number, options: { format: 'jpeg'; quality: number }): Promise<string>;
  };
  scripting: {
    executeScript(injection: { target: { tabId: number }; func: () => string }): Promise<{ result?: unknown }[]>;
  };
}

/** How both browsers word a refusal for lack of access (activeTab, host permission, a protected page). */
function refusal(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /permission|cannot access|cannot be scripted|not allowed|missing host/i.test(text);
}

/**
 * Runs in the page (scripting.executeScript): the selection, or the selected part of a
 * text box, whose selection getSelection() does not report in Firefox.
 */
export function readSelection(): string {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) return value.slice(selectionStart, selectionEnd);
  }
  return document.getSelection()?.toString() ?? '';
}

async function screenshotOf(api: CaptureApi, tab: { active?: boolean; windowId?: number }): Promise<IncidentCapture['screenshot'] | ScreenshotGap> {
  // captureVisibleTab shows whatever tab is in front of the window: only that tab is evidence of this one.
  if (!tab.active || tab.windowId === undefined) return 'not-shown';
  try {
    for (const quality of QUALITIES) {
      const dataUrl = await api.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality });
      if (dataUrl.length <= MAX_SCREENSHOT_CHARS) return { type: 'image/jpeg', dataUrl };
    }
    return 'too-large';
  } catch (error) {
    return refusal(error) ? 'not-allowed' : 'failed';
  }
}

async function selectionOf(api: CaptureApi, tabId: number): Promise<string | SelectionGap> {
  try {
    // The top frame only: a frame of another origin may be out of reach, and one refusal would lose the rest.
    const [first] = await api.scripting.executeScript({ target: { tabId }, func: readSelection });
    return typeof first?.result === 'string' ? first.result.slice(0, MAX_SELECTED_CHARS) : 'failed';
  } catch (error) {
    return refusal(error) ? 'not-allowed' : 'failed';
  }
}

/**
 * Takes the copy of tab `tabId` at `now`; never throws (a tab already closed gives just the
 * time and its gaps), and never takes much over PART_TIMEOUT_MS twice (the tab, then the parts).
 */
export async function captureTab(api: CaptureApi, tabId: number, now: Date): Promise<IncidentCapture> {
  const capture: IncidentCapture = { capturedAt: now.toISOString(), gaps: {} };
  const tab = await within(api.tabs.get(tabId).catch(() => null), PART_TIMEOUT_MS, null);
  if (!tab) return { ...capture, gaps: { address: 'not-allowed', screenshot: 'failed', selection: 'failed' } };
  const [shot, selected] = await Promise.all([
    within(screenshotOf(api, tab), PART_TIMEOUT_MS, 'failed' as const),
    within(selectionOf(api, tabId), PART_TIMEOUT_MS, 'failed' as const),
  ]);
  if (tab.url) capture.url = tab.url;
  else capture.gaps.address = 'not-allowed';
  if (tab.title) capture.pageTitle = tab.title;
  if (typeof shot === 'object') capture.screenshot = shot;
  else capture.gaps.screenshot = shot;
  if (selected === 'not-allowed' || selected === 'failed') capture.gaps.selection = selected;
  else if (selected.trim() !== '') capture.selectedText = selected;
  return capture;
}
