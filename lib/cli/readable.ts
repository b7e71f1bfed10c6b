import type { Analyzer } from '../analyze';

/** Findings for a person: each with what it marks, why, and the policy section it rests on. */
export function formatReadable(analyzer: Analyzer, text: string, color: boolean): string {
  const findings = analyzer.analyze(text);
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s);
  const sev = (s: string) => (color ? (s === 'high' ? `\x1b[31m${s}\x1b[39m` : s === 'warn' ? `\x1b[33m${s}\x1b[39m` : s) : s);
  if (!findings.length) return 'No findings: nothing in this draft appears to go against the policy.\n';
  const sections = new Map(analyzer.pack.policy.sections.map((s) => [s.id, s]));
  const lines = [`${findings.length} finding${findings.length === 1 ? '' : 's'}:`, ''];
  for (const f of findings) {
    lines.push(`${bold(`"${f.text}"`)}  ${f.category}, ${sev(f.severity)}  ${dim(`(${f.start}-${f.end})`)}`);
    lines.push(`  ${f.message}`);
    if (f.suggestion !== undefined) lines.push(`  Suggestion: ${f.suggestion === '' ? 'remove it.' : `write "${f.suggestion}" instead.`}`);
    for (const id of f.sections) {
      const s = sections.get(id);
      lines.push(dim(`  Section ${id}${s ? `, ${s.title}: ${s.summary}` : ''}`));
    }
    lines.push('');
  }
  return lines.join('\n');
}
