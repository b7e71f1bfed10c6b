import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

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
    permissions: ['storage'],
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
