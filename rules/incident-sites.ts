import type { IncidentLink, IncidentSite } from './incident-sites-schema';

/**
 * What to do about misuse on each site (policy section 7 and Appendix A: keep a
 * copy, report it on the site citing its terms, block, log it for the school).
 * Words are data: the "Report misuse" page and the printed record read them
 * from here. Keys are the ids in lib/sites (tests check they match).
 *
 * Menus move, so steps name what to look for ("the post's ⋯ menu") rather than
 * exact paths. Each entry names where its URLs were checked (searched public
 * copies of the pages, 2026); "unconfirmed" means the address is the site's
 * usual one but no copy was found to check it against.
 */

// Meta moved the Facebook, Instagram, Messenger and Threads rules into one set of
// Community Standards in its Transparency Center (Instagram Help Centre notice,
// 12 November 2024), so those four sites cite the same pages.
const META_STANDARDS: IncidentLink = {
  title: 'Meta Community Standards',
  url: 'https://transparency.meta.com/policies/community-standards/',
};
const META_BULLYING: IncidentLink = {
  title: 'Meta Community Standards: Bullying and Harassment',
  url: 'https://transparency.meta.com/policies/community-standards/bullying-harassment/',
};
// Meta's Terms of Service cover Facebook and Messenger; Instagram and Threads have their own.
const META_TERMS: IncidentLink = { title: 'Meta Terms of Service', url: 'https://www.facebook.com/legal/terms' };
const INSTAGRAM_TERMS: IncidentLink = { title: 'Instagram Terms of Use', url: 'https://help.instagram.com/581066165581870' };

