import { useEffect, useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { PolicyView } from '../../components/policy';
import { getPackInForce } from '../../lib/pack-in-force';
import { readManagedSoon } from '../../lib/managed-via-background';
import type { Pack } from '../../rules/schema';

/** Loads the pack in force, then brings the section a card linked to (#section-5) into view. */
export function App() {
  const [pack, setPack] = useState<Pack | null>(null);

  useEffect(() => {
    document.title = `postguard: ${t('policy_page_title')}`;
    // From the background's copy of the policy first: storage.managed's first read can take seconds.
    readManagedSoon(getPackInForce, setPack);
  }, []);

  useEffect(() => {
    if (!pack) return;
    // The section did not exist when the browser first looked for the fragment.
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [pack]);

  return pack ? <PolicyView pack={pack} /> : null;
}
