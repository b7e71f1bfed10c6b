import { storage } from 'wxt/utils/storage';

/**
 * The highest version of each pack id ever accepted on this device, so that a pack
 * at or below it is refused even after another id was in force in between (issue 12,
 * point 4: v5 of A, then B, then v1 of A again). Only the background writes it.
 *
 * Behind this get/record interface on purpose: it sits in storage.local for now, where
 * content scripts could write it too (issue 12, point 5); the move of the trust
 * settings to the extension origin's private store takes this with it.
 */
export interface SeenVersions {
  get(): Promise<Record<string, number>>;
  /** Raises `id`'s entry to `version`; never lowers it. */
  record(id: string, version: number): Promise<void>;
}

const item = storage.defineItem<Record<string, number>>('local:pack-versions-seen', { fallback: {}, version: 1 });

export const seenVersions: SeenVersions = {
  get: () => item.getValue(),
  async record(id, version) {
    const seen = await item.getValue();
    if ((seen[id] ?? -1) >= version) return;
    await item.setValue({ ...seen, [id]: version });
  },
};
