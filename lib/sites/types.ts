/**
 * What one social site does differently from the generic engine (lib/dom), as
 * data. Editors are recognised by their library's markers in lib/dom, and every
 * editable box is watched anyway; an adapter only names the site's surfaces, its
 * post action and its audience picker.
 *
 * Selectors are tested against each root the finder walks (the document and each
 * open shadow root), one per line, each with a comment naming the surface
 * (tests/sites/adapters.test.ts checks both). A replaced selector stays a while
 * with a dated note, so a site that rolls a change back keeps working.
 */
export interface SiteAdapter {
  /** Stable id: the key in `siteSettings.disabled` and `TabReport.siteId`; a host name for sites staff added. */
  id: string;
  /** The site's own name for the popup (a proper noun, not translated). */
  name: string;
  /** Match patterns of the pages to run on. Paths are all `/*`: `matchOriginAsFallback` requires it. */
  matches: string[];
  /**
   * The site's known compose surfaces. Watched even where the generic rules would
   * pass them over as one-line (comment fields, titles); opt-outs and password
   * fields still win.
   */
  composeBoxes?: string[];
  /** The site's post/send/reply buttons (issue 5: the pause holds this action). */
  postButtons?: string[];
  /**
   * Accessible names (or visible text) of post buttons that carry no stable
   * attribute, in the site's English UI ("Share", "Post"); the engine looks for
   * them in the box's form or dialog. Compared whole, ignoring case.
   */
  postButtonNames?: string[];
  /** Enter sends from every box on the site (chat sites); Shift+Enter is a new line. */
  sendsOnEnter?: boolean;
  /** Boxes where Enter sends although the site's main composer takes it as a new line (comments, chats). */
  enterSendsIn?: string[];
  /** Ctrl+Enter (Cmd+Enter on macOS) posts from the main composer. */
  sendsOnModEnter?: boolean;
  /** The control that says who will see the post, so the pause can show it. */
  audience?: string[];
  /**
   * One post or comment on a timeline, profile or thread, for the popup's
   * "Check this page" (issue 5, self-audit). From public knowledge of each site's
   * markup (test ids, element names), not from any site's documentation: expect
   * to update them. Nested matches are fine (a comment inside its post): each
   * post's own text leaves out the posts inside it. Chat sites leave this out and
   * get `GENERIC_POSTS` (lib/sites/posts.ts), as do sites staff added.
   */
  posts?: string[];
  /**
   * The person card around a friend, follow or connect control (issue 15, point 1): a
   * request card, a profile header. The contract's generic cards (list item, dialog,
   * header, article) are tried after these.
   */
  personCards?: string[];
  /** The element naming a card's person (its name link or heading), looked for inside the card first. */
  personNames?: string[];
  /**
   * The header of a direct-message conversation naming the person talked to (issue 15,
   * point 2). The page title and an aria-label "Conversation with <name>" are read on any site.
   */
  conversationHeaders?: string[];
  /**
   * A profile's own fields: intro, bio, workplace, about (issue 15, point 5). "Check this
   * page" reads them besides the posts, since they can name the school or a colleague.
   */
  profileFields?: string[];
  /**
   * Marks of this site's web app, for origins staff added themselves: a Mastodon
   * instance other than mastodon.social gets the Mastodon adapter when one matches.
   */
  appMarkers?: string[];
  /** True for an origin staff added (not in the registry). */
  addedByStaff?: true;
  /**
   * A name for the box when its accessible label says little ("Post text"), taken
   * from the page's own words so it is already in the user's language.
   */
  label?(box: Element): string | undefined;
}
