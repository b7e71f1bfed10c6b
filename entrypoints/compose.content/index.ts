import { defineContentScript } from 'wxt/utils/define-content-script';

// Placeholder until the in-page nudges land (issue 3). Matches stay narrow until then.
export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  main() {},
});
