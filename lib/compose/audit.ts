import { browser } from 'wxt/browser';
import type { Analyzer } from '../analyze';
import { yieldToPage } from '../dom/box-session';
import { clearShownPost, showPost } from '../dom/audit-marks';
import { MAX_POST_CHARS, auditPosts, readPost } from '../dom/page-posts';
import { rangeFor } from '../dom/text-map';
import { isMessage, type PageAudit } from '../messages';
import { postSelectorsFor } from '../sites/posts';
import type { SiteAdapter } from '../sites/types';

/**
 * The content script's side of the popup's "Check this page" (issue 5, point 3):
 * 'audit-page' reads the posts shown on the page and answers with those that may
 * breach the policy; 'reveal-post' scrolls to one of them and marks its findings.
 * Only the top frame answers (the popup asks frame 0): a feed is the page itself.
 * Nothing leaves the browser: the answer goes to the popup only.
 */
export function listenForAudit(signal: AbortSignal, analyzer: () => Promise<Analyzer>, site: Pick<SiteAdapter, 'posts'> | null): void {
  if (window !== window.top) return;
  const selectors = postSelectorsFor(site);
  // The posts of the last audit, by index; weakly, so a feed that drops them lets them go.
  let posts = new Map<number, WeakRef<Element>>();

  const audit = async (): Promise<PageAudit> => {
    const checker = await analyzer();
    const result = await auditPosts(document, selectors, (text) => checker.analyze(text), { pause: yieldToPage });
    posts = new Map(result.posts.map((p) => [p.index, new WeakRef(p.element)]));
    clearShownPost();
    return { checked: result.checked, posts: result.posts.map(({ index, excerpt, findings }) => ({ index, excerpt, findings })) };
  };

  const reveal = async (index: number): Promise<boolean> => {
    const post = posts.get(index)?.deref();
    if (!post?.isConnected) return false;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    post.scrollIntoView({ block: 'center', behavior: reduced ? 'instant' : 'smooth' });
    // Read again: the post may have changed since the audit ("See more" opened).
    const map = readPost(post, selectors);
    const findings = (await analyzer()).analyze(map.text.slice(0, MAX_POST_CHARS));
    const marks = findings.flatMap((f) => {
      const range = rangeFor(map, f.start, f.end);
      return range ? [{ range, severity: f.severity }] : [];
    });
    showPost(post, marks, signal);
    return true;
  };

  const onMessage = (msg: unknown): Promise<PageAudit | boolean> | undefined => {
    if (isMessage(msg, 'audit-page')) return audit();
    if (isMessage(msg, 'reveal-post')) return reveal(msg.data.index);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    clearShownPost();
  }, { once: true });
}
