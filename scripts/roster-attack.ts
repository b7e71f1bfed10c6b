/**
 * `npm run attack:roster`: the roster attack of issue 12 measured again. A 300-pupil
 * pack, lists of 5,000 first names and 20,000 surnames (synthetic, with every roster
 * name inside: the attacker's best case), halves first then pairs
 * (scripts/roster-attack-core.ts). Three packs: legacy (salted SHA-256, as built
 * before issue 12), keyed (HMAC under a roster key IT gives by policy, not in the
 * pack), keyed with the key inside (a file for unmanaged devices).
 */
import { buildLegacyPupilHashes, buildPupilHashes, pupilHashSets } from '../lib/rule-pack/pupils';
import { newRosterKey } from '../lib/rule-pack/roster-key';
import { sha256Hex } from '../lib/hash/sha256';
import type { PupilHashSet } from '../rules/schema';
import { attackData, attackRoster } from './roster-attack-core';

const PUPILS = 300, FIRST = 5_000, SURNAMES = 20_000;
const { roster, firstNames, surnames } = attackData(PUPILS, FIRST, SURNAMES);
const key = newRosterKey();
const packs: [string, PupilHashSet][] = [
  ['legacy (salted SHA-256, salt in the pack)', buildLegacyPupilHashes(roster)],
  ['keyed (HMAC-SHA256, key by managed policy)', buildPupilHashes(roster, { key })],
  ['keyed, key inside the pack (--embed-roster-key)', buildPupilHashes(roster, { key, embed: true })],
];

console.log(`roster ${roster.length} pupils; candidates ${firstNames.length.toLocaleString('en-GB')} first names, ${surnames.length.toLocaleString('en-GB')} surnames (every roster half included)`);
for (const [name, set] of packs) {
  const r = attackRoster(pupilHashSets({ school: { name: 'S' }, pupilHashes: set }), firstNames, surnames);
  const right = r.recovered.filter((n) => roster.includes(n)).length;
  console.log(`${name}: recovered ${right} of ${roster.length} (${r.recovered.length - right} wrong), first names found ${r.firstFound}, surnames found ${r.surnamesFound}, ${r.hashes.toLocaleString('en-GB')} hashes, ${(r.ms / 1000).toFixed(2)} s`);
}

// The full cross product against a legacy pack, extrapolated from the hash rate.
const n = 200_000, t0 = performance.now();
for (let i = 0; i < n; i++) sha256Hex(`0123456789abcdef0123456789abcdef:name ${i}`);
const perSec = n / ((performance.now() - t0) / 1000);
console.log(`legacy full cross product (${(FIRST * SURNAMES).toLocaleString('en-GB')} pairs) at ${Math.round(perSec).toLocaleString('en-GB')} hashes/s: about ${((FIRST * SURNAMES) / perSec / 60).toFixed(1)} min on one core`);
console.log('keyed without the key: each guess needs the 32-byte roster key (2^256 keys); no list of names helps.');
