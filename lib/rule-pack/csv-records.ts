/**
 * RFC 4180 records as schools' MIS exports write them (SIMS, Arbor, Bromcom):
 * a header row, fields quoted when they hold commas, quotes (doubled) or line
 * breaks, CRLF line ends, often a UTF-8 BOM (Excel's "CSV UTF-8"). Pure: text in,
 * records out, each with the file line it starts on so errors can point at it.
 */
export interface CsvRecord {
  /** 1-based line of the file where the record starts (a quoted field may span lines). */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface CsvRecords {
  records: CsvRecord[];
  problems: CsvProblem[];
}

/**
 * Exports saved from Excel in some locales use `;`, and "text (tab delimited)"
 * uses tabs: take whichever separator the header line uses most, comma on a tie.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  const best = [';', '\t'].find((c) => count(c) > count(','));
  return best ?? ',';
}

export function readCsvRecords(input: string): CsvRecords {
  const text = input.replace(/^\uFEFF/, '');
  const sep = delimiterOf(text);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let recordLine = 1;
  let quoteLine = 1;
  const endRecord = () => {
    cells.push(cell);
    // A blank line is no record: exports often end with one or two.
    if (cells.length > 1 || cells[0]?.trim()) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        // A CRLF inside a quoted field is one line break in the value.
        if (!(c === '\r' && text[i + 1] === '\n')) cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += c;
  }
  if (quoted) {
    problems.push({ line: quoteLine, message: 'a quoted field is never closed (a missing " ?)' });
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { records, problems };
}
