import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { type ImportState, OptionsView, keyIdOf } from '../../components/options';
import { message } from '../../lib/messages';
import { getPackInForce } from '../../lib/pack-in-force';
import { packInForceItem, packSettingsItem, packStatusItem } from '../../lib/storage';
import type { Pack } from '../../rules/schema';
import { useLoadedItem, useManagedPolicy } from './hooks';

/** Wiring only: storage items in, the chosen file out to the background's accept pipeline. */
export function App() {
  const stored = useLoadedItem(packInForceItem);
  const status = useLoadedItem(packStatusItem)?.value;
  const settings = useLoadedItem(packSettingsItem)?.value;
  const managed = useManagedPolicy();
  const [pack, setPack] = useState<Pack | null>(null);
  const [keyIds, setKeyIds] = useState<string[]>([]);
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });

  // Follows `stored`: the pack in force changes when an import (or the background) accepts one.
  useEffect(() => void getPackInForce().then(setPack), [stored]);

  // A managed trustedKeys replaces the device's own (lib/storage.ts PackSettings).
  const trusted = Array.isArray(managed?.trustedKeys) ? (managed.trustedKeys as string[]) : (settings?.trustedKeys ?? []);
  const trustedKey = trusted.join('\n');
  useEffect(() => void Promise.all(trusted.map(keyIdOf)).then(setKeyIds), [trustedKey]);

  async function importFile(file: File) {
    setImportState({ kind: 'working', file: file.name });
    try {
      const contents = await file.text();
      const reply = await browser.runtime.sendMessage(message('import-pack', { text: contents }));
      if (!reply) throw new Error(t('options_import_no_reply'));
      const name = file.name;
      if (reply.lastResult === 'refused') setImportState({ kind: 'refused', file: name, stage: reply.stage ?? '', reason: reply.reason ?? '' });
      else setImportState({ kind: reply.lastResult, file: name, version: reply.version ?? 0 });
    } catch (e) {
      setImportState({ kind: 'refused', file: file.name, stage: 'read', reason: e instanceof Error ? e.message : String(e) });
    }
  }

  if (!pack || !status || !settings || !stored) return null;
  return (
    <OptionsView
      facts={{ stored: stored.value, school: pack.profile.school.name, version: pack.version }}
      diagnostics={{ managed, settings, status, trustedKeyIds: keyIds }}
      importState={importState}
      onImportFile={importFile}
      authorUrl={browser.runtime.getURL('/author.html')}
    />
  );
}
