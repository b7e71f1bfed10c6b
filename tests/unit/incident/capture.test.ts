// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { type CaptureApi, captureTab, MAX_SCREENSHOT_CHARS, MAX_SELECTED_CHARS, PART_TIMEOUT_MS, readSelection } from '../../../lib/incident/capture';

// "Report misuse" keeps a copy of the tab (Appendix A). Each part may be refused by the
// browser; the copy keeps the rest and names what is missing.

const NOW = new Date('2026-12-07T18:30:00.000Z');
const JPEG = 'data:image/jpeg;base64,/9j/AAAA';
// The browsers' own words, as seen with the built extension (lib/incident/capture.ts).
const CHROMIUM_REFUSAL = "Either the '<all_urls>' or 'activeTab' permission is required.";
const FIREFOX_REFUSAL = 'Missing activeTab permission';

function api(over: { tab?: object | null; shots?: (string | Error)[]; selection?: unknown } = {}) {
  const shots = [...(over.shots ?? [JPEG])];
  const fake = {
    tabs: {
      get: vi.fn(async () => {
        if (over.tab === null) throw new Error('No tab with id: 9');
        return { active: true, windowId: 4, url: 'https://www.facebook.com/me', title: 'Alex Example | Facebook', ...over.tab };
      }),
      captureVisibleTab: vi.fn(async () => {
        const next = shots.shift() ?? JPEG;
        if (next instanceof Error) throw next;
        return next;
      }),
    },
    scripting: {
      executeScript: vi.fn(async () => {
        if (over.selection instanceof Error) throw over.selection;
        return [{ result: over.selection ?? 'the words' }];
      }),
    },
  };
  return fake as typeof fake & CaptureApi;
}

describe('captureTab', () => {
  it('keeps the screenshot as JPEG, the address, title, time and selection', async () => {
    const browser = api();
    expect(await captureTab(browser, 9, NOW)).toEqual({
      url: 'https://www.facebook.com/me',
      pageTitle: 'Alex Example | Facebook',
      capturedAt: '2026-12-07T18:30:00.000Z',
      screenshot: { type: 'image/jpeg', dataUrl: JPEG },
      selectedText: 'the words',
      gaps: {},
    });
    expect(browser.tabs.captureVisibleTab).toHaveBeenCalledWith(4, { format: 'jpeg', quality: 70 });
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 9 }, func: readSelection });
  });

  it.each([CHROMIUM_REFUSAL, FIREFOX_REFUSAL])('says the browser did not allow a screenshot (%s) and keeps the rest', async (refusal) => {
    const capture = await captureTab(api({ shots: [new Error(refusal)] }), 9, NOW);
    expect(capture.gaps).toEqual({ screenshot: 'not-allowed' });
    expect(capture.screenshot).toBeUndefined();
    expect(capture.selectedText).toBe('the words');
  });

  it('takes no screenshot of a tab that is not the one on screen (it would show another page)', async () => {
    const browser = api({ tab: { active: false } });
    expect((await captureTab(browser, 9, NOW)).gaps).toEqual({ screenshot: 'not-shown' });
    expect(browser.tabs.captureVisibleTab).not.toHaveBeenCalled();
  });

  it('tries a lower quality for a screenshot too large to keep, then gives up saying so', async () => {
    const big = `data:image/jpeg;base64,${'A'.repeat(MAX_SCREENSHOT_CHARS)}`;
    const smaller = await captureTab(api({ shots: [big, JPEG] }), 9, NOW);
    expect(smaller.screenshot?.dataUrl).toBe(JPEG);
    const browser = api({ shots: [big, big, big] });
    expect((await captureTab(browser, 9, NOW)).gaps).toEqual({ screenshot: 'too-large' });
    expect(browser.tabs.captureVisibleTab.mock.calls.map((call) => (call as unknown[])[1])).toEqual([
      { format: 'jpeg', quality: 70 },
      { format: 'jpeg', quality: 40 },
      { format: 'jpeg', quality: 20 },
    ]);
  });

  it('says the page could not be read for its selection, or that nothing was selected', async () => {
    expect((await captureTab(api({ selection: new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.') }), 9, NOW)).gaps).toEqual({ selection: 'not-allowed' });
    expect((await captureTab(api({ selection: new Error('Frame with ID 0 was removed.') }), 9, NOW)).gaps).toEqual({ selection: 'failed' });
    const none = await captureTab(api({ selection: '  \n' }), 9, NOW);
    expect(none.gaps).toEqual({});
    expect(none.selectedText).toBeUndefined();
    expect((await captureTab(api({ selection: 'x'.repeat(MAX_SELECTED_CHARS + 50) }), 9, NOW)).selectedText).toHaveLength(MAX_SELECTED_CHARS);
  });

  it('without the address, says so; with the tab gone, keeps the time alone', async () => {
    const noUrl = await captureTab(api({ tab: { url: undefined, title: undefined } }), 9, NOW);
    expect(noUrl.url).toBeUndefined();
    expect(noUrl.gaps).toEqual({ address: 'not-allowed' });
    expect(await captureTab(api({ tab: null }), 9, NOW)).toEqual({
      capturedAt: '2026-12-07T18:30:00.000Z',
      gaps: { address: 'not-allowed', screenshot: 'failed', selection: 'failed' },
    });
  });
});

describe('captureTab on a page or browser that never answers', () => {
  const never = () => new Promise<never>(() => {});

  it('gives up a screenshot or selection that never comes, after PART_TIMEOUT_MS, and keeps the rest', async () => {
    vi.useFakeTimers();
    try {
      const browser = api();
      browser.scripting.executeScript.mockImplementation(never);
      const busyPage = captureTab(browser, 9, NOW);
      await vi.advanceTimersByTimeAsync(PART_TIMEOUT_MS);
      const capture = await busyPage;
      expect(capture.gaps).toEqual({ selection: 'failed' });
      expect(capture.screenshot?.dataUrl).toBe(JPEG);
      expect(capture.url).toBe('https://www.facebook.com/me');

      const stuck = api();
      stuck.tabs.captureVisibleTab.mockImplementation(never);
      const noShot = captureTab(stuck, 9, NOW);
      await vi.advanceTimersByTimeAsync(PART_TIMEOUT_MS);
      expect((await noShot).gaps).toEqual({ screenshot: 'failed' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the time alone when the tab itself never answers', async () => {
    vi.useFakeTimers();
    try {
      const browser = api();
      browser.tabs.get.mockImplementation(never);
      const copy = captureTab(browser, 9, NOW);
      await vi.advanceTimersByTimeAsync(PART_TIMEOUT_MS);
      expect(await copy).toEqual({ capturedAt: '2026-12-07T18:30:00.000Z', gaps: { address: 'not-allowed', screenshot: 'failed', selection: 'failed' } });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('readSelection (run in the page)', () => {
  it('reads the page selection, or the selected part of a focused text box', () => {
    document.body.innerHTML = '<p id="p">Mean words about the head</p><textarea id="t">draft with rude bit</textarea>';
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(readSelection()).toBe('Mean words about the head');
    const box = document.getElementById('t') as HTMLTextAreaElement;
    box.focus();
    box.setSelectionRange(11, 19);
    expect(readSelection()).toBe('rude bit');
  });
});
