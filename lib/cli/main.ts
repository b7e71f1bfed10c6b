import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAnalyzer, type AnalysisFailure } from '../analyze';
import { checkJsonl } from './check';
import { loadPack, readJson, UsageError } from './load';
import { verifySignedPack } from '../rule-pack/sign';
import { pack } from './pack';
import { readKey } from './pack-io';
import { formatReadable } from './readable';
import { readRosterKey } from './roster-key';
import { USAGE } from './usage';
import { bundledModel } from './model';


async function check(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { profile: { type: 'string' }, pack: { type: 'string' }, 'rules-only': { type: 'boolean' }, pub: { type: 'string', multiple: true }, 'roster-key': { type: 'string' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.profile && values.pack) throw new UsageError('give --profile or --pack, not both');
  if (values.pub && !values.pack) throw new UsageError('--pub checks the signature of a --pack');
  if (values.pub && values.pack) {
    const r = await verifySignedPack(readJson(values.pack, 'pack'), values.pub.map((p) => readKey(p, 'public key')));
    if (!r.ok) throw new UsageError(`pack ${values.pack} refused: ${r.reason}`);
  }
  const rosterKey = readRosterKey(values['roster-key']);
  const analyzer = createAnalyzer(loadPack({ profile: values.profile, pack: values.pack }), { keys: rosterKey ? [rosterKey] : [], model: values['rules-only'] ? undefined : bundledModel() });
  if (values.jsonl) {
    if (positionals.length) throw new UsageError('--jsonl reads drafts from stdin; drop the text arguments');
    const bad = await checkJsonl(analyzer, process.stdin, process.stdout);
    reportFailures(analyzer.failures());
    return bad ? 1 : 0;
  }
  const text = positionals.length ? positionals.join(' ') : readFileSync(0, 'utf8');
  process.stdout.write(formatReadable(analyzer, text, process.stdout.isTTY === true));
  reportFailures(analyzer.failures());
  return 0;
}

/** A part of the analyzer that threw was survived, not hidden (issue 13, point 6): say which, how often. */
function reportFailures(failures: readonly AnalysisFailure[]): void {
  for (const f of failures) process.stderr.write(`postguard: ${f.where} failed ${f.count} time${f.count === 1 ? '' : 's'} (first: ${f.message}); its findings are missing\n`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check') return check(rest);
  if (command === 'pack') return pack(rest);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  throw new UsageError(`unknown command "${command}"`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // Bad input (a missing profile, an unknown option) is the user's to fix: say what, exit 2.
    const usage = e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`postguard: ${(e as Error).message}\n${usage ? '' : `${(e as Error).stack}\n`}`);
    if (usage && !(e instanceof UsageError)) process.stderr.write(USAGE);
    process.exitCode = 2;
  },
);