const sites = {
  // Source: transparency.meta.com (Community Standards, Bullying and Harassment);
  // facebook.com/legal/terms (archived copy); Appendix A of the school's policy.
  facebook: {
    name: 'Facebook',
    report: [
      "Open the post's or comment's ⋯ menu and choose Report.",
      "For a profile or Page, open the ⋯ menu on it and choose Report (it may be under 'Find support or report').",
      'Pick the reason that fits best, such as bullying or harassment, and follow the prompts.',
      'If the account belongs to a child under 13, Facebook also has an underage-account form in its Help Centre.',
    ],
    block: [
      "Open the person's profile, choose the ⋯ menu and then Block.",
      "Or add their name under Blocking in Facebook's settings.",
    ],
    terms: [META_TERMS, META_STANDARDS, META_BULLYING],
  },
  // Source: as Facebook (Meta's Terms of Service name Messenger; the Community Standards cover it).
  messenger: {
    name: 'Messenger',
    report: [
      "In the chat, select the person's name or the ⓘ at the top and choose Report.",
      "Or point at a single message, open its ⋯ menu and choose Report.",
      'Pick the reason that fits best and follow the prompts.',
    ],
    block: [
      "In the same panel (the person's name or ⓘ), choose Block.",
      'You can block their messages and calls only, or block them on Facebook too.',
    ],
    terms: [META_TERMS, META_STANDARDS, META_BULLYING],
  },
  // Source: help.instagram.com/581066165581870 (Terms of Use); transparency.meta.com.
  instagram: {
    name: 'Instagram',
    report: [
      "Open the post's ⋯ menu and choose Report.",
      'For a comment, swipe left on it (or open its ⋯ menu on the web) and choose Report.',
      'For a message, press and hold it and choose Report.',
      "For an account, open their profile, choose ⋯ and then Report.",
    ],
    block: [
      "Open their profile, choose ⋯ and then Block; you can also block new accounts they make.",
      'Restrict is a quieter option: their comments are seen only by them and their messages go to requests.',
    ],
    terms: [INSTAGRAM_TERMS, META_STANDARDS, META_BULLYING],
  },
  // Source: transparency.meta.com; the Threads terms build on the Instagram Terms of Use.
  // The separate Threads Supplemental Terms page: unconfirmed, so not listed.
  threads: {
    name: 'Threads',
    report: [
      "Open the post's ⋯ menu and choose Report.",
      "For an account, open their profile, choose ⋯ and then Report.",
      'Pick the reason that fits best and follow the prompts.',
    ],
    block: [
      "Open the post's or profile's ⋯ menu and choose Block.",
      'Restrict or Mute are quieter options if blocking would make things worse.',
    ],
    terms: [INSTAGRAM_TERMS, META_STANDARDS, META_BULLYING],
  },
  // Source: x.com/en/tos; help.x.com/en/rules-and-policies/x-rules (locale copies);
  // the abuse policy was checked at help.twitter.com/rules-and-policies/abusive-behavior.
  x: {
    name: 'X',
    report: [
      "Open the post's ⋯ menu and choose Report post.",
      "For an account, open their profile, choose ⋯ and then Report.",
      "For a direct message, open that message's menu and choose Report.",
      'Choose abuse or harassment if it fits, and say who is being targeted.',
    ],
    block: [
      "Open the post's or profile's ⋯ menu and choose Block.",
      'Mute hides them from you without telling them.',
    ],
    terms: [
      { title: 'X Terms of Service', url: 'https://x.com/en/tos' },
      { title: 'The X Rules', url: 'https://help.x.com/en/rules-and-policies/x-rules' },
      { title: 'X: Abuse and harassment policy', url: 'https://help.x.com/en/rules-and-policies/abusive-behavior' },
    ],
  },
  // Source: linkedin.com/legal/professional-community-policies (archived copy);
  // linkedin.com/legal/user-agreement (its summary page links it).
  linkedin: {
    name: 'LinkedIn',
    report: [
      "Open the post's ⋯ menu and choose Report post.",
      "For a comment, open the comment's ⋯ menu and choose Report.",
      "For a profile, open it, choose More and then Report / Block.",
      "For a message, open the conversation's ⋯ menu and choose Report.",
    ],
    block: ["Open their profile, choose More, then Report / Block, and choose Block."],
    terms: [
      { title: 'LinkedIn User Agreement', url: 'https://www.linkedin.com/legal/user-agreement' },
      { title: 'LinkedIn Professional Community Policies', url: 'https://www.linkedin.com/legal/professional-community-policies' },
    ],
  },
  // Source: tiktok.com/community-guidelines; tiktok.com/safety/en/bullying-prevention.
  // The EEA, Switzerland and UK terms exist (summary page and a copy seen), but this
  // exact address: unconfirmed.
  tiktok: {
    name: 'TikTok',
    report: [
      'Press and hold the video (or open its Share arrow) and choose Report.',
      'For a comment, press and hold it and choose Report.',
      "For an account, open their profile, open the ⋯ or Share menu and choose Report.",
      'For a message, press and hold it and choose Report.',
    ],
    block: [
      "Open their profile, open the ⋯ or Share menu and choose Block.",
      'You can also limit who can comment on, Duet or Stitch your videos in the privacy settings.',
    ],
    terms: [
      { title: 'TikTok Terms of Service (EEA, Switzerland and UK)', url: 'https://www.tiktok.com/legal/page/eea/terms-of-service/en' },
      { title: 'TikTok Community Guidelines', url: 'https://www.tiktok.com/community-guidelines/en' },
      { title: 'TikTok: Bullying prevention', url: 'https://www.tiktok.com/safety/en/bullying-prevention' },
    ],
  },
  // Source: Reddit Rules text (Rule 1 on harassment) confirmed; the redditinc.com
  // addresses are the ones other projects cite: unconfirmed against the live pages.
  reddit: {
    name: 'Reddit',
    report: [
      "Open the post's or comment's ⋯ menu and choose Report.",
      "Choose the rule it breaks: harassment and bullying fall under Reddit's Rule 1.",
      'You can also message the community\'s moderators about it.',
    ],
    block: [
      "Open their profile, open the ⋯ menu and choose Block.",
      'Blocked people cannot reply to or message you.',
    ],
    terms: [
      { title: 'Reddit User Agreement', url: 'https://www.redditinc.com/policies/user-agreement' },
      { title: 'Reddit Rules', url: 'https://www.redditinc.com/policies/reddit-rules' },
    ],
  },
  // Source: bsky.social/about/support/community-guidelines (linked by @safety.bsky.app);
  // the terms address bsky.social/about/support/tos: unconfirmed.
  bluesky: {
    name: 'Bluesky',
    report: [
      "Open the post's ⋯ menu and choose Report post.",
      "For an account, open their profile, choose ⋯ and then Report account.",
      'Pick the reason and add a short note.',
    ],
    block: [
      "Open the post's or profile's ⋯ menu and choose Block account.",
      'Blocks on Bluesky are public; Mute is private.',
    ],
    terms: [
      { title: 'Bluesky Terms of Service', url: 'https://bsky.social/about/support/tos' },
      { title: 'Bluesky Community Guidelines', url: 'https://bsky.social/about/support/community-guidelines' },
    ],
  },
  // Source: docs.joinmastodon.org/user/moderating/ (mastodon/documentation,
  // content/en/user/moderating.md). Each server sets its own rules.
  mastodon: {
    name: 'Mastodon',
    report: [
      "Open the post's ⋯ menu (or the account's menu on their profile) and choose Report.",
      'Attach the posts concerned and add a note saying why.',
      "If the account is on another server, choose to forward the report to that server's moderators too.",
      "Cite the server's own rules, shown on its About page.",
    ],
    block: [
      "Open the account's menu and choose Block; Mute hides them without telling them.",
      'The same menu can hide a whole server if the abuse comes from many accounts there.',
    ],
    terms: [{ title: 'Mastodon: Dealing with unwanted content', url: 'https://docs.joinmastodon.org/user/moderating/' }],
  },
  // Source: youtube.com/howyoutubeworks/policies/community-guidelines/ (page's canonical
  // address); support.google.com/youtube/answer/2802268 (a copy); youtube.com/t/terms
  // (only indirectly: unconfirmed).
  youtube: {
    name: 'YouTube',
    report: [
      "Below the video, open the ⋯ (More) menu and choose Report.",
      "For a comment, open the comment's ⋮ menu and choose Report.",
      "For a whole channel, open its About panel and choose Report user.",
      'Choose harassment and cyberbullying if it fits, and add the details.',
    ],
    block: [
      "Open their channel's About panel and choose Block user.",
      "If they comment on your videos, choose Hide user from channel in the comment's ⋮ menu.",
    ],
    terms: [
      { title: 'YouTube Terms of Service', url: 'https://www.youtube.com/t/terms' },
      { title: 'YouTube Community Guidelines', url: 'https://www.youtube.com/howyoutubeworks/policies/community-guidelines/' },
      { title: 'YouTube: Harassment and cyberbullying policy', url: 'https://support.google.com/youtube/answer/2802268' },
    ],
  },
  // Source: faq.whatsapp.com/1142481766359885 and /414631957536067 (how blocking and
  // reporting work); whatsapp.com/legal/terms-of-service (the address WhatsApp's own apps link).
  whatsapp: {
    name: 'WhatsApp',
    report: [
      "Open the chat, tap the person's name or number at the top and choose Report.",
      'Or press and hold a single message and choose Report.',
      'Reporting sends WhatsApp the last five messages from them; they are not told.',
    ],
    block: [
      "In the same place choose Block (Report and block does both).",
      'Or go to Settings, Privacy, Blocked and add them.',
      "A group can't be blocked: leave it and block the group admin.",
    ],
    terms: [
      { title: 'WhatsApp Terms of Service', url: 'https://www.whatsapp.com/legal/terms-of-service' },
      { title: 'WhatsApp Help: How to block and report contacts', url: 'https://faq.whatsapp.com/1142481766359885' },
    ],
  },
  // Source: policy.pinterest.com/en/community-guidelines; the terms address
  // policy.pinterest.com/en/terms-of-service: unconfirmed.
  pinterest: {
    name: 'Pinterest',
    report: [
      "Open the Pin's ⋯ menu and choose Report Pin.",
      "For a comment, open its ⋯ menu and choose Report.",
      "For a profile, open it, choose ⋯ and then Report.",
    ],
    block: ["Open their profile, choose ⋯ and then Block."],
    terms: [
      { title: 'Pinterest Terms of Service', url: 'https://policy.pinterest.com/en/terms-of-service' },
      { title: 'Pinterest Community Guidelines', url: 'https://policy.pinterest.com/en/community-guidelines' },
    ],
  },
  // Any other site. Source: reportharmfulcontent.com (UK Safer Internet Centre,
  // run by SWGfL; it takes cases already reported to the site at least 48 hours before).
  generic: {
    name: 'This site',
    report: [
      'Look for a ⋯, ⋮ or flag icon by the post, comment or message and choose Report.',
      "Find the site's terms or community rules (often linked at the foot of the page) and say which one is broken.",
      'If the site has not acted after 48 hours, Report Harmful Content can take it up.',
    ],
    block: [
      "Look for Block on the person's profile or in the same ⋯ menu.",
      "Check the site's privacy settings to limit who can contact you or comment.",
    ],
    terms: [{ title: 'Report Harmful Content: how to report on each site', url: 'https://reportharmfulcontent.com/' }],
  },
} satisfies Record<string, IncidentSite>;

