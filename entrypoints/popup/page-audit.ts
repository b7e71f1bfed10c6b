import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageAuditState, SiteStatus } from '../../components/popup';
import { message, type PageAudit } from '../../lib/messages';
import type { TargetTab } from './hooks';

/**
 * "Check this page" wired to the tab: asks its top frame (frameId 0) to check
 * the posts shown, then to show one. A page with no content script (a site
 * postguard doesn't watch, or one opened before it was installed) says so.
 */
export function usePageAudit(tab: TargetTab | null, watched: boolean) {
  const [state, setState] = useState<PageAuditState>({ kind: 'idle' });
  const [showFailed, setShowFailed] = useState<number | null>(null);

  const tabId = watched ? tab?.id : undefined;
  // A popup opened again finds the audit where it is (issue 15, point 5: still following the timeline).
  useEffect(() => {
    if (tabId === undefined) return;
    // Through a promise: a sendMessage that throws at once (no such tab) is handled like one that rejects.
    Promise.resolve().then(() => browser.tabs.sendMessage(tabId, message('audit-state', {}), { frameId: 0 })).then(
      (reply) => isAudit(reply) && setState(done(reply)),
      // No content script there: nothing to restore.
      () => {},
    );
  }, [tabId]);

  /** `site`: what the popup knows of the tab's site; only a watched one has a content script to ask. */
  async function check(site: SiteStatus, follow = false) {
    setShowFailed(null);
    if (tab?.id === undefined || site.kind !== 'watched') return setState({ kind: 'unwatched' });
    setState({ kind: 'working' });
    try {
      const reply: unknown = await browser.tabs.sendMessage(tab.id, message('audit-page', follow ? { follow } : {}), { frameId: 0 });
      setState(isAudit(reply) ? done(reply) : { kind: 'unreachable' });
    } catch {
      // "Receiving end does not exist": no content script in that page.
      setState({ kind: 'unreachable' });
    }
  }

  async function stop() {
    if (tab?.id === undefined) return;
    const reply: unknown = await browser.tabs.sendMessage(tab.id, message('audit-stop', {}), { frameId: 0 }).catch(() => null);
    if (isAudit(reply)) setState(done(reply));
  }

  async function show(index: number) {
    if (tab?.id === undefined) return;
    setShowFailed(null);
    const shown = await browser.tabs.sendMessage(tab.id, message('reveal-post', { index }), { frameId: 0 }).catch(() => false);
    // The popup stays open: staff go through the posts one by one.
    if (shown !== true) setShowFailed(index);
  }

  return { state, showFailed, check, follow: (site: SiteStatus) => check(site, true), stop, show };
}

function isAudit(reply: unknown): reply is PageAudit {
  return !!reply && Array.isArray((reply as PageAudit).posts);
}

function done(reply: PageAudit): PageAuditState {
  return { kind: 'done', checked: reply.checked, posts: reply.posts, fields: reply.fields, following: reply.following };
}
