/**
 * Speed and memory report for the analyzer (`npm run bench`; `--json` for one
 * JSON object, `--runs N` to change the sample size). A report, not a test: it
 * prints PASS/MISS against the targets of the issue and always exits 0.
 *
 * What is timed, for drafts of 280, 2,000 and 10,000 characters, with the
 * default (small) profile and a synthetic one of 2,000 pupils and 150 staff:
 *
 * | mode | per run |
 * |---|---|
 * | cold | a fresh analyzer (empty sentence cache), a draft it has never seen; no warm-up before the series |
 * | warm | after warm-up runs on other drafts: a fresh analyzer whose cache holds OTHER text, then a full analysis of a new draft |
 * | edit | analyze(draft), then analyze(draft with one letter inserted at a random place): the second call is timed |
 *
 * Only analyze() is inside the timer; drafts are built beforehand. A fresh
 * analyzer is `createAnalyzer(compiledPack)`, which reuses the compiled
 * matchers but starts with an empty cache (the cache is internal, so this is
 * the honest way to empty it). The first analyze() of the whole process
 * (JIT cold) is a single sample, reported on its own.
 */
import { performance } from 'node:perf_hooks';
import type { Pack } from '../rules/schema';
import { bigProfile, buildDraft, mulberry32 } from './bench-corpus';

const args = process.argv.slice(2);
const JSON_OUT = args.includes('--json');
const RUNS = Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 200);
const WARMUP = 30;
const SIZES = [280, 2000, 10000] as const;
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => Math.round((bytes / 1048576) * 100) / 100;
const heapUsed = () => {
  if (gc) { gc(); gc(); }
  return process.memoryUsage().heapUsed;
};

interface Stats { median: number; p95: number; min: number; max: number; runs: number }
function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { median: r(q(0.5)), p95: r(q(0.95)), min: r(s[0]!), max: r(s[s.length - 1]!), runs: s.length };
}
function time(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

// Memory first, before the benchmark leaves garbage: module, then each pack.
const heapStart = heapUsed();
const { createAnalyzer, compilePack } = await import('../lib/analyze');
const { DEFAULT_PACK } = await import('../rules/default-pack');
const heapModule = heapUsed();
const SMALL: Pack = DEFAULT_PACK;
const BIG: Pack = { ...DEFAULT_PACK, profile: bigProfile(DEFAULT_PACK.profile, 2000, 150) };
const keepSmall = compilePack(SMALL);
const heapSmall = heapUsed();
const keepBig = compilePack(BIG);
const heapBig = heapUsed();
const filled = createAnalyzer(keepSmall);
filled.analyze(buildDraft(10000, 999).text);
const heapFilled = heapUsed();
const memory = {
  baselineMB: mb(heapStart),
  moduleMB: mb(heapModule - heapStart),
  smallPackMB: mb(heapSmall - heapModule),
  bigPackMB: mb(heapBig - heapSmall),
  cacheAfter10kMB: mb(heapFilled - heapBig),
  totalMB: mb(heapFilled),
  gc: Boolean(gc),
};

const packs = { small: keepSmall, big: keepBig };
type ProfileName = keyof typeof packs;

// The very first analysis in the process: nothing compiled by the JIT yet.
const firstCallMs = time(() => createAnalyzer(packs.small).analyze(buildDraft(2000, 1).text));

// Seeds: each (size, mode, run) gets its own draft; the same seeds serve both
// profiles so small and big read identical text.
const seedOf = (size: number, mode: number, run: number) => size * 1_000_003 + mode * 10_007 + run;

function cold(size: number, p: ProfileName): number[] {
  const drafts = Array.from({ length: RUNS }, (_, i) => buildDraft(size, seedOf(size, 1, i)).text);
  return drafts.map((d) => {
    const a = createAnalyzer(packs[p]);
    return time(() => a.analyze(d));
  });
}

function warm(size: number, p: ProfileName): number[] {
  const cases = Array.from({ length: RUNS + WARMUP }, (_, i) => {
    const main = buildDraft(size, seedOf(size, 2, i));
    return { text: main.text, other: buildDraft(2000, seedOf(size, 3, i), main.sentences).text };
  });
  const out: number[] = [];
  cases.forEach((c, i) => {
    const a = createAnalyzer(packs[p]);
    a.analyze(c.other);
    const ms = time(() => a.analyze(c.text));
    if (i >= WARMUP) out.push(ms);
  });
  return out;
}

function edit(size: number, p: ProfileName): number[] {
  const base = buildDraft(size, seedOf(size, 4, 0)).text;
  const rng = mulberry32(size);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    let at = Math.floor(rng() * (base.length + 1));
    // Never between the halves of a surrogate pair.
    if (at > 0 && at < base.length && (base.charCodeAt(at) & 0xfc00) === 0xdc00) at++;
    const edited = base.slice(0, at) + letters[Math.floor(rng() * 26)] + base.slice(at);
    const a = createAnalyzer(packs[p]);
    a.analyze(base);
    const ms = time(() => a.analyze(edited));
    if (i >= WARMUP) out.push(ms);
  }
  return out;
}

