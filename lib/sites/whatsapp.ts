import type { SiteAdapter } from './types';

/**
 * WhatsApp Web: the message composer is Lexical in the conversation's footer;
 * media captions have their own. Enter sends everywhere.
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
 */
export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  name: 'WhatsApp',
  matches: ['https://web.whatsapp.com/*'],
  composeBoxes: [
    // seen in unijump-ai/unijump-extension:src/lib/toolbox/websites/whatsapp.ts (#main > footer;
    //   the textbox attributes unconfirmed)
    '#main footer [contenteditable="true"][role="textbox"]', // conversation composer ("Type a message")
    // unconfirmed: no public source found
    '[contenteditable="true"][role="textbox"][aria-label^="Add a caption"]', // caption on a photo or video being sent
  ],
  postButtons: [
    // seen in wilson-pinto/auto-send:extension/content.js and Hassaan-Ehmed/ex-wa-auto-messenger:content.js
    'button[aria-label="Send"]', // send button (conversation and media caption)
    // seen in balachandra540/ERP_WMS:Presentation/ASPNET/whatsapp-auto-send/autosend.js
    '[role="button"][aria-label="Send"]', // send button, rendered as a div
  ],
  sendsOnEnter: true,
  conversationHeaders: [
    // seen in caio-ribeiro-pereira/whatscraper:scraper.js (#main > header ... span[dir="auto"])
    '#main header span[dir="auto"]', // the open chat's contact or group name
  ],
};
