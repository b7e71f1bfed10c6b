import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ALL_MATCHES } from './lib/sites';

/**
 * Chromium-only manifest keys; Firefox refuses `key` and takes managed values from
 * policies.json without a schema (toolchain notes, enterprise deployment).
 * - key: the PUBLIC half of an RSA key kept out of the repository and its sources zip, so the
 *   extension id is the same on every machine: kkcjfhkmomneldgnngobegpiegodjjkd.
 *   An enterprise policy names the extension by that id.
 * - storage.managed_schema: what leadership may set through policy (public/managed_schema.json);
 *   Chromium drops values of the wrong type or not in the schema.
 * - minimum_chrome_version 137: rule-pack signatures are checked with WebCrypto Ed25519
 *   (lib/rule-pack/sign.ts), which Chrome ships from 137 on; an older Chrome would refuse
 *   every signed pack (issue 12, point 11). Firefox: Ed25519 since 129 (MDN), below the
 *   gecko strict_min_version 140 set below; checked working in Firefox ESR 153 (toolchain notes).
 */
const CHROMIUM_ONLY = {
  minimum_chrome_version: '137',
  key:
    'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu5JTbr9Bp3o/uzGeXP+AKwYyPb51cMs9qlguSielI8DeUkFwr56GrHUjHBamTY2ML1OAQzgVjMQ5fhoRRrw4UPRseAGWq2oMjEX+1U3BaBSClCxkLjYQ/sW0b4yoD9yS1mm70cmT9CP6AGk5lydh54i12LWzDr+Bz3UXJDRgD2/Elf7s5HE/qqN2ZIvP04ofAXK0lFaKNvekw79kc6UWrES3HqCf8Asa1sAbcoBGZnsA2tb+c6aUOZnC+K3kZ15WcCtKbGdfBxVfrLrNkAXth2DW0hES8xpEbHZlX1xdWCBqR9T+RtD5HfvVeJQtPZ/DX2lPN6th/1zrabm0u63acQIDAQAB',
  storage: { managed_schema: 'managed_schema.json' },
};

/**
 * `POSTGUARD_MARKERS=1` (npm run build:markers) makes the test build: the contract's
 * `data-*` markers and open shadow roots (lib/dom/markers.ts; issue 12, point 2). It goes
 * to its own folder, so `.output/chrome-mv3` and `.output/firefox-mv3` are always the
 * stores' build, without them.
 */
const MARKERS = process.env.POSTGUARD_MARKERS === '1';

/**
 * `POSTGUARD_STORE=1` (npm run zip) makes the stores' packages, in `.output/store`: without
 * the manifest `key`, since each store gives its listing an id of its own and the Chrome Web
 * Store refuses a package that carries one (issue 14, point 3). Everything else is the same.
 */
const STORE = process.env.POSTGUARD_STORE === '1';

// https://wxt.dev/api/config.html
export default defineConfig({
  outDir: MARKERS ? '.output/markers' : STORE ? '.output/store' : '.output',
  // Every name's origin stays visible, and lib/ stays importable from Node (CLI, tests).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()], define: { __POSTGUARD_MARKERS__: JSON.stringify(MARKERS) } }),
  // A function so Chromium-only keys stay out of the Firefox manifest (below).
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en_GB',
    // storage: settings and the session's draft reports; scripting: the content script
    // registered at run time for origins staff add (lib/background/added-sites.ts);
    // activeTab: the popup may read the URL of a site postguard doesn't watch yet, to offer
    // "Check this site too" (no install warning).
    // alarms: the pack URL is checked again every `updateIntervalMinutes` (lib/background/packs).
    permissions: ['storage', 'scripting', 'activeTab', 'alarms'],
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
    ...(browser === 'firefox' ? {} : STORE ? { ...CHROMIUM_ONLY, key: undefined } : CHROMIUM_ONLY),
  }),
  zip: {
    excludeSources: ['tests/**', 'scripts/**', 'dist/**', '**/*.pem'],
  },
});
