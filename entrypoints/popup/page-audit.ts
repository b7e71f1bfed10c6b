import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageAuditState, SiteStatus } from '../../components/popup';
import { message, type PageAudit } from '../../lib/messages';
import type { TargetTab } from './hooks';

/**
 * "Check this page" wired to the tab: asks its top frame (frameId 0) to check
 * the posts shown, then to show one. A page with no content script (a site
 * postguard doesn't watch, or one opened before it was installed) says so.
 */
export function usePageAudit(tab: TargetTab | null) {
  const [state, setState] = useState<PageAuditState>({ kind: 'idle' });
  const [showFailed, setShowFailed] = useState<number | null>(null);

  /** `site`: what the popup knows of the tab's site; only a watched one has a content script to ask. */
  async function check(site: SiteStatus) {
    setShowFailed(null);
    if (tab?.id === undefined || site.kind !== 'watched') return setState({ kind: 'unwatched' });
    setState({ kind: 'working' });
    try {
      const reply = (await browser.tabs.sendMessage(tab.id, message('audit-page', {}), { frameId: 0 })) as PageAudit | undefined;
      setState(reply && Array.isArray(reply.posts) ? { kind: 'done', checked: reply.checked, posts: reply.posts } : { kind: 'unreachable' });
    } catch {
      // "Receiving end does not exist": no content script in that page.
      setState({ kind: 'unreachable' });
    }
  }

  async function show(index: number) {
    if (tab?.id === undefined) return;
    setShowFailed(null);
    const shown = await browser.tabs.sendMessage(tab.id, message('reveal-post', { index }), { frameId: 0 }).catch(() => false);
    // The popup stays open: staff go through the posts one by one.
    if (shown !== true) setShowFailed(index);
  }

  return { state, showFailed, check, show };
}
