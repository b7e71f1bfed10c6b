import type { SiteAdapter } from './types';

/**
 * WhatsApp Web: the message composer is Lexical in the conversation's footer;
 * media captions have their own. Enter sends everywhere.
 */
export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  name: 'WhatsApp',
  matches: ['https://web.whatsapp.com/*'],
  composeBoxes: [
    '#main footer [contenteditable="true"][role="textbox"]', // conversation composer ("Type a message")
    '[contenteditable="true"][role="textbox"][aria-label^="Add a caption"]', // caption on a photo or video being sent
  ],
  postButtons: [
    'button[aria-label="Send"]', // send button (conversation and media caption)
    '[role="button"][aria-label="Send"]', // send button, rendered as a div
  ],
  sendsOnEnter: true,
};
