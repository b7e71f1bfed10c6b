import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ReportMisuseState } from '../../components/popup';
import { captureTab } from '../../lib/incident/capture';
import { type KeepIncidentResult, message } from '../../lib/messages';
import type { TargetTab } from './hooks';

/**
 * "Report misuse" wired to the tab: the copy is taken here, in the popup, because the
 * popup holds activeTab for the tab it opened over and captureVisibleTab needs it
 * (lib/incident/capture.ts). The background keeps it; the incident page opens on it.
 */
export function useReportMisuse(tab: TargetTab | null) {
  const [state, setState] = useState<ReportMisuseState>({ kind: 'idle' });

  async function report() {
    if (tab?.id === undefined) return setState({ kind: 'refused', reason: 'failed' });
    setState({ kind: 'working' });
    // First, before anything else can change the page the person is looking at.
    const capture = await captureTab(browser, tab.id, new Date());
    const reply = (await browser.runtime.sendMessage(message('keep-incident', capture)).catch(() => null)) as KeepIncidentResult | null;
    if (!reply?.kept) return setState({ kind: 'refused', reason: reply?.reason ?? 'failed' });
    try {
      await browser.tabs.create({ url: `${browser.runtime.getURL('/incident.html')}?id=${encodeURIComponent(reply.id)}` });
    } catch {
      // The copy is kept: the person finds it from "Incidents kept on this device" below the button.
      return setState({ kind: 'unopened' });
    }
    setState({ kind: 'idle' });
    // A real popup would stay over the new tab's page; one opened as a tab (tests) stays.
    if (!tab.fromQuery) window.close();
  }

  return { state, report };
}
