import { createInterface } from 'node:readline';
import type { Analyzer, Finding } from '../analyze';

/** The contract's JSONL finding: exactly these fields, in this order. */
function contractFinding(f: Finding) {
  return { category: f.category, sections: f.sections, start: f.start, end: f.end, severity: f.severity, message: f.message };
}

/**
 * JSONL batch mode (analysis contract, "Command line"): one result line per
 * input line, in order; a bad line becomes `{"line": N, "error": ...}` and the
 * rest are still analysed. Blank lines are skipped. Resolves to the number of
 * bad lines.
 */
export async function checkJsonl(analyzer: Analyzer, input: NodeJS.ReadableStream, out: NodeJS.WritableStream): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  const buf: string[] = [];
  const flush = () => {
    if (buf.length) out.write(buf.join(''));
    buf.length = 0;
  };
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    const result = checkLine(analyzer, line, lineNo);
    if ('error' in result) bad++;
    buf.push(JSON.stringify(result) + '\n');
    if (buf.length >= 64) flush();
  }
  flush();
  return bad;
}

function checkLine(analyzer: Analyzer, line: string, lineNo: number): object {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { line: lineNo, error: `not valid JSON: ${(e as Error).message}` };
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return { line: lineNo, error: 'expected a JSON object with "id" and "text"' };
  const { id, text } = obj as { id?: unknown; text?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') return { line: lineNo, error: 'missing "id" (a string)' };
  if (typeof text !== 'string') return { line: lineNo, error: 'missing "text" (a string)' };
  return { id, findings: analyzer.analyze(text).map(contractFinding) };
}
