import { describe, expect, it } from 'vitest';
import { describeCsvError, pupilsFromCsv, staffFromCsv } from '../../../lib/rule-pack/csv';
import { readCsvRecords } from '../../../lib/rule-pack/csv-records';

// Synthetic exports shaped like each MIS's default student/staff list (invented names only).
const SIMS_PUPILS =
  '\uFEFFLegal Surname,Legal Forename,Preferred Surname,Preferred Forename,Year,Reg Group\r\n' +
  'Abbott,Oluwaseun,Abbott,Seun,Year 4,4K\r\n' +
  '"O\'Hara-Byrne",Maeve,"O\'Hara-Byrne",Maeve,Year 5,5T\r\n' +
  'Quillfeather,Tobias,Quillfeather,Toby,Year 6,6R\r\n';

const ARBOR_PUPILS =
  'First name,Last name,Preferred first name,Legal first name,Legal last name,Year group\n' +
  'Ines,Marchetti,,Ines,Marchetti,Reception\n' +
  'Zoë,Vantongeren,Zo,Zoë,Vantongeren,Year 2\n';

const BROMCOM_STAFF =
  'Title,Forename,Surname,Preferred Forename,Job Title,Department\r\n' +
  'Mrs,Henrietta,Pembrook-Lyle,Hetty,"Teacher, Year 3",KS1\r\n' +
  'Mr,Desmond,Okonkwo-Fairley,,"Head of ""Upper"" School",SLT\r\n' +
  'Ms,Priya,Ravensworth,,Teaching Assistant,\r\n';

describe('readCsvRecords', () => {
  it('reads quoted commas, doubled quotes, CRLF and line breaks inside quotes, with start lines', () => {
    const { records, problems } = readCsvRecords('a,b\r\n"x, y","say ""hi"""\r\n"two\r\nlines",z\r\n\r\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
    ]);
  });

  it('takes semicolons or tabs when the header uses them', () => {
    expect(readCsvRecords('Forename;Surname\nA;B').records[1]?.cells).toEqual(['A', 'B']);
    expect(readCsvRecords('Forename\tSurname\nA\tB').records[1]?.cells).toEqual(['A', 'B']);
  });

  it('reports a quote that is never closed, on the line it opened', () => {
    expect(readCsvRecords('a,b\n1,2\n"3,4\n5,6').problems).toEqual([{ line: 3, message: expect.stringContaining('never closed') }]);
  });
});

describe('pupilsFromCsv', () => {
  it('SIMS: preferred name, plus the legal name when it differs, BOM and CRLF handled', () => {
    const { pupils, errors } = pupilsFromCsv(SIMS_PUPILS);
    expect(errors).toEqual([]);
    expect(pupils).toEqual(['Seun Abbott', 'Oluwaseun Abbott', "Maeve O'Hara-Byrne", 'Toby Quillfeather', 'Tobias Quillfeather']);
  });

  it('Arbor: an empty preferred name falls back to the first name', () => {
    expect(pupilsFromCsv(ARBOR_PUPILS)).toEqual({ pupils: ['Ines Marchetti', 'Zo Vantongeren', 'Zoë Vantongeren'], errors: [] });
  });

  it('matches headers whatever their case, spacing and punctuation', () => {
    expect(pupilsFromCsv('FORENAME , sur_name\nAda,Quist\n').pupils).toEqual(['Ada Quist']);
  });

  it('reads a single "Surname, Forename" Name column', () => {
    expect(pupilsFromCsv('Name,Class\n"Brightwater, Lily",3B\nNoor Haddad,3B\n').pupils).toEqual(['Lily Brightwater', 'Noor Haddad']);
  });

  it('names the line and column of an empty name, never the other cells, and keeps the good rows', () => {
    const { pupils, errors } = pupilsFromCsv('Forename,Surname,Year\nAda,Quist,3\n,Tull,3\nBeth,,4\nCai,Wren,4\n');
    expect(pupils).toEqual(['Ada Quist', 'Cai Wren']);
    expect(errors.map(describeCsvError)).toEqual(['line 3, column "Forename": is empty', 'line 4, column "Surname": is empty']);
    expect(JSON.stringify(errors)).not.toMatch(/Tull|Beth/);
  });

  it('refuses a row with more fields than the header (an unquoted comma shifts every column)', () => {
    const { pupils, errors } = pupilsFromCsv('Forename,Surname,Year\nAda,Quist,3\nBen,Lowe, Jr,4\n');
    expect(pupils).toEqual(['Ada Quist']);
    expect(errors).toEqual([{ line: 3, message: expect.stringContaining('4 fields but the header has 3') }]);
  });

  it('says so when the header has no name columns, or the file is empty', () => {
    expect(pupilsFromCsv('UPN,Year\nA123,4\n').errors.map(describeCsvError)).toEqual([expect.stringMatching(/^line 1: the header row has no name columns/)]);
    expect(pupilsFromCsv('').errors.map(describeCsvError)).toEqual(['line 1: the file is empty']);
    expect(pupilsFromCsv('Forename,Year\nAda,3\n').errors[0]?.message).toMatch(/no name columns/);
  });

  it('lists a pupil once, whatever the case, across repeated rows', () => {
    expect(pupilsFromCsv('Forename,Surname\nAda,Quist\nADA,QUIST\n').pupils).toEqual(['Ada Quist']);
  });
});

describe('staffFromCsv', () => {
  it('Bromcom: preferred forename, role from Job Title with quoted commas and quotes', () => {
    expect(staffFromCsv(BROMCOM_STAFF)).toEqual({
      staff: [
        { name: 'Hetty Pembrook-Lyle', role: 'Teacher, Year 3' },
        { name: 'Desmond Okonkwo-Fairley', role: 'Head of "Upper" School' },
        { name: 'Priya Ravensworth', role: 'Teaching Assistant' },
      ],
      errors: [],
    });
  });

  it('leaves the role out when the export has none', () => {
    expect(staffFromCsv('First Name,Last Name\nGwen,Ashdown\n').staff).toEqual([{ name: 'Gwen Ashdown' }]);
  });
});
