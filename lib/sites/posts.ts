import type { SiteAdapter } from './types';

/**
 * Posts on a site whose adapter names none (chat sites, sites staff added): the
 * HTML and ARIA ways of saying "one entry in a feed", which blogs, forums and
 * most social web apps use.
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
 */
export const GENERIC_POSTS: readonly string[] = [
  'article', // an <article>: a post, comment or entry in HTML's own terms; seen in kepano/defuddle:src/constants.ts
  // seen in kepano/defuddle:src/constants.ts
  '[role="article"]', // ARIA's article role, used where the element is a <div>
];

/** The post selectors for a page, its adapter's or the generic ones. */
export function postSelectorsFor(site: Pick<SiteAdapter, 'posts'> | null): readonly string[] {
  return site?.posts?.length ? site.posts : GENERIC_POSTS;
}
