import type { Detector } from '../types';
import { exclusion } from './exclusion';
import { inspection } from './inspection';
import { insults } from './insults';
import { prejudice } from './prejudice';
import { profanity } from './profanity';
import { profileTerms } from './profile-terms';
import { pupilMatters } from './pupil-matters';
import { rumours } from './rumours';
import { schoolPlans } from './school-plans';
import { secrecy } from './secrecy';
import { slurs } from './slurs';
import { staffMatters } from './staff-matters';

/** Every detector that ships, by id. A pack's rules choose among these (MV3: no remote code). */
export const DETECTORS: ReadonlyMap<string, Detector> = new Map(
  [profanity, slurs, prejudice, exclusion, insults, rumours, pupilMatters, staffMatters, schoolPlans, inspection, secrecy, profileTerms].map((d) => [
    d.id,
    d,
  ]),
);
