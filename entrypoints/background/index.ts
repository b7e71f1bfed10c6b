import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type AddedSitesApi, watchAddedSites } from '../../lib/background/added-sites';
import { answerMessages } from '../../lib/background/router';
import { watchTabReports } from '../../lib/background/tab-reports';

export default defineBackground(() => {
  // Listeners live as long as the worker; MV3 needs them added synchronously at start.
  const { signal } = new AbortController();
  const sites: AddedSitesApi = {
    scripting: browser.scripting,
    permissions: browser.permissions,
    manifestScripts: () => browser.runtime.getManifest().content_scripts ?? [],
  };

  watchTabReports(browser.tabs, signal);
  watchAddedSites(browser, sites, signal);
  answerMessages(
    browser.runtime,
    { sites, extensionBase: browser.runtime.getURL('/'), openTab: (url) => browser.tabs.create({ url }) },
    signal,
  );
});
