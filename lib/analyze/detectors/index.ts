import type { Detector } from '../types';
import { credentials } from './credentials';
import { email } from './email';
import { phone } from './phone';
import { profanity } from './profanity';

/** Every detector that ships, by id. A pack's rules choose among these (MV3: no remote code). */
export const DETECTORS: ReadonlyMap<string, Detector> = new Map(
  [profanity, phone, email, credentials].map((d) => [d.id, d]),
);
