import type { Pack } from './schema';
import categories from './packs/categories.json';
import profile from './packs/default-profile.json';
import rules from './packs/rules.json';
import policy from './policy/christ-church-2014.json';

/**
 * The pack in force when leadership has pushed none: the Christ Church School,
 * Hampstead policy (../shared/seed), every category on. Validated against
 * PackSchema by tests/rules/default-pack.test.ts, so the cast is checked there.
 */
export const DEFAULT_PACK = {
  schemaVersion: 1,
  id: 'postguard-default',
  version: 1,
  publisher: 'postguard',
  policy,
  categories,
  rules,
  profile,
} as Pack;
