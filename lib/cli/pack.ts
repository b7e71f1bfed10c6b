import { parseArgs } from 'node:util';
import { buildPack } from './pack-build';
import { diff, keygen, sign, verify } from './pack-commands';
import { testPack } from './pack-test';
import { UsageError } from './load';
import { keyCommand, readRosterKey } from './roster-key';
import { USAGE } from './usage';

const log = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

function need<T>(value: T | undefined, flag: string, sub: string): T {
  if (value === undefined) throw new UsageError(`pack ${sub} needs ${flag}`);
  return value;
}

/** `postguard pack SUBCOMMAND ...`: the rule-pack tools for IT (issue 4, "The command line for IT"). */
export async function pack(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const { values: v, positionals } = parseArgs({
    args: rest,
    options: {
      out: { type: 'string' }, profile: { type: 'string' }, base: { type: 'string' }, policy: { type: 'string' },
      staff: { type: 'string' }, pupils: { type: 'string' }, id: { type: 'string' }, version: { type: 'string' },
      publisher: { type: 'string' }, key: { type: 'string' }, in: { type: 'string' }, pub: { type: 'string', multiple: true },
      drafts: { type: 'string' }, against: { type: 'string' }, expires: { type: 'string' },
      'roster-key': { type: 'string' }, 'hash-terms': { type: 'boolean' }, 'embed-roster-key': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (v.help || sub === 'help' || sub === '--help' || sub === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  const noPositionals = () => {
    if (positionals.length) throw new UsageError(`pack ${sub}: unexpected argument "${positionals[0]}"`);
  };
  switch (sub) {
    case 'keygen':
      noPositionals();
      return keygen(need(v.out, '--out DIR', sub), log);
    case 'key':
      noPositionals();
      return keyCommand(need(v.out, '--out FILE', sub), log);
    case 'build': {
      noPositionals();
      const { 'roster-key': rosterKey, 'hash-terms': hashTerms, 'embed-roster-key': embedRosterKey, ...rest } = v;
      buildPack({ ...rest, rosterKey, hashTerms, embedRosterKey, profile: need(v.profile, '--profile P.json', sub), out: need(v.out, '--out PACK.json', sub) }, err);
      return 0;
    }
    case 'sign':
      noPositionals();
      return sign(need(v.key, '--key KEY', sub), need(v.in, '--in PACK.json', sub), need(v.out, '--out SIGNED.json', sub), log);
    case 'verify':
      noPositionals();
      return verify(need(v.pub, '--pub PUB', sub), need(v.in, '--in SIGNED.json', sub), log, err);
    case 'test':
      if (positionals.length !== 1) throw new UsageError('pack test needs one PACK.json');
      {
        const key = readRosterKey(v['roster-key']);
        return testPack(positionals[0]!, { drafts: v.drafts, against: v.against, keys: key ? [key] : [] }, log);
      }
    case 'diff':
      if (positionals.length !== 2) throw new UsageError('pack diff needs OLD.json NEW.json');
      return diff(positionals[0]!, positionals[1]!, log);
    default:
      throw new UsageError(sub ? `unknown pack command "${sub}"` : 'pack needs a command: keygen, key, build, sign, verify, test or diff (postguard pack --help)');
  }
}
