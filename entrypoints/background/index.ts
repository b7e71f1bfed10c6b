import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type AddedSitesApi, watchAddedSites } from '../../lib/background/added-sites';
import { acceptWithCore, describeWithCore } from '../../lib/background/packs/pipeline';
import { effectiveSettings, readManagedPolicy } from '../../lib/background/packs/policy';
import { startPackUpdates } from '../../lib/background/packs/start';
import { migrateToPrivateStore } from '../../lib/background/private-migration';
import { createPackUpdater } from '../../lib/background/packs/updater';
import { createIncidentStore } from '../../lib/background/incidents';
import { inOrder } from '../../lib/background/listen';
import { startRetention } from '../../lib/background/retention';
import { createRecordsStore } from '../../lib/background/records';
import { createSpaceFreer } from '../../lib/background/room';
import { answerMessages } from '../../lib/background/router';
import { boundedManaged, copyManagedForPages, MANAGED_TIMEOUT_MS } from '../../lib/managed-via-background';
import { recordAuthorisedToday } from '../../lib/school-device';
import { watchTabReports } from '../../lib/background/tab-reports';
import { packSettingsItem } from '../../lib/storage';
import type { WeightsFile } from '../../lib/analyze/model/weights';
import weights from '../../rules/model/weights.json';
import clusters from '../../rules/model/word-clusters.json';

export default defineBackground(() => {
  // Listeners live as long as the worker; MV3 needs them added synchronously at start.
  const { signal } = new AbortController();
  const sites: AddedSitesApi = {
    scripting: browser.scripting,
    permissions: browser.permissions,
    manifestScripts: () => browser.runtime.getManifest().content_scripts ?? [],
  };

  // The one queue for every read-change-write of the records kept in storage.local (drafts, incidents, and space freed for a pack).
  const records = inOrder();

  // Keys, authoring draft and pack settings leave storage.local, which content scripts share (issue 12, point 5).
  const migrated = migrateToPrivateStore(browser.storage.local).catch((e) => console.warn('postguard: moving settings to the private store failed', e));
  // Leadership's packs: managed policy over the private store's settings (never storage.local), read fresh
  // each time (policy can change any time), and only once settings from before the move are in place.
  const packSettings = async () => {
    await migrated;
    // Bounded: a read that never answers would hold every check after it (a check that times out is tried again later).
    return effectiveSettings(await readManagedPolicy(boundedManaged(browser.storage.managed, 3 * MANAGED_TIMEOUT_MS)), await packSettingsItem.getValue());
  };
  const packs = createPackUpdater({
    accept: acceptWithCore,
    describeChanges: describeWithCore,
    // The only request postguard makes: the pack URL leadership configured (no draft text, no cookies).
    fetch: (url, init) => fetch(url, init),
    settings: packSettings,
    now: Date.now,
    freeSpace: createSpaceFreer(records),
  });

  const drafts = startRetention({ alarms: browser.alarms, now: Date.now }, signal, records);
  const reports = createRecordsStore(records, Date.now);
  const incidents = createIncidentStore(records, Date.now, () => crypto.randomUUID());
  watchTabReports(browser.tabs, signal);
  watchAddedSites(browser, sites, signal);
  // Content scripts read the managed values they need from this copy, never storage.managed (lib/managed-via-background.ts).
  const copyManaged = () => void copyManagedForPages(browser.storage.managed).catch((e) => console.warn('postguard: could not copy the managed policy', e));
  copyManaged();
  browser.storage.onChanged.addListener((_changes, area) => area === 'managed' && copyManaged());
  answerMessages(
    browser.runtime,
    {
      sites,
      extensionBase: browser.runtime.getURL('/'),
      openTab: (url) => browser.tabs.create({ url }),
      packs,
      drafts,
      records: reports,
      incidents,
      modelData: () => ({ weights: weights as unknown as WeightsFile, clusters }),
      authoriseSchoolDevice: () => recordAuthorisedToday(Date.now()),
    },
    signal,
  );
  startPackUpdates(
    { alarms: browser.alarms, onStorageChanged: browser.storage.onChanged, onStartup: browser.runtime.onStartup, settings: packSettings, now: Date.now },
    packs,
    signal,
  );
});