export type IncidentSiteId = keyof typeof sites;
export const INCIDENT_SITES: Readonly<Record<IncidentSiteId, IncidentSite>> = sites;

/**
 * CEOP (the National Crime Agency's child protection command) takes reports of
 * online sexual abuse and grooming of children, not bullying, fake or hacked
 * accounts (ceop.police.uk Safety Centre, "What happens when I make a report?").
 */
export const CEOP: IncidentLink = { title: 'CEOP Safety Centre', url: 'https://www.ceop.police.uk/safety-centre/' };
export const CEOP_WHEN =
  'Report to CEOP when a child is being, or may be, sexually abused or groomed online; tell your designated safeguarding lead too. If a child is in immediate danger, call 999.';

/**
 * UK help for staff when a site does not act. Source: saferinternet.org.uk and
 * reportharmfulcontent.com (POSH advises anyone working with children, including
 * on harassment of staff).
 */
export const MORE_HELP: readonly IncidentLink[] = [
  { title: 'Professionals Online Safety Helpline (POSH)', url: 'https://saferinternet.org.uk/professionals-online-safety-helpline' },
  { title: 'Report Harmful Content', url: 'https://reportharmfulcontent.com/' },
];

/**
 * The steps for a site id from lib/sites, or the generic steps for anything else
 * (sites staff added have a host name as their id). `Object.hasOwn` so that ids
 * like "constructor" never reach the object's prototype.
 */
export function incidentStepsFor(siteId: string | null): IncidentSite {
  return siteId !== null && Object.hasOwn(INCIDENT_SITES, siteId)
    ? INCIDENT_SITES[siteId as IncidentSiteId]
    : INCIDENT_SITES.generic;
}
