import { guardsSummary, leadSummary } from '../../components/guards-summary';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { type ImportState, OptionsView, describeKeyId } from '../../components/options';
import { readManagedPolicy } from '../../lib/background/packs/policy';
import { RosterNotice } from '../../components/roster-notice';
import { message } from '../../lib/messages';
import { lockedCategoryIds } from '../../lib/locked-categories';
import { rosterStatus } from '../../lib/rule-pack/pupils';
import { rosterKeysFromPolicy } from '../../lib/rule-pack/roster-key';
import { getPackInForce } from '../../lib/pack-in-force';
import { retentionDays } from '../../lib/review/retention';
import { describeSession } from '../../lib/schedule/session-times';
import { type SourceStatus, errorLog, packInForceItem, packSettingsItem, packStatusItem, postingSettings } from '../../lib/storage';
import type { Pack, PauseLevel } from '../../rules/schema';
import { useLoadedItem, useManagedPolicy } from './hooks';

const RESULT: Record<SourceStatus['lastResult'], Parameters<typeof t>[0]> = {
  accepted: 'options_result_accepted',
  unchanged: 'options_result_unchanged',
  refused: 'options_result_refused',
};

/** Wiring only: storage items in; files, settings and "check now" out to the background. */
export function App() {
  const stored = useLoadedItem(packInForceItem);
  const status = useLoadedItem(packStatusItem)?.value;
  const settings = useLoadedItem(packSettingsItem)?.value;
  const posting = useLoadedItem(postingSettings)?.value;
  const errors = useLoadedItem(errorLog)?.value;
  const managed = useManagedPolicy();
  const [pack, setPack] = useState<Pack | null>(null);
  const [policy, setPolicy] = useState<Awaited<ReturnType<typeof readManagedPolicy>>>({});
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const [checkResult, setCheckResult] = useState('');

  // Follows `stored`: the pack in force changes when an import (or the background) accepts one.
  // ...and the managed policy: its locked categories are switched on in the pack in force.
  useEffect(() => void getPackInForce().then(setPack), [stored, managed]);
  // The background reads the same values this way, so the page shows what it acts on.
  useEffect(() => void readManagedPolicy({ get: async () => managed ?? {} }).then(setPolicy), [managed]);

  async function importFile(file: File) {
    setImportState({ kind: 'working', file: file.name });
    try {
      const reply = await browser.runtime.sendMessage(message('import-pack', { text: await file.text() }));
      if (!reply) throw new Error(t('options_import_no_reply'));
      const name = file.name;
      if (reply.lastResult === 'refused') setImportState({ kind: 'refused', file: name, stage: reply.stage ?? '', reason: reply.reason ?? '' });
      else setImportState({ kind: reply.lastResult, file: name, version: reply.version ?? 0 });
    } catch (e) {
      setImportState({ kind: 'refused', file: file.name, stage: 'read', reason: e instanceof Error ? e.message : String(e) });
    }
  }

  async function checkNow() {
    const reply: SourceStatus | null | undefined = await browser.runtime.sendMessage(message('check-pack-now', {})).catch(() => undefined);
    if (reply === undefined) return setCheckResult(t('options_import_no_reply'));
    if (reply === null) return setCheckResult(t('options_device_no_url'));
    setCheckResult(t('options_device_checked', [t(RESULT[reply.lastResult]) + (reply.reason ? ` (${reply.stage}: ${reply.reason})` : '')]));
  }

  /** undefined forgets staff's choice (the key is dropped, not stored as null). Read fresh: the page may be stale. */
  async function setPauseLevel(level: PauseLevel | undefined) {
    const { pauseLevel: _previous, ...rest } = await postingSettings.getValue();
    await postingSettings.setValue(level ? { ...rest, pauseLevel: level } : rest);
  }

  if (!pack || !status || !settings || !stored || !posting || !errors) return null;
  // A managed trustedKeys replaces the device's own (lib/background/packs/policy.ts effectiveSettings).
  const trusted = policy.trustedKeys ?? settings.trustedKeys ?? [];
  return (
    <OptionsView
      facts={{
        stored: stored.value,
        school: pack.profile.school.name,
        version: pack.version,
        now: Date.now(),
        locked: lockedCategoryIds(policy.lockedCategories),
        sessionTimes: pack.sessionTimes && describeSession(pack.sessionTimes),
        schoolDevice: policy.schoolDevice === true,
        guards: guardsSummary(pack),
        safeguardingLead: leadSummary(pack),
      }}
      pause={{ packPause: pack.pause, staffLevel: posting.pauseLevel, onChange: (level) => void setPauseLevel(level) }}
      retention={{ days: retentionDays(pack.retentionDays), fromPack: pack.retentionDays !== undefined, reviewUrl: browser.runtime.getURL('/review.html') }}
      diagnostics={{
        managed,
        settings: { ...settings, packUrl: policy.packUrl ?? settings.packUrl },
        status,
        trustedKeyIds: trusted.map(describeKeyId),
        errorLog: { errors, onClear: () => void errorLog.setValue([]) },
      }}
      importState={importState}
      // As the background decides (policy.ts effectiveSettings managedSources): a policy pack source closes file import.
      importManaged={policy.inlinePack !== undefined || policy.packUrl !== undefined}
      onImportFile={importFile}
      device={{
        settings,
        managedFields: { packUrl: policy.packUrl !== undefined, trustedKeys: policy.trustedKeys !== undefined },
        checkResult,
        onSave: (next) => void packSettingsItem.setValue(next).then(() => setCheckResult(t('options_device_saved'))),
        onCheckNow: checkNow,
      }}
      authorUrl={browser.runtime.getURL('/author.html')}
      rosterNotice={<RosterNotice status={rosterStatus(pack.profile, rosterKeysFromPolicy(managed))} />}
    />
  );
}
