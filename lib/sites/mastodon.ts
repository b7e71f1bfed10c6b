import type { SiteAdapter } from './types';

/**
 * Mastodon: a plain textarea composer (plus a one-line content warning field)
 * in Mastodon's own web app, the same on every instance. mastodon.social is
 * built in; other instances are added by staff and recognised by `appMarkers`.
 */
export const mastodon: SiteAdapter = {
  id: 'mastodon',
  name: 'Mastodon',
  matches: ['https://mastodon.social/*'],
  composeBoxes: [
    '.compose-form textarea.autosuggest-textarea__textarea', // post and reply composer
    '.compose-form #cw-spoiler-input', // content warning (a one-line input, but published with the post)
  ],
  postButtons: [
    '.compose-form__submit button[type="submit"]', // Post / Reply (Mastodon 4.3+)
    '.compose-form__publish-button-wrapper button[type="submit"]', // Publish (Mastodon 4.2 and older)
  ],
  sendsOnModEnter: true,
  audience: [
    '.compose-form__dropdowns > :first-child', // visibility: Public / Quiet public / Followers / Specific people (4.3+)
    '.compose-form .privacy-dropdown', // visibility (4.2 and older)
  ],
  appMarkers: [
    'body.app-body #mastodon', // the web app's root element
  ],
  posts: [
    '.status', // a post in a timeline, on a profile or in a thread
    '.detailed-status', // the opened post at the head of a thread
  ],
};
