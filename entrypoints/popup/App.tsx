import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type AddSiteState, PackUpdateNotice, PageAudit, PopupView, ReportMisuse, originOf, packInfo, siteStatus, withSiteOn } from '../../components/popup';
import { findingKey } from '../../components/text';
import type { Finding } from '../../lib/analyze/types';
import { message } from '../../lib/messages';
import { RosterNotice } from '../../components/roster-notice';
import { getPackInForce } from '../../lib/pack-in-force';
import { readManagedSoon } from '../../lib/managed-via-background';
import { readRosterKeys } from '../../lib/roster-keys';
import { rosterStatus } from '../../lib/rule-pack/pupils';
import { tabReports } from '../../lib/session-storage';
import { authorisedOn, readSchoolDevice } from '../../lib/school-device';
import { feedback, packNoticeItem, schoolDeviceAuthorisedItem, siteSettings } from '../../lib/storage';
import type { Pack } from '../../rules/schema';
import { useExportFile, useGranted, useNow, useStorageItem, useTargetTab } from './hooks';
import { usePageAudit } from './page-audit';
import { useReportMisuse } from './report-misuse';

const HOUR = 60 * 60 * 1000;

/** Wiring only: reads the tab, its report and the settings, and turns clicks into storage writes and messages. */
export function App() {
  const tab = useTargetTab();
  const reports = useStorageItem(tabReports);
  const settings = useStorageItem(siteSettings);
  const feedbackEntries = useStorageItem(feedback);
  const notice = useStorageItem(packNoticeItem);
  const [pack, setPack] = useState<Pack | null>(null);
  const [rosterKeys, setRosterKeys] = useState<string[]>([]);
  const [schoolDevice, setSchoolDevice] = useState(false);
  const authorised = useStorageItem(schoolDeviceAuthorisedItem);
  const granted = useGranted(originOf(tab?.url));
  const now = useNow(settings?.pausedUntil ?? 0);
  const exportFile = useExportFile(feedbackEntries, pack);
  const [addSite, setAddSite] = useState<AddSiteState>({ kind: 'idle' });
  const [revealFailed, setRevealFailed] = useState<string | null>(null);
  // Only a watched site's tab has a content script that may hold an audit to come back to.
  const watched =
    !!tab && !!reports && !!settings && !!pack &&
    siteStatus({ url: tab.url, report: tab.id === undefined ? null : (reports[String(tab.id)] ?? null), settings, granted, askedBySchool: pack.sites?.add }).kind === 'watched';
  const audit = usePageAudit(tab, watched);
  const misuse = useReportMisuse(tab);

  useEffect(() => {
    // From the background's copy of the policy first: storage.managed's first read can take seconds.
    readManagedSoon(getPackInForce, setPack);
    readManagedSoon(readRosterKeys, setRosterKeys);
    readManagedSoon(readSchoolDevice, setSchoolDevice);
  }, []);

  if (!tab || !reports || !settings || !feedbackEntries || !pack) return null;
  const report = tab.id === undefined ? null : (reports[String(tab.id)] ?? null);
  const site = siteStatus({ url: tab.url, report, settings, granted, askedBySchool: pack.sites?.add });

  async function reveal(f: Finding) {
    if (!report?.box || tab?.id === undefined) return;
    setRevealFailed(null);
    const request = message('reveal-finding', { boxId: report.box.boxId, start: f.start, end: f.end });
    const shown = await browser.tabs.sendMessage(tab.id, request).catch(() => false);
    if (shown !== true) return setRevealFailed(findingKey(f));
    // The words are selected in the page; a real popup would otherwise sit over them.
    if (!tab.fromQuery) window.close();
  }

  async function setSiteOn(on: boolean) {
    if (site.kind !== 'watched') return;
    // Read fresh: the background may have changed the settings since this popup opened.
    await siteSettings.setValue(withSiteOn(await siteSettings.getValue(), site.key, on));
  }

  async function setPausedUntil(until: number) {
    await siteSettings.setValue({ ...(await siteSettings.getValue()), pausedUntil: until });
  }

  async function checkThisSite() {
    if (site.kind !== 'unwatched') return;
    setAddSite({ kind: 'working' });
    try {
      // Called first, inside the click: browsers grant permission prompts only to a user gesture.
      const ok = await browser.permissions.request({ origins: [`${site.origin}/*`] });
      if (!ok) return setAddSite({ kind: 'denied' });
      const reply = await browser.runtime.sendMessage(message('add-site', { origin: site.origin }));
      setAddSite(reply?.ok ? { kind: 'added' } : { kind: 'failed', error: reply?.error ?? 'no reply from postguard' });
    } catch (e) {
      setAddSite({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <PopupView
      report={report}
      policy={pack.policy}
      pack={packInfo(pack, Date.now())}
      device={{ schoolDevice, authorisedToday: authorisedOn(authorised, Date.now()) }}
      site={site}
      pausedUntil={settings.pausedUntil}
      now={now}
      addSite={addSite}
      policyUrl={browser.runtime.getURL('/policy.html')}
      privacyUrl={browser.runtime.getURL('/privacy.html')}
      feedbackCount={feedbackEntries.length}
      exportFile={exportFile}
      revealFailed={revealFailed}
      onReveal={reveal}
      onSiteOn={setSiteOn}
      onPause={() => setPausedUntil(Date.now() + HOUR)}
      onResume={() => setPausedUntil(0)}
      onAddSite={checkThisSite}
      audit={<PageAudit state={audit.state} policy={pack.policy} showFailed={audit.showFailed} onCheck={() => audit.check(site)} onFollow={() => audit.follow(site)} onStop={audit.stop} onShow={audit.show} />}
      misuse={<ReportMisuse state={misuse.state} incidentsUrl={browser.runtime.getURL('/incident.html')} onReport={() => void misuse.report()} />}
      notice={
        <>
          <RosterNotice status={rosterStatus(pack.profile, rosterKeys)} short />
          {notice && !notice.dismissed ? (
          <PackUpdateNotice
            version={notice.version}
            publisher={notice.publisher}
            changes={notice.changes}
            // Read fresh: a newer notice may have landed since this popup opened.
            onDismiss={async () => {
              const current = await packNoticeItem.getValue();
              if (current?.at === notice.at) await packNoticeItem.setValue({ ...current, dismissed: true });
            }}
          />
          ) : null}
        </>
      }
    />
  );
}
