import { packSettingsItem, packStatusItem } from '../../storage';
import { type ExtensionEvent, listen } from '../listen';
import type { PackUpdater } from './updater';
import type { EffectiveSettings } from './policy';

export const PACK_ALARM = 'postguard-pack-check';

export interface PackUpdatesApi {
  alarms: {
    get(name: string): Promise<{ name: string; periodInMinutes?: number } | undefined>;
    create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): unknown;
    onAlarm: ExtensionEvent<(alarm: { name: string }) => void>;
  };
  /** storage.onChanged: area 'managed' when leadership's policy changes (it can land after start-up). */
  onStorageChanged: ExtensionEvent<(changes: Record<string, unknown>, area: string) => void>;
  /** runtime.onStartup: the browser started, check the pack URL whatever the last check was. */
  onStartup: ExtensionEvent<() => void>;
  settings(): Promise<EffectiveSettings>;
  now(): number;
}

/**
 * When packs are looked for: at browser start-up, on the alarm every
 * `updateIntervalMinutes`, when the managed policy or the local pack settings
 * change, and when the worker wakes and the last check is older than the interval
 * (MV3 workers stop after 30 s idle, so "start of the worker" is not "start-up").
 * Listeners are added synchronously, as MV3 requires.
 */
export function startPackUpdates(api: PackUpdatesApi, updater: PackUpdater, signal: AbortSignal): void {
  const everything = async () => {
    await updater.applyInline();
    await updater.checkUrl();
    await keepAlarm(api);
  };
  const log = (e: unknown) => console.warn('postguard: pack update failed', e);

  listen(api.alarms.onAlarm, (alarm) => void (alarm.name === PACK_ALARM && updater.checkUrl().catch(log)), signal);
  listen(api.onStartup, () => void everything().catch(log), signal);
  listen(api.onStorageChanged, (_changes, area) => void (area === 'managed' && everything().catch(log)), signal);
  const unwatch = packSettingsItem.watch(() => void everything().catch(log));
  signal.addEventListener('abort', unwatch, { once: true });

  void wake(api, updater).catch(log);
}

async function wake(api: PackUpdatesApi, updater: PackUpdater): Promise<void> {
  await updater.applyInline();
  const settings = await api.settings();
  const last = (await packStatusItem.getValue()).url;
  const due = !last || last.url !== settings.packUrl || api.now() - last.lastCheck >= settings.updateIntervalMinutes * 60_000;
  if (settings.packUrl && due) await updater.checkUrl();
  await keepAlarm(api);
}

/** Creates the alarm only when missing or its period changed: re-creating it on every wake would push it back forever. */
async function keepAlarm(api: PackUpdatesApi): Promise<void> {
  const { packUrl, updateIntervalMinutes } = await api.settings();
  if (!packUrl) return;
  const alarm = await api.alarms.get(PACK_ALARM);
  if (alarm?.periodInMinutes === updateIntervalMinutes) return;
  await api.alarms.create(PACK_ALARM, { delayInMinutes: updateIntervalMinutes, periodInMinutes: updateIntervalMinutes });
}
