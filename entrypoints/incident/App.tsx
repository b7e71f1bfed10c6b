import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { answersOf, changesOf, type IncidentAnswers, IncidentView } from '../../components/incident';
import { incidentRetentionDays, keptIncidents, withChanges } from '../../lib/incident/kept';
import { incidentToHtml } from '../../lib/incident/record';
import { message } from '../../lib/messages';
import { getPackInForce, watchPackInForce } from '../../lib/pack-in-force';
import { readManagedSoon } from '../../lib/managed-via-background';
import { retentionDays } from '../../lib/review/retention';
import { CEOP, CEOP_WHEN, MORE_HELP, incidentStepsFor } from '../../rules/incident-sites';
import type { Pack } from '../../rules/schema';
import { useExportFiles, useIncidents, useRecord, useSettled } from './hooks';
import { printRecord } from './print';

/** Typing in the note is saved once it pauses this long (or when the box loses focus). */
const SETTLE_MS = 500;

/** Changes go through the background, the incidents' one writer (lib/background/incidents.ts). */
const send = {
  update: (id: string, changes: ReturnType<typeof changesOf>) => browser.runtime.sendMessage(message('update-incident', { id, changes })),
  remove: (ids: string[] | 'all') => browser.runtime.sendMessage(message('delete-incidents', { ids })),
};

/** Wiring: the incident asked for (?id=), the pack in force (lead, retention), the person's answers saved as they settle. */
export function App() {
  const id = new URLSearchParams(location.search).get('id');
  const all = useIncidents();
  const [pack, setPack] = useState<Pack | null>(null);
  const [answers, setAnswers] = useState<IncidentAnswers | null>(null);
  const [settled, settleNow] = useSettled(answers, SETTLE_MS);
  const [status, setStatus] = useState('');

  useEffect(() => {
    document.title = `postguard: ${t('incident_title')}`;
    // The lead and the retention as the popup and options pages read them; a pack pushed meanwhile shows at once.
    // From the background's copy of the policy first: storage.managed's first read can take seconds.
    readManagedSoon(getPackInForce, setPack);
    const lifetime = new AbortController();
    watchPackInForce(setPack, lifetime.signal);
    return () => lifetime.abort();
  }, []);

  const days = retentionDays(pack?.retentionDays);
  // Expired incidents are not shown even before the background's alarm deletes them.
  const list = all ? keptIncidents(all, Date.now(), days) : null;
  const incident = (id && list?.find((i) => i.record.id === id)) || null;

  // The form starts from what is kept, once per incident: later writes are this page's own.
  useEffect(() => {
    setAnswers(incident ? answersOf(incident) : null);
  }, [incident?.record.id]);

  // Saved when they settle, and only when they change the record.
  useEffect(() => {
    if (!incident || !settled) return;
    const changes = changesOf(settled, incident);
    const next = withChanges(incident, changes);
    if (next && JSON.stringify(next) !== JSON.stringify(incident.record)) void send.update(incident.record.id, changes);
  }, [settled]);

  const record = useRecord(incident, settled);
  const files = useExportFiles(record);
  if (!list || !pack) return null;
  // Until the effect above has run, what is kept: the page never flashes an empty form.
  const shown = answers ?? (incident ? answersOf(incident) : null);

  function changeAnswers(next: IncidentAnswers) {
    setAnswers(next);
    // A box ticked is saved (and in the files) at once; typing waits for a pause.
    if (shown && next.whatHappened === shown.whatHappened && next.url === shown.url) settleNow(next);
  }

  return (
    <IncidentView
      incident={incident}
      missing={id !== null && incident === null}
      answers={shown}
      steps={incident ? incidentStepsFor(incident.record.site.id) : null}
      ceop={CEOP}
      ceopWhen={CEOP_WHEN}
      moreHelp={MORE_HELP}
      lead={pack.safeguardingLead}
      retentionDays={incidentRetentionDays(days)}
      list={list}
      files={files}
      status={status}
      hrefFor={(other) => `?id=${encodeURIComponent(other)}`}
      onAnswers={changeAnswers}
      onTextDone={() => shown && settleNow(shown)}
      onPrint={() => record && printRecord(incidentToHtml(record))}
      onDelete={(other) => void send.remove([other]).then(() => setStatus(t('incident_deleted')))}
      onDeleteAll={() => void send.remove('all').then(() => setStatus(t('incident_deleted')))}
    />
  );
}
