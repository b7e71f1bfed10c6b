import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { NUDGE_CSS, NudgeView } from '../../components/nudge';
import { compilePackSteps, createAnalyzer, type Analyzer, type Finding } from '../analyze';
import type { Pack } from '../../rules/schema';
import { BoxSession, yieldToPage, type SessionDeps } from '../dom/box-session';
import { requestModel } from '../model-client';
import { MARKS_CSS } from '../dom/marks';
import { TEXTAREA_MARKS_CSS } from '../dom/textarea-marks';
import { trustedOnly } from '../dom/trust';
import { watchComposeBoxes, type BoxWatcher } from '../dom/watch';
import { isMessage, message, type BoxReport, type SaveResult } from '../messages';
import { getPackInForce, watchPackInForce } from '../pack-in-force';
import { readRosterKeys } from '../roster-keys';
import { managedCopy, managedForPagesItem } from '../managed-via-background';
import { siteFor } from '../sites';
import { listenForAudit } from './audit';
import type { Category } from '../../rules/categories';
import { effectivePauseLevel } from '../review/pause-level';
import { openContactPause, openPause } from '../dom/pause-host';
import { setMarker } from '../dom/markers';
import { compileProfile, type CompiledProfile } from '../analyze/profile';
import { rosterPupilIn } from '../analyze/roster-name';
import { rosterSize } from '../rule-pack/pupils';
import { guardRequests, type RequestGuardDeps } from './request-guard';
import { pupilConversationFindings } from './pupil-conversation';
import { t } from '../../components/i18n';
import {
  isSiteOff, keepError, postingSettings, siteSettings, type PostingSettings, type SiteSettings,
} from '../storage';
import { guardPosting, type PauseGuardDeps } from './pause-guard';
import { NOTICE_CSS, SchoolDeviceNotice } from '../../components/notice';
import { openNotice } from '../dom/notice-host';
import { showSchoolDeviceNotice, type SchoolDeviceNoticeDeps } from './school-device-notice';

/**
 * The content script's work, wired to the browser: which site this is and
 * whether staff switched it off or paused, the analyzer (compiled on first use,
 * when a compose box is first focused), the sessions of watched boxes, reports
 * to the background for the popup, and the popup's "show me" requests.
 */

/** Quiet time after the last keystroke: the markers then update well within the contract's 1 s. */
const DEBOUNCE_MS = 250;

