import type { Pack } from './schema';
import categories from './packs/categories.json';
import profile from './packs/default-profile.json';
import policy from './policy/christ-church-2014.json';
import SchoolIdentity from './packs/rules/school-identity.json';
import StaffIdentity from './packs/rules/staff-identity.json';
import PupilDetails from './packs/rules/pupil-details.json';
import PupilContact from './packs/rules/pupil-contact.json';
import ContactDetails from './packs/rules/contact-details.json';
import Credentials from './packs/rules/credentials.json';
import Confidential from './packs/rules/confidential.json';
import Derogatory from './packs/rules/derogatory.json';
import Discriminatory from './packs/rules/discriminatory.json';
import Profanity from './packs/rules/profanity.json';
import Sexual from './packs/rules/sexual.json';
import Violence from './packs/rules/violence.json';
import Commercial from './packs/rules/commercial.json';

// The rules, one file per category (rules/packs/rules/*.json), each rule with
// the drafts it must flag and must allow.
const rules = [
  SchoolIdentity, StaffIdentity, PupilDetails, PupilContact, ContactDetails, Credentials, Confidential, Derogatory, Discriminatory, Profanity, Sexual, Violence, Commercial,
].flat();

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
