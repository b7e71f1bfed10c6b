import { useEffect, useState } from 'preact/hooks';
import { type ExportState, exportablePack, lockKeys, unlockKeys, type AuthorDraft } from '../../components/author';
import { t } from '../../components/i18n';
import { authorKeysItem } from '../../lib/author-storage';
import { generateKeys, signPack, toSigningKeys } from '../../lib/rule-pack/sign';
import { browser } from 'wxt/browser';
import { rosterKeyId, rosterKeyPolicySnippets } from '../../lib/rule-pack/roster-key';
import type { ExportedKeys, SigningKeys } from '../../lib/rule-pack/sign';

/** A blob: URL for a JSON file, revoked when replaced. */
function useJsonFile(): [{ href: string; name: string } | null, (value: unknown, name: string) => { href: string; name: string }] {
  const [file, setFile] = useState<{ href: string; name: string } | null>(null);
  useEffect(() => () => void (file && URL.revokeObjectURL(file.href)), [file]);
  const make = (value: unknown, name: string) => {
    const next = { href: URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' })), name };
    setFile(next);
    return next;
  };
  return [file, make];
}

/**
 * Keys on this device, their passphrase-locked backup, and the signed pack export.
 * The stored private key is non-extractable (lib/author-storage.ts): only the keys
 * made or restored on this visit to the page are held as bytes, in `material`, in
 * this page's memory, so that they can be backed up; they are never stored.
 */
export function useSigning(draft: AuthorDraft | null, setDraft: (d: AuthorDraft) => void) {
  const [keys, setKeys] = useState<SigningKeys | null>(null);
  const [material, setMaterial] = useState<ExportedKeys | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [keyMessage, setKeyMessage] = useState('');
  const [keyFile, makeKeyFile] = useJsonFile();
  const [, makePackFile] = useJsonFile();
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  // Keys made before the first read answers win over what it read.
  useEffect(() => void authorKeysItem.getValue().then((stored) => setKeys((current) => current ?? stored)), []);

  const store = async (k: ExportedKeys, message: string) => {
    const kept = await toSigningKeys(k.privateKey);
    await authorKeysItem.setValue(kept);
    setKeys(kept);
    setMaterial(k);
    setKeyMessage(`${message} ${t('author_keys_backup_now')}`);
  };
  const failed = (e: unknown) => setKeyMessage(e instanceof Error ? e.message : String(e));

  const rosterKey = draft?.rosterKey;
  // The gecko id is fixed in wxt.config.ts; a Chromium id is this install's (fixed when the build has a manifest key).
  const isFirefox = browser.runtime.getURL('/').startsWith('moz-extension:');
  const snippets = rosterKey ? rosterKeyPolicySnippets(rosterKey, { gecko: 'postguard@postguard.example', ...(isFirefox ? {} : { chromium: browser.runtime.id }) }) : null;
  return {
    roster: draft && rosterKey && snippets ? {
      keyId: rosterKeyId(rosterKey),
      ...snippets,
      embed: draft.embedRosterKey === true,
      hashTerms: draft.hashTerms === true,
      onEmbed: (on: boolean) => setDraft({ ...draft, embedRosterKey: on }),
      onHashTerms: (on: boolean) => setDraft({ ...draft, hashTerms: on }),
    } : null,
    keys: keys && { publicKey: keys.publicKey, keyId: keys.keyId },
    canBackUp: material !== null && material.keyId === keys?.keyId,
    passphrase,
    keyMessage,
    keyFile,
    exportState,
    onPassphrase: setPassphrase,
    onGenerate: () => {
      // Replacing keys means IT must trust the new public key: ask first.
      if (keys && !confirm(t('author_keys_replace_confirm'))) return;
      void generateKeys().then((k) => store(k, t('author_keys_generated', k.keyId)), failed);
    },
    onLockKeys: () => {
      if (!keys) return;
      if (!material || material.keyId !== keys.keyId) return setKeyMessage(t('author_keys_backup_gone'));
      void lockKeys(material, passphrase).then((file) => {
        makeKeyFile(file, `postguard-keys-${material.keyId}.json`);
        setKeyMessage(t('author_keys_locked'));
      }, failed);
    },
    onUnlockKeys: (text: string) => void unlockKeys(text, passphrase).then((k) => store(k, t('author_keys_imported', k.keyId)), failed),
    onCopyPublicKey: () => void (keys && navigator.clipboard.writeText(keys.publicKey).then(() => setKeyMessage(t('author_public_key_copied')), failed)),
    onExport: async () => {
      if (!draft || !keys) return;
      const built = exportablePack(draft, new Date().toISOString());
      if (!built.ok) return setExportState({ kind: 'invalid', errors: built.errors });
      try {
        const signed = await signPack(built.value, keys);
        const file = makePackFile(signed, `${built.value.id.replace(/[^a-z0-9-]+/g, '-')}-v${built.value.version}.json`);
        setExportState({ kind: 'signed', ...file, version: built.value.version });
        // Browsers refuse a version that isn't newer than the one in force: the next export must be higher.
        setDraft({ ...draft, version: built.value.version + 1 });
      } catch (e) {
        setExportState({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
      }
    },
  };
}
