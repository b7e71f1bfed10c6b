import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../lib/analyze';
import { lockedCategoryIds, withLockedCategories } from '../../lib/locked-categories';
import { getPackInForce, watchPackInForce } from '../../lib/pack-in-force';
import { packInForceItem } from '../../lib/storage';
import { DEFAULT_PACK } from '../../rules/default-pack';
import type { Pack } from '../../rules/schema';

// Issue 12, point 10: the managed policy's lockedCategories was parsed and never used.

const DRAFT = 'What the fuck happened to summer';
const profanityOff: Pack = { ...DEFAULT_PACK, id: 'school:lax', categories: { ...DEFAULT_PACK.categories, profanity: { ...DEFAULT_PACK.categories.profanity, enabled: false } } };
const categoriesFound = (pack: Pack) => createAnalyzer(pack).analyze(DRAFT).map((f) => f.category);

beforeEach(() => fakeBrowser.reset());

describe('withLockedCategories', () => {
  it('switches a locked category back on, keeping the pack\'s other settings for it', () => {
    const locked = withLockedCategories(profanityOff, ['profanity']);
    expect(locked.categories.profanity).toEqual({ ...DEFAULT_PACK.categories.profanity, enabled: true });
    expect(categoriesFound(profanityOff)).not.toContain('profanity');
    expect(categoriesFound(locked)).toContain('profanity');
  });
  it('changes nothing when nothing locked is off; ignores ids that are not categories', () => {
    expect(withLockedCategories(profanityOff, ['pupil-details', 'no-such-thing'])).toBe(profanityOff);
    expect(withLockedCategories(profanityOff, undefined)).toBe(profanityOff);
    expect(lockedCategoryIds(['violence', 'nope', 'credentials'])).toEqual(['credentials', 'violence']);
  });
});

describe('the pack in force honours the managed policy\'s locked categories', () => {
  it('every reader of the pack in force gets the locked category on', async () => {
    await packInForceItem.setValue({ pack: profanityOff, source: 'url', version: 1, publisher: 'Lax', keyId: null, acceptedAt: 1 });
    expect((await getPackInForce()).categories.profanity.enabled).toBe(false);
    await fakeBrowser.storage.managed.set({ lockedCategories: ['profanity'] });
    const pack = await getPackInForce();
    expect(pack.categories.profanity.enabled).toBe(true);
    expect(categoriesFound(pack)).toContain('profanity');
  });
  it('a policy change reaches watchers (the content script re-compiles on it)', async () => {
    await packInForceItem.setValue({ pack: profanityOff, source: 'url', version: 1, publisher: 'Lax', keyId: null, acceptedAt: 1 });
    const seen: boolean[] = [];
    const stop = new AbortController();
    watchPackInForce((pack) => seen.push(pack.categories.profanity.enabled), stop.signal);
    await fakeBrowser.storage.managed.set({ lockedCategories: ['profanity'] });
    await expect.poll(() => seen).toEqual([true]);
    stop.abort();
  });
});
