import { browser } from 'wxt/browser';
import type { Analyzer } from '../analyze';
import { yieldToPage } from '../dom/box-session';
import { clearShownPost, showPost } from '../dom/audit-marks';
import { MAX_POST_CHARS, auditPosts, readPost, type CheckedPost } from '../dom/page-posts';
import { rangeFor } from '../dom/text-map';
import { isMessage, type PageAudit } from '../messages';
import { postSelectorsFor } from '../sites/posts';
import type { SiteAdapter } from '../sites/types';

/**
 * The content script's side of the popup's "Check this page" (issue 5, point 3):
 * 'audit-page' reads the profile's own fields and the posts shown on the page and
 * answers with those that may breach the policy; 'reveal-post' scrolls to one of them
 * and marks its findings. Only the top frame answers (the popup asks frame 0): a feed
 * is the page itself. Nothing leaves the browser: the answer goes to the popup only.
 *
 * With `follow` (issue 15, point 5: the policy asks new staff to review what they posted
 * before joining), it goes on reading posts as the timeline loads them while the person
 * scrolls, until 'audit-stop', a navigation or the script's end. The popup closes as the
 * page is scrolled, so the results stay here and 'audit-state' gives them to the next one.
 */

/** A timeline adds posts in bursts as it scrolls: read once the burst is over. */
const SETTLE_MS = 400;
/** Following stops adding past this many items: a whole history is not a page. */
const MAX_FOLLOWED = 2000;

export function listenForAudit(signal: AbortSignal, analyzer: () => Promise<Analyzer>, site: Pick<SiteAdapter, 'posts' | 'profileFields'> | null): void {
  if (window !== window.top) return;
  const selectors = postSelectorsFor(site);
  const fields = site?.profileFields ?? [];
  // The items of the audit, by index; weakly, so a feed that drops them lets them go.
  let elements = new Map<number, WeakRef<Element>>();
  let result: PageAudit | null = null;
  let seen = new WeakSet<Element>();
  let read = 0;
  let follow: { observer: MutationObserver; timer?: ReturnType<typeof setTimeout> } | null = null;
  let running: Promise<void> = Promise.resolve();

  const keep = (found: CheckedPost[]) => {
    for (const p of found) elements.set(p.index, new WeakRef(p.element));
    return found.map(({ index, excerpt, findings, profile }) => (profile ? { index, excerpt, findings, profile } : { index, excerpt, findings }));
  };

  /** One pass over what is on the page and not read yet. */
  const pass = async (): Promise<void> => {
    const checker = await analyzer();
    const found = await auditPosts(document, selectors, (text) => checker.analyze(text), { pause: yieldToPage, fields, seen, firstIndex: read });
    read += found.checked + found.fields;
    const before = result ?? { checked: 0, fields: 0, posts: [] };
    result = {
      checked: before.checked + found.checked,
      fields: (before.fields ?? 0) + found.fields,
      posts: [...before.posts, ...keep(found.posts)],
      following: !!follow,
    };
    if (follow && read >= MAX_FOLLOWED) stop();
  };

  /** Passes run one after another: two at once would read the same new posts twice. */
  const queue = () => (running = running.then(pass, pass));

  const stop = () => {
    if (!follow) return;
    clearTimeout(follow.timer);
    follow.observer.disconnect();
    follow = null;
    if (result) result = { ...result, following: false };
  };

  const start = () => {
    // Mutations are events, not a poll: a settled burst of them starts one more pass.
    const observer = new MutationObserver(() => {
      if (!follow) return;
      clearTimeout(follow.timer);
      follow.timer = setTimeout(() => {
        if (follow) follow.timer = undefined;
        void queue();
      }, SETTLE_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    follow = { observer };
  };

  const audit = async (wantFollow: boolean): Promise<PageAudit> => {
    stop();
    // A pass under way finishes first, so it cannot add its posts to the new audit.
    await running.catch(() => {});
    elements = new Map();
    seen = new WeakSet();
    read = 0;
    result = null;
    clearShownPost();
    if (wantFollow) start();
    await queue();
    return result!;
  };

  const reveal = async (index: number): Promise<boolean> => {
    const post = elements.get(index)?.deref();
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

  /**
   * The results for a popup opened again, with the posts loaded so far: a burst still
   * settling is read now, not left for the next popup (a person opens it as soon as the
   * timeline has loaded what they scrolled to).
   */
  const current = (): Promise<PageAudit | null> => {
    if (follow?.timer !== undefined) {
      clearTimeout(follow.timer);
      follow.timer = undefined;
      void queue();
    }
    return running.then(() => result);
  };

  const onMessage = (msg: unknown): Promise<PageAudit | boolean | null> | undefined => {
    if (isMessage(msg, 'audit-page')) return audit(msg.data?.follow === true);
    if (isMessage(msg, 'audit-state')) return current();
    if (isMessage(msg, 'audit-stop')) return running.then(() => (stop(), result));
    if (isMessage(msg, 'reveal-post')) return reveal(msg.data.index);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  // A single-page app's navigation leaves this timeline behind: stop following it.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', stop, { signal });
  signal.addEventListener('abort', () => {
    stop();
    browser.runtime.onMessage.removeListener(onMessage);
    clearShownPost();
  }, { once: true });
}
