/**
 * Which column of an MIS export holds what. SIMS, Arbor and Bromcom name the
 * same columns differently ("Forename" / "First name", "Legal Surname" / "Legal
 * last name", "Job Title" / "Role"): headers are compared with case, spaces and
 * punctuation removed, against these aliases. The first matching column wins.
 */
export type Field = 'forename' | 'surname' | 'preferredForename' | 'preferredSurname' | 'legalForename' | 'legalSurname' | 'fullName' | 'role';

const ALIASES: Record<Field, string[]> = {
  forename: ['forename', 'firstname', 'givenname', 'firstnames'],
  surname: ['surname', 'lastname', 'familyname'],
  preferredForename: ['preferredforename', 'preferredfirstname', 'preferredname', 'knownas', 'chosenname'],
  preferredSurname: ['preferredsurname', 'preferredlastname'],
  legalForename: ['legalforename', 'legalfirstname', 'legalgivenname'],
  legalSurname: ['legalsurname', 'legallastname', 'legalfamilyname'],
  fullName: ['name', 'fullname', 'staffname', 'pupilname', 'studentname'],
  role: ['role', 'jobtitle', 'staffrole', 'post', 'position', 'jobrole'],
};

export const FORENAMES: Field[] = ['forename', 'legalForename', 'preferredForename'];
export const SURNAMES: Field[] = ['surname', 'legalSurname', 'preferredSurname'];
export const has = (cols: Columns, fields: Field[]) => fields.some((f) => cols.index[f] !== undefined);

const keyOf = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export interface Columns {
  index: Partial<Record<Field, number>>;
  header: string[];
}

export function columnsOf(header: string[]): Columns {
  const index: Partial<Record<Field, number>> = {};
  header.forEach((h, i) => {
    const key = keyOf(h);
    const field = (Object.keys(ALIASES) as Field[]).find((f) => ALIASES[f].includes(key));
    if (field && index[field] === undefined) index[field] = i;
  });
  return { index, header };
}
