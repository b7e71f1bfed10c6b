import type { Detector } from '../types';
import { credentials } from './credentials';
import { email } from './email';
import { phone } from './phone';
import { profanity } from './profanity';
import { pupilContact } from './pupil-contact';
import { pupils } from './pupils';
import { schoolName } from './school-name';
import { schoolPlace } from './school-place';
import { staff } from './staff';

/** Every detector that ships, by id. A pack's rules choose among these (MV3: no remote code). */
export const DETECTORS: ReadonlyMap<string, Detector> = new Map(
  [credentials, email, phone, profanity, pupilContact, pupils, schoolName, schoolPlace, staff].map((d) => [d.id, d]),
);
