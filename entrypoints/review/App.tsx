import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { ReviewView } from '../../components/review';
import { createAnalyzer } from '../../lib/analyze';
import type { Model } from '../../lib/analyze/model/weights';
import { requestModel } from '../../lib/model-client';
import { message } from '../../lib/messages';
import { getPackInForce } from '../../lib/pack-in-force';
import { readRosterKeys } from '../../lib/roster-keys';
import { chartBars } from '../../lib/review/nudge-stats';
import { keptDrafts, retentionDays } from '../../lib/review/retention';
import { nudgeEvents, savedDrafts } from '../../lib/storage';
import type { NudgeEvent } from '../../lib/review/nudge-stats';
import type { SavedDraft } from '../../lib/review/retention';
import type { Pack } from '../../rules/schema';

/** Deletes through the background, the drafts' one writer (lib/background/saved-drafts.ts). */
const deleteDrafts = (ids: string[] | 'all') => browser.runtime.sendMessage(message('delete-drafts', { ids }));

/** Wiring: the pack in force, the saved drafts (expired ones not shown), the chart's events. */
export function App() {
  const [pack, setPack] = useState<Pack | null>(null);
  // The roster key from managed policy (issue 12), so saved drafts are checked against keyed pupil names too.
  const [rosterKeys, setRosterKeys] = useState<string[] | null>(null);
  const [drafts, setDrafts] = useState<SavedDraft[] | null>(null);
  const [events, setEvents] = useState<NudgeEvent[]>([]);
  const [status, setStatus] = useState('');
  // The learned scorer, as in the page that saved the draft (null: not available, the rules alone).
  const [model, setModel] = useState<Model | null | undefined>(undefined);
  const analyzer = useMemo(
    () => (pack && rosterKeys && model !== undefined ? createAnalyzer(pack, { keys: rosterKeys, model: model ?? undefined }) : null),
    [pack, rosterKeys, model],
  );
  const days = retentionDays(pack?.retentionDays);

  useEffect(() => {
    document.title = `postguard: ${t('review_title')}`;
    void getPackInForce().then(setPack);
    void readRosterKeys().then(setRosterKeys);
    void requestModel((e) => console.warn('postguard: the learned scorer did not load', e)).then((m) => setModel(m ?? null));
    void nudgeEvents.getValue().then(setEvents);
    const unwatch = savedDrafts.watch((d) => setDrafts(d));
    return unwatch;
  }, []);

  useEffect(() => {
    if (!pack) return;
    void savedDrafts.getValue().then(setDrafts);
  }, [pack]);

  if (!pack || !analyzer || !drafts) return null;
  return (
    <ReviewView
      // Expired drafts are not shown even before the background's alarm deletes them.
      drafts={keptDrafts(drafts, Date.now(), days)}
      retentionDays={days}
      bars={chartBars(events, Date.now())}
      policy={pack.policy}
      analyze={analyzer.analyze}
      status={status}
      onCopy={(text) => void navigator.clipboard.writeText(text).then(() => setStatus(t('review_copied')))}
      onDelete={(id) => void deleteDrafts([id])}
      onDeleteAll={() => void deleteDrafts('all')}
    />
  );
}