export async function runCompose(signal: AbortSignal): Promise<void> {
  const [settings, firstPack, firstPosting, firstKeys] = await Promise.all([siteSettings.getValue(), getPackInForce(managedCopy), postingSettings.getValue(), readRosterKeys(managedCopy)]);
  let posting: PostingSettings = firstPosting;
  let pack = firstPack;
  // The roster key from managed policy (issue 12): without it a keyed pupil list matches nothing.
  let rosterKeys = firstKeys;
  // An about:blank or srcdoc frame has no URL of its own: it belongs to its creator's origin.
  const site = siteFor(location.protocol === 'about:' ? self.origin : location.href, settings.added, document);
  const siteKey = site?.id ?? location.hostname;
  let analyzer: Promise<Analyzer> | undefined;
  let watch: { controller: AbortController; watcher: BoxWatcher<BoxSession> } | undefined;
  let resumeTimer: ReturnType<typeof setTimeout> | undefined;

  const report = (box: BoxReport | null) => {
    const sent = browser.runtime.sendMessage(message('draft-report', { siteId: site?.id ?? null, host: location.hostname, box }));
    // The worker may be starting up or reloading; the next report will reach it.
    sent.catch(() => {});
  };

  const deps: SessionDeps = {
    analyzer: () => (analyzer ??= compileInSlices(pack, rosterKeys)),
    get policy() {
      return pack.policy;
    },
    acceptEvent: trustedOnly,
    css: NUDGE_CSS + TEXTAREA_MARKS_CSS + MARKS_CSS,
    render: (mount, props) => render(props ? h(NudgeView, props) : null, mount),
    report,
    feedback: (f: Finding) => recordFeedback(f),
    nudged: (categories) => recordNudges(categories),
    openPolicy: (section) => void browser.runtime.sendMessage(message('open-policy', { section })).catch(() => {}),
    debounceMs: DEBOUNCE_MS,
    boxFindings: (box, text, ready) => {
      try {
        // The analyzer's own compiled roster: no second compile on the typing path.
        const pupilInDraftRoster = (name: string) => rosterPupilIn(ready.pack.profile, name);
        return pupilConversationFindings(box, text, { site, pack: () => pack, pupilIn: pupilInDraftRoster, message: (name) => t('conversation_pupil', name) });
      } catch (error) {
        // The draft's own findings still stand; this one is left out and the error kept.
        pauseDeps.keepError('pupil-conversation', error);
        return [];
      }
    },
  };

  const pauseDeps: PauseGuardDeps = {
    site,
    sessions: () => watch?.watcher.sessions.values() ?? [],
    level: () => effectivePauseLevel(pack.pause, posting.pauseLevel),
    policy: () => pack.policy,
    save: (text, findings) => saveForReview(siteKey, text, findings),
    acceptEvent: trustedOnly,
    keepError: (where, error) => void keepError({ at: Date.now(), where, message: String((error as Error)?.message ?? error), host: location.hostname }),
    openPause,
    // Policy section 4: the pause reminds of session times when the pack has them (issue 15, point 4).
    sessionTimes: () => pack.sessionTimes,
    now: Date.now,
  };
  const unwatchPosting = postingSettings.watch((next) => (posting = next));

  // The roster alone for the request guard, which must answer at the press itself, before any box may have
  // compiled the analyzer: compiled at the first press of a request control, and again after a new pack or key.
  let roster: CompiledProfile | undefined;
  const requestDeps: RequestGuardDeps = {
    site,
    // No roster, no pupil: a press of Follow on a pack without one never reads the card.
    enabled: () => pack.guards?.requests !== false && rosterSize(pack.profile) > 0,
    pupilIn: (text) => rosterPupilIn((roster ??= compileProfile(pack.profile, rosterKeys)), text),
    sections: () => pack.categories['pupil-contact']?.sections ?? [],
    policy: () => pack.policy,
    acceptEvent: trustedOnly,
    keepError: pauseDeps.keepError,
    openPause: openContactPause,
  };

  // Policy section 4 on a school device (managed `schoolDevice`): the quiet notice, top frame only.
  const noticeDeps: SchoolDeviceNoticeDeps = {
    site,
    watched: () => watch?.watcher.sessions.keys() ?? [],
    now: Date.now,
    acceptEvent: trustedOnly,
    authorise: () => browser.runtime.sendMessage(message('authorise-school-device', {})),
    keepError: pauseDeps.keepError,
    open: (doc, props) => openNotice(doc, 'school-device', SchoolDeviceNotice, props, NOTICE_CSS),
  };

  let current = settings;
  const apply = (s: SiteSettings) => {
    current = s;
    clearTimeout(resumeTimer);
    const off = isSiteOff(s, siteKey, location.hostname, Date.now(), pack.sites?.off);
    if (off && watch) {
      watch.controller.abort();
      watch = undefined;
    } else if (!off && !watch) {
      const controller = new AbortController();
      const scope = AbortSignal.any([signal, controller.signal]);
      const watcher = watchComposeBoxes(document, scope, (box) => new BoxSession(box, deps, scope), { acceptEvent: trustedOnly });
      watch = { controller, watcher };
      guardPosting(document, pauseDeps, scope);
      guardRequests(document, requestDeps, scope);
      if (window === window.top) showSchoolDeviceNotice(document, noticeDeps, scope);
      // Test builds only (lib/dom/markers.ts): the guards now listen, so a test waits for this, not for a time.
      setMarker(document.documentElement, 'postguardWatching', '1');
    }
    // A pause ends by itself: one timer for the moment it runs out, not a poll.
    if (s.pausedUntil > Date.now()) resumeTimer = setTimeout(() => apply(s), s.pausedUntil - Date.now() + 50);
  };
  apply(settings);
  const unwatch = siteSettings.watch((s) => apply(s));
  // Leadership pushed a new pack (issue 4): compile it on next use and check open drafts again, no reload.
  watchPackInForce((next) => {
    pack = next;
    analyzer = undefined;
    roster = undefined;
    apply(current);
    watch?.watcher.sessions.forEach((s) => s.disposed || s.schedule());
  }, signal, managedCopy);
  // IT set or changed the roster key or the locked categories (Chromium applies policy edits without
  // restart; the background copies them for content scripts): compile again.
  const onManaged = async () => {
    const [keys, next] = await Promise.all([readRosterKeys(managedCopy), getPackInForce(managedCopy)]);
    if (signal.aborted) return;
    rosterKeys = keys;
    pack = next;
    analyzer = undefined;
    roster = undefined;
    watch?.watcher.sessions.forEach((s) => s.disposed || s.schedule());
  };
  const unwatchManaged = managedForPagesItem.watch(() => void onManaged());

  // The popup needs this site's id before anyone types; subframes stay quiet so they can't clear the top frame's draft.
  if (window === window.top) report(null);
  // A single-page app's navigation makes the background drop the tab's report: send it again.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', () => watch?.watcher.sessions.forEach((s) => s.disposed || s.resend()), { signal });

  const onMessage = (msg: unknown): Promise<boolean> | undefined => {
    if (!isMessage(msg, 'reveal-finding') || !watch) return undefined;
    for (const session of watch.watcher.sessions.values()) {
      if (session.id !== msg.data.boxId || session.disposed) continue;
      const f = session.current.find((x) => x.start === msg.data.start && x.end === msg.data.end);
      return Promise.resolve(!!f && session.reveal(f.start, f.end, f.text));
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  listenForAudit(signal, () => deps.analyzer(), site);

  signal.addEventListener('abort', () => {
    clearTimeout(resumeTimer);
    unwatch();
    unwatchManaged();
    unwatchPosting();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}

async function compileInSlices(pack: Pack, keys: readonly string[]): Promise<Analyzer> {
  const log = (where: string, message: string) => void keepError({ at: Date.now(), where, message, host: location.hostname });
  // Asked now, decoded while the pack compiles; the rules alone if it fails (lib/compose/model.ts).
  const model = requestModel((e) => log('model', String((e as Error)?.message ?? e)));
  const steps = compilePackSteps(pack, keys);
  for (let step = steps.next(); ; step = steps.next()) {
    // A part that throws is survived by the analyzer and kept in the options page's error log (issue 13, point 6).
    if (step.done) return createAnalyzer(step.value, { model: await model, onFailure: (f) => log(`analysis ${f.where}`, f.message) });
    await yieldToPage();
  }
}

/** Counted by the background, the one writer: a read-change-write here lost counts when two tabs wrote at once. */
function recordNudges(categories: Category[]): void {
  browser.runtime.sendMessage(message('nudged', { categories })).catch(() => {});
}

/** "Save for review": the background keeps the draft (it is the drafts' one writer) or says why not. */
async function saveForReview(site: string, text: string, findings: readonly Finding[]): Promise<SaveResult> {
  const reply: unknown = await browser.runtime.sendMessage(message('save-draft', { site, host: location.hostname, text, findings: [...findings] }));
  const saved = (reply as SaveResult | undefined)?.saved;
  // No answer (a worker from before an update) is not a save.
  return saved === true || saved === false ? (reply as SaveResult) : { saved: false, reason: 'failed' };
}

/** "This is wrong": kept by the background, the one writer, under the pack's retention (lib/background/records.ts). */
function recordFeedback(f: Finding): void {
  const entry = { rule: f.rule, category: f.category, text: f.text, host: location.hostname };
  browser.runtime.sendMessage(message('report-wrong', entry)).catch(() => {});
}
