import { storage } from 'wxt/utils/storage';
import type { AuthorDraft } from '../components/author/draft';
import type { ExportedKeys } from './rule-pack/sign';

/**
 * What the authoring page keeps on leadership's device (kept apart from
 * lib/storage.ts while issue 4's helpers work in parallel; the lead may move
 * them there). `local` never syncs: the draft holds pupil names in clear and the
 * keys hold the private signing key.
 */
export const authorDraftItem = storage.defineItem<AuthorDraft | null>('local:author-draft', { fallback: null, version: 1 });

/** The signing keys made on this page; back them up with a passphrase (components/author/key-vault.ts). */
export const authorKeysItem = storage.defineItem<ExportedKeys | null>('local:author-keys', { fallback: null, version: 1 });
