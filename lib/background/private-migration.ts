import { authorDraftItem, authorKeysItem } from '../author-storage';
import { definePrivateItem } from '../private-store';
import { toSigningKeys } from '../rule-pack/sign';
import { packSettingsItem } from '../storage';

/**
 * Moves what versions before issue 12 (point 5) kept in storage.local into the
 * private store, once, then removes it from storage.local. A private key found
 * there is kept only as a non-extractable CryptoKey.
 *
 * Once: after the first run, values under the old keys can only have been written
 * by a content script (the extension no longer writes them), so they are deleted
 * unread. Otherwise a content script could write `pack-settings` with
 * `allowUnsigned: true` and have the next start carry it into the private store.
 */

/** WXT's keys in storage.local (`local:pack-settings` is `pack-settings`), and their `$` version records. */
export const OLD_LOCAL_KEYS = ['author-draft', 'author-keys', 'pack-settings'] as const;
const oldKeysWithMeta = OLD_LOCAL_KEYS.flatMap((key) => [key, `${key}$`]);

/** 1 once the move has run on this device. */
export const privateMigrationItem = definePrivateItem<number>('migrated-from-local', 0);

export interface LocalArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

export async function migrateToPrivateStore(local: LocalArea): Promise<void> {
  if ((await privateMigrationItem.getValue()) < 1) {
    const old = await local.get([...OLD_LOCAL_KEYS]);
    // A value already in the private store is newer than one left behind: keep it.
    if (old['author-draft'] && (await authorDraftItem.getValue()) === null) await authorDraftItem.setValue(old['author-draft'] as never);
    if (old['pack-settings'] && Object.keys(await packSettingsItem.getValue()).length === 0) await packSettingsItem.setValue(old['pack-settings'] as never);
    const keys = old['author-keys'] as { privateKey?: unknown } | undefined;
    if (typeof keys?.privateKey === 'string' && (await authorKeysItem.getValue()) === null) {
      try {
        await authorKeysItem.setValue(await toSigningKeys(keys.privateKey));
      } catch (e) {
        // It could not have signed anything either; removing it below is still right.
        console.warn('postguard: the old signing key could not be read, and was not kept', e);
      }
    }
    await privateMigrationItem.setValue(1);
  }
  await local.remove(oldKeysWithMeta);
}
