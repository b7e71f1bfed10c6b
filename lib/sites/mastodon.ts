import type { SiteAdapter } from './types';

/**
 * Mastodon: a plain textarea composer (plus a one-line content warning field)
 * in Mastodon's own web app, the same on every instance. mastodon.social is
 * built in; other instances are added by staff and recognised by `appMarkers`.
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
 */
export const mastodon: SiteAdapter = {
  id: 'mastodon',
  name: 'Mastodon',
  matches: ['https://mastodon.social/*'],
  composeBoxes: [
    // seen in mastodon/mastodon:app/javascript/mastodon/components/autosuggest_textarea.jsx
    //   and .../features/compose/components/compose_form.jsx
    '.compose-form textarea.autosuggest-textarea__textarea', // post and reply composer
    // seen in mastodon/mastodon:app/javascript/mastodon/features/compose/components/compose_form.jsx
    '.compose-form #cw-spoiler-input', // content warning (a one-line input, but published with the post)
  ],
  postButtons: [
    // seen in mastodon/mastodon:app/javascript/mastodon/features/compose/components/compose_form.jsx (4.3 version)
    '.compose-form__submit button[type="submit"]', // Post / Reply (Mastodon 4.3+)
    // seen in mastodon/mastodon:app/javascript/mastodon/features/compose/components/compose_form.jsx (4.2 version)
    '.compose-form__publish-button-wrapper button[type="submit"]', // Publish (Mastodon 4.2 and older)
  ],
  sendsOnModEnter: true,
  audience: [
    // seen in mastodon/mastodon:app/javascript/mastodon/features/compose/components/compose_form.jsx
    //   (PrivacyDropdown first)
    '.compose-form__dropdowns > :first-child', // visibility: Public / Quiet public / Followers / Specific people (4.3+)
    // unconfirmed: mastodon/mastodon:app/javascript/mastodon/features/compose/components/privacy_dropdown.jsx
    //   (4.2) shows only privacy-dropdown__* classes
    '.compose-form .privacy-dropdown', // visibility (4.2 and older)
  ],
  appMarkers: [
    // seen in mastodon/mastodon:app/views/shared/_web_app.html.haml (#mastodon);
    //   body.app-body unconfirmed in current source
    'body.app-body #mastodon', // the web app's root element
  ],
  posts: [
    // seen in kepano/defuddle:src/extractors/mastodon.ts (.status[data-id])
    '.status', // a post in a timeline, on a profile or in a thread
    // seen in mastodon/mastodon:app/javascript/mastodon/features/status/components/detailed_status.tsx
    '.detailed-status', // the opened post at the head of a thread
  ],
  personCards: [
    // seen in mastodon/mastodon:app/javascript/mastodon/features/account_timeline/components/account_header.tsx
    '.account__header', // a profile's header with its Follow button
  ],
  personNames: [
    // seen in mastodon/mastodon:app/javascript/mastodon/features/account_timeline/components/account_header.tsx
    '.account__header__tabs__name h1', // the display name in a profile's header
  ],
  profileFields: [
    // unconfirmed: code-search hits in forks of mastodon/mastodon's account header named no repository
    '.account__header__content', // a profile's bio
    // unconfirmed: code-search hits in forks of mastodon/mastodon's account header named no repository
    '.account__header__fields', // a profile's fields ("Works at", links)
  ],
};