const results: Record<string, Record<ProfileName, Record<'cold' | 'warm' | 'edit', Stats>>> = {};
for (const size of SIZES) {
  results[size] = {} as (typeof results)[string];
  for (const p of ['small', 'big'] as const) {
    gc?.();
    const c = stats(cold(size, p));
    gc?.();
    const w = stats(warm(size, p));
    gc?.();
    const e = stats(edit(size, p));
    results[size]![p] = { cold: c, warm: w, edit: e };
  }
}

const compileRuns = (pack: Pack) => stats(Array.from({ length: RUNS }, () => time(() => createAnalyzer(pack))));
const compile = { small: compileRuns(SMALL), big: compileRuns(BIG) };

const ratio = (size: number, mode: 'cold' | 'warm' | 'edit') =>
  Math.round((results[size]!.big[mode].median / Math.max(1e-6, results[size]!.small[mode].median)) * 100) / 100;

interface Target { what: string; value: number; limit: number; unit: string; pass: boolean }
const targets: Target[] = [];
const target = (what: string, value: number, limit: number, unit: string) => targets.push({ what, value, limit, unit, pass: value <= limit });
for (const p of ['small', 'big'] as const) {
  target(`edit 2,000 chars, ${p} profile, median`, results[2000]![p].edit.median, 1, 'ms');
  target(`warm 2,000 chars, ${p} profile, median`, results[2000]![p].warm.median, 5, 'ms');
  target(`warm 10,000 chars, ${p} profile, median`, results[10000]![p].warm.median, 25, 'ms');
}
for (const size of SIZES) target(`big/small, warm ${size.toLocaleString('en-GB')} chars, median`, ratio(size, 'warm'), 1.5, 'x');
for (const size of SIZES) target(`big/small, edit ${size.toLocaleString('en-GB')} chars, median`, ratio(size, 'edit'), 1.5, 'x');

const report = {
  node: process.version,
  runs: RUNS,
  warmup: WARMUP,
  rules: SMALL.rules.length,
  profiles: { small: { pupils: 0, staff: SMALL.profile.staff?.length ?? 0 }, big: { pupils: BIG.profile.pupils!.length, staff: BIG.profile.staff!.length } },
  firstCallMs: Math.round(firstCallMs * 1000) / 1000,
  analysis: results,
  ratios: Object.fromEntries(SIZES.map((s) => [s, { cold: ratio(s, 'cold'), warm: ratio(s, 'warm'), edit: ratio(s, 'edit') }])),
  compile,
  memory,
  targets,
};

if (JSON_OUT) {
  process.stdout.write(JSON.stringify(report) + '\n');
} else {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const f = (x: number) => x.toFixed(3);
  const lines: string[] = [];
  lines.push(`postguard analyzer benchmark: node ${report.node}, ${RUNS} runs per row (+${WARMUP} warm-up for warm/edit), ${report.rules} rules`);
  lines.push(`times in ms (median / p95); big profile = ${report.profiles.big.pupils} pupils + ${report.profiles.big.staff} staff`);
  lines.push('');
  lines.push(`${'chars'.padEnd(7)}${'mode'.padEnd(6)}${pad('small med', 11)}${pad('small p95', 11)}${pad('big med', 11)}${pad('big p95', 11)}${pad('big/small', 11)}`);
  for (const size of SIZES) {
    for (const mode of ['cold', 'warm', 'edit'] as const) {
      const s = results[size]!.small[mode], b = results[size]!.big[mode];
      lines.push(`${String(size).padEnd(7)}${mode.padEnd(6)}${pad(f(s.median), 11)}${pad(f(s.p95), 11)}${pad(f(b.median), 11)}${pad(f(b.p95), 11)}${pad(ratio(size, mode).toFixed(2) + 'x', 11)}`);
    }
  }
  lines.push('');
  lines.push(`first analyze() in the process (2,000 chars, JIT cold, 1 sample): ${f(report.firstCallMs)} ms`);
  lines.push(`compile (createAnalyzer from a Pack): small ${f(compile.small.median)} / ${f(compile.small.p95)} ms, big ${f(compile.big.median)} / ${f(compile.big.p95)} ms (median / p95)`);
  lines.push(`heap (MB${gc ? '' : ', no --expose-gc: rough'}): baseline ${memory.baselineMB}, +module ${memory.moduleMB}, +small pack ${memory.smallPackMB}, +big pack ${memory.bigPackMB}, +cache after a 10,000-char draft ${memory.cacheAfter10kMB}, total ${memory.totalMB}`);
  lines.push('');
  lines.push('targets:');
  for (const t of targets) lines.push(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.what.padEnd(42)} ${pad(t.unit === 'x' ? t.value.toFixed(2) : f(t.value), 8)} ${t.unit} (<= ${t.limit} ${t.unit})`);
  process.stdout.write(lines.join('\n') + '\n');
}
process.exitCode = 0;
