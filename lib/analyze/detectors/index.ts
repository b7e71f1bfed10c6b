import type { Detector } from '../types';
import { exclusion } from './exclusion';
import { insults } from './insults';
import { prejudice } from './prejudice';
import { profanity } from './profanity';
import { rumours } from './rumours';
import { slurs } from './slurs';

/** Every detector that ships, by id. A pack's rules choose among these (MV3: no remote code). */
export const DETECTORS: ReadonlyMap<string, Detector> = new Map(
  [profanity, slurs, prejudice, exclusion, insults, rumours].map((d) => [d.id, d]),
);
