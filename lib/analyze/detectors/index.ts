import type { Detector } from '../types';
import { commercialGambling } from './commercial-gambling';
import { commercialPiracy } from './commercial-piracy';
import { commercialScheme } from './commercial-scheme';
import { credentials } from './credentials';
import { email } from './email';
import { exclusion } from './exclusion';
import { inspection } from './inspection';
import { insults } from './insults';
import { phone } from './phone';
import { prejudice } from './prejudice';
import { profanity } from './profanity';
import { profileTerms } from './profile-terms';
import { pupilContact } from './pupil-contact';
import { pupilMatters } from './pupil-matters';
import { pupils } from './pupils';
import { rumours } from './rumours';
import { schoolName } from './school-name';
import { schoolPlace } from './school-place';
import { schoolPlans } from './school-plans';
import { secrecy } from './secrecy';
import { sexualExplicit } from './sexual-explicit';
import { sexualInnuendo } from './sexual-innuendo';
import { slurs } from './slurs';
import { staff } from './staff';
import { staffMatters } from './staff-matters';
import { violence } from './violence';

/** Every detector that ships, by id. A pack's rules choose among these (MV3: no remote code). */
export const DETECTORS: ReadonlyMap<string, Detector> = new Map(
  [
    commercialGambling,
    commercialPiracy,
    commercialScheme,
    credentials,
    email,
    exclusion,
    inspection,
    insults,
    phone,
    prejudice,
    profanity,
    profileTerms,
    pupilContact,
    pupilMatters,
    pupils,
    rumours,
    schoolName,
    schoolPlace,
    schoolPlans,
    secrecy,
    sexualExplicit,
    sexualInnuendo,
    slurs,
    staff,
    staffMatters,
    violence,
  ].map((d) => [d.id, d]),
);
