import { type Columns, FORENAMES, type Field, SURNAMES, columnsOf, has } from './csv-columns';
import { type CsvRecord, readCsvRecords } from './csv-records';

/**
 * Staff and pupil lists from MIS exports. SIMS, Arbor and Bromcom name the same
 * columns differently ("Forename" / "First name", "Legal Surname" / "Legal last
 * name", "Job Title" / "Role"), so headers are matched case-, space- and
 * punctuation-insensitively against aliases. Errors name the line and column and
 * never quote a cell: a pupil list must not be echoed back on screen.
 */
export interface CsvError {
  line: number;
  /** The column's header as written in the file, when the problem is in one cell. */
  column?: string;
  message: string;
}

export interface StaffImport {
  staff: { name: string; role?: string }[];
  errors: CsvError[];
}

export interface PupilImport {
  pupils: string[];
  errors: CsvError[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const joinName = (...parts: (string | undefined)[]) => squash(parts.filter(Boolean).join(' '));

interface Names {
  preferred: string;
  legal: string;
}

/** The row's names, or the column that is missing (an error the caller reports). */
function namesOf(cols: Columns, record: CsvRecord): Names | CsvError {
  const cell = (f: Field) => {
    const i = cols.index[f];
    return i === undefined ? undefined : squash(record.cells[i] ?? '') || undefined;
  };
  const full = cell('fullName');
  if (!has(cols, FORENAMES) || !has(cols, SURNAMES)) {
    if (!full) return { line: record.line, column: cols.header[cols.index.fullName!], message: 'no name in this row' };
    // SIMS lists often print "Surname, Forename" in a single Name column.
    const [surname, forename] = full.includes(',') ? full.split(',', 2).map(squash) : [undefined, full];
    const name = joinName(forename, surname);
    return { preferred: name, legal: name };
  }
  const forename = cell('forename');
  const surname = cell('surname');
  const legalForename = cell('legalForename') ?? forename;
  const legalSurname = cell('legalSurname') ?? surname;
  const preferredForename = cell('preferredForename') ?? forename ?? legalForename;
  const preferredSurname = cell('preferredSurname') ?? surname ?? legalSurname;
  const empty = !preferredForename ? FORENAMES : !preferredSurname ? SURNAMES : undefined;
  if (empty) {
    const i = cols.index[empty.find((f) => cols.index[f] !== undefined)!]!;
    return { line: record.line, column: cols.header[i], message: 'is empty' };
  }
  return { preferred: joinName(preferredForename, preferredSurname), legal: joinName(legalForename, legalSurname) };
}

interface Rows {
  cols: Columns;
  rows: { record: CsvRecord; names: Names }[];
  errors: CsvError[];
}

function readRows(text: string): Rows {
  const { records, problems } = readCsvRecords(text);
  const errors: CsvError[] = problems.map((p) => ({ line: p.line, message: p.message }));
  const [head, ...body] = records;
  const cols = columnsOf(head?.cells.map(squash) ?? []);
  const hasName = has(cols, ['fullName']) || (has(cols, FORENAMES) && has(cols, SURNAMES));
  if (!head || !hasName) {
    const message = head ? 'the header row has no name columns (expected Forename and Surname, or Name)' : 'the file is empty';
    return { cols, rows: [], errors: [{ line: head?.line ?? 1, message }, ...errors] };
  }
  const rows: Rows['rows'] = [];
  for (const record of body) {
    if (record.cells.length > cols.header.length) {
      // More fields than headers usually means an unquoted comma inside a name: every column after it is shifted.
      errors.push({ line: record.line, message: `has ${record.cells.length} fields but the header has ${cols.header.length} (an unquoted comma?)` });
      continue;
    }
    const names = namesOf(cols, record);
    if ('message' in names) errors.push(names);
    else rows.push({ record, names });
  }
  return { cols, rows, errors: errors.sort((a, b) => a.line - b.line) };
}

/** Adds a name once, whatever its case: exports repeat pupils across groups and staff across roles. */
function addOnce<T>(list: T[], seen: Set<string>, name: string, item: T) {
  const key = name.toLowerCase();
  if (seen.has(key)) return;
  seen.add(key);
  list.push(item);
}

/** Staff: the name they go by (preferred forename + surname) and their role when the export has one. */
export function staffFromCsv(text: string): StaffImport {
  const { cols, rows, errors } = readRows(text);
  const staff: StaffImport['staff'] = [];
  const seen = new Set<string>();
  for (const { record, names } of rows) {
    const i = cols.index.role;
    const role = i === undefined ? '' : squash(record.cells[i] ?? '');
    addOnce(staff, seen, names.preferred, role ? { name: names.preferred, role } : { name: names.preferred });
  }
  return { staff, errors };
}

/** Pupils: the name they go by, plus the legal name when it differs (either may appear in a post). */
export function pupilsFromCsv(text: string): PupilImport {
  const { rows, errors } = readRows(text);
  const pupils: string[] = [];
  const seen = new Set<string>();
  for (const { names } of rows) {
    for (const name of [names.preferred, names.legal]) addOnce(pupils, seen, name, name);
  }
  return { pupils, errors };
}

/** `line 4, column "Surname": is empty`: the form the page and the CLI print. */
export function describeCsvError(e: CsvError): string {
  return e.column === undefined ? `line ${e.line}: ${e.message}` : `line ${e.line}, column "${e.column}": ${e.message}`;
}
