import type { PackV2 } from '../../../rules/schema';

/** A small valid v2 school pack; tests change what they test. */
export function schoolPack(over: Partial<PackV2> = {}): PackV2 {
  return {
    schemaVersion: 2,
    id: 'school:st-aidans-leeds',
    version: 2,
    issuedAt: '2026-11-25T09:00:00Z',
    publisher: { name: "St Aidan's Primary School", contact: 'office@staidans-leeds.sch.uk' },
    profile: {
      school: { name: "St Aidan's Primary School", places: ['Roundhay'] },
      staff: [{ name: 'Gareth Pryce', role: 'Headteacher' }],
      pupils: ['Harriet Cole', "Ronan O'Neill"],
    },
    categories: { profanity: { severity: 'high' } },
    examples: [
      { text: 'What the fuck happened to summer', expect: ['profanity'] },
      { text: 'Lovely walk by the river today', expect: [] },
    ],
    ...over,
  };
}
