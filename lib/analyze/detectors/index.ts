import type { Detector } from '../types';
import { commercialGambling } from './commercial-gambling';
import { commercialPiracy } from './commercial-piracy';
import { commercialScheme } from './commercial-scheme';
import { profanity } from './profanity';
import { sexualExplicit } from './sexual-explicit';
import { sexualInnuendo } from './sexual-innuendo';
import { violence } from './violence';

/** Every detector that ships, by id. A pack's rules choose among these (MV3: no remote code). */
export const DETECTORS: ReadonlyMap<string, Detector> = new Map(
  [profanity, commercialScheme, commercialPiracy, commercialGambling, sexualExplicit, sexualInnuendo, violence].map((d) => [d.id, d]),
);
