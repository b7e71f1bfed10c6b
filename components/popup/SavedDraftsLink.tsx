import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { savedDrafts } from '../../lib/storage';
import { t } from '../i18n';

/** The link as shown: "Saved drafts (N)" to the review page. */
export function SavedDraftsLinkView({ count, href }: { count: number; href: string }) {
  return (
    <p class="saved-drafts">
      <a href={href} target="_blank" rel="noopener">
        {t('popup_saved_drafts', String(count))}
      </a>
    </p>
  );
}

/**
 * Reads the count itself rather than through PopupView's props, so the popup's
 * view takes it as one line and stays apart from other sections being added.
 * Follows the item live: the background may delete expired drafts while it is open.
 */
export function SavedDraftsLink() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let changed = false;
    const unwatch = savedDrafts.watch((drafts) => {
      changed = true;
      setCount(drafts.length);
    });
    void savedDrafts.getValue().then((drafts) => changed || setCount(drafts.length));
    return unwatch;
  }, []);
  if (count === null) return null;
  return <SavedDraftsLinkView count={count} href={browser.runtime.getURL('/review.html')} />;
}
