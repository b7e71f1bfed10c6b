import type { Detector } from '../types';
import { commercialGambling } from './commercial-gambling';
import { commercialPiracy } from './commercial-piracy';
import { commercialScheme } from './commercial-scheme';
import { credentials } from './credentials';
import { email } from './email';
import { phone } from './phone';
import { profanity } from './profanity';
import { pupilContact } from './pupil-contact';
import { pupils } from './pupils';
import { schoolName } from './school-name';
import { schoolPlace } from './school-place';
import { sexualExplicit } from './sexual-explicit';
import { sexualInnuendo } from './sexual-innuendo';
import { staff } from './staff';
import { violence } from './violence';

/** Every detector that ships, by id. A pack's rules choose among these (MV3: no remote code). */
export const DETECTORS: ReadonlyMap<string, Detector> = new Map(
  [
    commercialGambling,
    commercialPiracy,
    commercialScheme,
    credentials,
    email,
    phone,
    profanity,
    pupilContact,
    pupils,
    schoolName,
    schoolPlace,
    sexualExplicit,
    sexualInnuendo,
    staff,
    violence,
  ].map((d) => [d.id, d]),
);
