import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PRIVATE_CHANGED, definePrivateItem, isExtensionSender } from '../../../lib/private-store';
import { toSigningKeys, generateKeys } from '../../../lib/rule-pack/sign';
import { fakeTab } from '../background/helpers';

/** lib/private-store.ts with fakeBrowser and fake-indexeddb (a fresh database per test: tests/unit/helpers/private-store.ts). */

beforeEach(() => fakeBrowser.reset());

const PAGE = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
/** A content script's sender: the page's URL and its tab (Chromium and Firefox alike). */
const CONTENT = () => ({ id: fakeBrowser.runtime.id, url: 'https://www.facebook.com/', tab: fakeTab(7, 'https://www.facebook.com/') });
const announce = (key: string, from = 'another-context') => ({ type: PRIVATE_CHANGED, data: { key, from } });

describe('a private item', () => {
  it('gives the fallback until set, keeps a structured clone, and forgets on null', async () => {
    const item = definePrivateItem<{ n: number; list: string[] } | null>('thing', null);
    expect(await item.getValue()).toBeNull();
    const value = { n: 1, list: ['a'] };
    await item.setValue(value);
    value.list.push('changed after');
    expect(await item.getValue()).toEqual({ n: 1, list: ['a'] });
    await item.setValue(null);
    expect(await item.getValue()).toBeNull();
    await item.setValue({ n: 2, list: [] });
    await item.removeValue();
    expect(await item.getValue()).toBeNull();
  });

  it('keeps a non-extractable CryptoKey that still signs, and never touches storage.local', async () => {
    const item = definePrivateItem<Awaited<ReturnType<typeof toSigningKeys>> | null>('keys', null);
    const exported = await generateKeys();
    await item.setValue(await toSigningKeys(exported.privateKey));
    const kept = await item.getValue();
    expect(kept?.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', kept!.privateKey)).rejects.toThrow();
    const sig = await crypto.subtle.sign('Ed25519', kept!.privateKey, new Uint8Array([1, 2, 3]));
    const pub = await crypto.subtle.importKey('raw', Uint8Array.from(atob(exported.publicKey), (c) => c.charCodeAt(0)), 'Ed25519', false, ['verify']);
    expect(await crypto.subtle.verify('Ed25519', pub, sig, new Uint8Array([1, 2, 3]))).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('watching a private item', () => {
  it('hears changes made in this context once, with the old value', async () => {
    const item = definePrivateItem<number>('count', 0);
    const seen: Array<[number, number | null]> = [];
    const unwatch = item.watch((value, old) => seen.push([value, old]));
    await item.setValue(1);
    await item.setValue(2);
    // fakeBrowser delivers a context's runtime messages back to it, unlike a browser: still once each.
    expect(seen).toEqual([[1, null], [2, 1]]);
    unwatch();
    await item.setValue(3);
    expect(seen).toHaveLength(2);
  });

  it('reads the value again when an extension page announces a change, and ignores a content script that does', async () => {
    const item = definePrivateItem<number>('count', 0);
    const callback = vi.fn();
    item.watch(callback);
    // Another context wrote 5 (here: the same database, written without announcing).
    const silent = definePrivateItem<number>('count', 0);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await silent.setValue(5);
    callback.mockClear();
    send.mockRestore();

    await fakeBrowser.runtime.onMessage.trigger(announce('count'), CONTENT());
    await fakeBrowser.runtime.onMessage.trigger(announce('count'), {});
    await fakeBrowser.runtime.onMessage.trigger(announce('other-key'), PAGE());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(callback).not.toHaveBeenCalled();

    await fakeBrowser.runtime.onMessage.trigger(announce('count'), PAGE());
    await vi.waitFor(() => expect(callback).toHaveBeenCalledWith(5, null));
  });

  it('announces each change with a runtime message that carries the key, never the value', async () => {
    const messages: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => void messages.push(message));
    await definePrivateItem<string>('secret', '').setValue('pupil names');
    // Sent without waiting for it (lib/private-store.ts says why): wait for it here.
    await vi.waitFor(() => expect(messages).toEqual([{ type: PRIVATE_CHANGED, data: { key: 'secret', from: expect.any(String) } }]));
    expect(JSON.stringify(messages)).not.toContain('pupil names');
  });
});

describe('isExtensionSender', () => {
  it('is true for the extension\'s pages only', () => {
    expect(isExtensionSender(PAGE())).toBe(true);
    expect(isExtensionSender(CONTENT())).toBe(false);
    expect(isExtensionSender({})).toBe(false);
    expect(isExtensionSender({ url: fakeBrowser.runtime.getURL('/options.html') })).toBe(false);
    expect(isExtensionSender({ id: 'another-extension', url: fakeBrowser.runtime.getURL('/options.html') })).toBe(false);
    // A look-alike origin: the URL must start with this extension's own base.
    expect(isExtensionSender({ url: `${fakeBrowser.runtime.getURL('/').slice(0, -1)}.evil.example/` })).toBe(false);
  });
});
