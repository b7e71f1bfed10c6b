import { definePrivateItem } from '../../private-store';

/**
 * The highest version of each pack id ever accepted on this device, so that a pack
 * at or below it is refused even after another id was in force in between (issue 12,
 * point 4: v5 of A, then B, then v1 of A again). Only the background writes it.
 *
 * Kept in the extension origin's private store (lib/private-store.ts), not storage.local:
 * a content script could otherwise lower it and reopen the rollback (issue 12, point 5).
 */
export interface SeenVersions {
  get(): Promise<Record<string, number>>;
  /** Raises `id`'s entry to `version`; never lowers it. */
  record(id: string, version: number): Promise<void>;
}

const item = definePrivateItem<Record<string, number>>('pack-versions-seen', {});

export const seenVersions: SeenVersions = {
  get: () => item.getValue(),
  async record(id, version) {
    const seen = await item.getValue();
    if ((seen[id] ?? -1) >= version) return;
    await item.setValue({ ...seen, [id]: version });
  },
};
