import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ALL_MATCHES } from './lib/sites';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Every name's origin stays visible, and lib/ stays importable from Node (CLI, tests).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en_GB',
    // storage: settings and the session's draft reports; scripting: the content script
    // registered at run time for origins staff add (lib/background/added-sites.ts);
    // activeTab: the popup may read the URL of a site postguard doesn't watch yet, to offer
    // "Check this site too" (no install warning).
    permissions: ['storage', 'scripting', 'activeTab'],
    // The built-in sites again, as the content script's matches already ask for them (no
    // new install warning): without them Chromium 156 hid every tab URL from tabs.onUpdated
    // (checked with the built extension), and the background needs it to drop a draft
    // report on navigation (lib/background/tab-reports.ts).
    host_permissions: [...ALL_MATCHES],
    // Any other site staff add, asked for at the time from the popup (issue 3, point 1).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    browser_specific_settings: {
      gecko: {
        id: 'postguard@postguard.example',
        strict_min_version: '140.0',
        // No draft, and no data of any kind, leaves the browser. (Not yet in WXT's manifest type.)
        ...({ data_collection_permissions: { required: ['none'] } } as object),
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  zip: {
    excludeSources: ['tests/**', 'scripts/**', 'dist/**', '**/*.pem'],
  },
});
