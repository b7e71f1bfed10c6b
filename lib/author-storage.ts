import type { AuthorDraft } from '../components/author/draft';
import { definePrivateItem } from './private-store';
import type { SigningKeys } from './rule-pack/sign';

/**
 * What the authoring page keeps on leadership's device (kept apart from
 * lib/storage.ts while issue 4's helpers work in parallel; the lead may move
 * them there). Both live in the private store (lib/private-store.ts), not
 * storage.local, which every content script can read (issue 12, point 5): the
 * draft holds pupil names in clear and the keys hold the private signing key.
 */
export const authorDraftItem = definePrivateItem<AuthorDraft | null>('author-draft', null);

/**
 * The signing keys made or restored on this page. The private key is a
 * non-extractable CryptoKey: it signs, but nothing can read it back out, not
 * even for a backup, so the passphrase backup (components/author/key-vault.ts)
 * is made while the page still holds the key material, right after making or
 * restoring the keys.
 */
export const authorKeysItem = definePrivateItem<SigningKeys | null>('author-keys', null);
