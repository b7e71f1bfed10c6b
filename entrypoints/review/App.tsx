import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { ReviewView } from '../../components/review';
import { createAnalyzer } from '../../lib/analyze';
import { getPackInForce } from '../../lib/pack-in-force';
import { chartBars } from '../../lib/review/nudge-stats';
import { keptDrafts, retentionDays } from '../../lib/review/retention';
import { nudgeEvents, savedDrafts } from '../../lib/storage';
import type { NudgeEvent } from '../../lib/review/nudge-stats';
import type { SavedDraft } from '../../lib/review/retention';
import type { Pack } from '../../rules/schema';

/** Wiring: the pack in force, the saved drafts (expired ones dropped on sight), the chart's events. */
export function App() {
  const [pack, setPack] = useState<Pack | null>(null);
  const [drafts, setDrafts] = useState<SavedDraft[] | null>(null);
  const [events, setEvents] = useState<NudgeEvent[]>([]);
  const [status, setStatus] = useState('');
  const analyzer = useMemo(() => (pack ? createAnalyzer(pack) : null), [pack]);
  const days = retentionDays(pack?.retentionDays);

  useEffect(() => {
    document.title = `postguard: ${t('review_title')}`;
    void getPackInForce().then(setPack);
    void nudgeEvents.getValue().then(setEvents);
    const unwatch = savedDrafts.watch((d) => setDrafts(d));
    return unwatch;
  }, []);

  useEffect(() => {
    if (!pack) return;
    void savedDrafts.getValue().then(async (all) => {
      const kept = keptDrafts(all, Date.now(), days);
      if (kept.length !== all.length) await savedDrafts.setValue(kept);
      setDrafts(kept);
    });
  }, [pack, days]);

  if (!pack || !analyzer || !drafts) return null;
  return (
    <ReviewView
      drafts={drafts}
      retentionDays={days}
      bars={chartBars(events, Date.now())}
      policy={pack.policy}
      analyze={analyzer.analyze}
      status={status}
      onCopy={(text) => void navigator.clipboard.writeText(text).then(() => setStatus(t('review_copied')))}
      onDelete={(id) => void savedDrafts.setValue(drafts.filter((d) => d.id !== id))}
      onDeleteAll={() => void savedDrafts.setValue([])}
    />
  );
}
