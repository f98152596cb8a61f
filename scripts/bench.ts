/**
 * `npm run bench` (builds first): throughput of both grammars on ../shared/corpus, a full lint of
 * the corpus with every rule in one dflint process, and the cold start of the CLI beside
 * `node -e 0`. Figures, not a pass/fail test; the machine's load average is printed with them
 * because a busy machine slows every figure.
 *
 * The grammars are measured in a fresh process from a bundle (scripts/bench-grammars-entry.ts), as
 * the CLI runs them: chevrotain ships ESM only, which tsx's CommonJS mode cannot load anyway.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LONG_FILE_SHAPES } from './long-files';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/dflint.js');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
/** Cold-start rounds (each runs every command once); the median is reported. */
const COLD_RUNS = 31;
/** Rounds of the comparison pinned to each CPU in turn. */
const PINNED_RUNS = 21;
/** Fresh processes for the grammar throughput; the median first pass is reported. */
const GRAMMAR_PROCESSES = 5;
const TARGETS = { throughputMBs: 5, corpusLintSeconds: 1, coldStartRatio: 1.4 };

const mb = (bytes: number) => bytes / (1024 * 1024);
const fmt = (n: number, digits = 1) => n.toFixed(digits);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Corpus files: `<corpus>/<repository>/<file>` (the .tsv indexes at the top are not Dockerfiles). */
function corpusFiles(): string[] {
  const files: string[] = [];
  for (const repo of fs.readdirSync(CORPUS, { withFileTypes: true })) {
    if (!repo.isDirectory()) continue;
    for (const file of fs.readdirSync(path.join(CORPUS, repo.name), { withFileTypes: true })) {
      if (file.isFile()) files.push(path.join(repo.name, file.name));
    }
  }
  return files.sort();
}

interface GrammarRun {
  files: number;
  bytes: number;
  /** Whether V8 ran with the CLI's JIT settings (src/cli/jit-tuning.ts). */
  jitTuned: boolean;
  passes: Array<{ dockerfileMs: number; shellMs: number; commands: number; shellBytes: number }>;
}

/**
 * Both grammars over the corpus in a fresh process, bundled as the CLI is (scripts/bench-grammars-entry.ts):
 * the first pass is what one `dflint` run over the corpus sees, later passes the warmed-up speed.
 */
async function benchGrammars(): Promise<void> {
  const { build } = await import('esbuild');
  const bundle = path.join(os.tmpdir(), `dflint-bench-grammars-${process.pid}.cjs`);
  await build({ entryPoints: [path.join(__dirname, 'bench-grammars-entry.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning', minifySyntax: true });
  // The first pass varies with the machine from one process to the next: several processes, median.
  const runs: GrammarRun[] = [];
  for (let i = 0; i < GRAMMAR_PROCESSES; i++) {
    const r = spawnSync(process.execPath, [bundle, CORPUS, '3'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      fs.rmSync(bundle, { force: true });
      console.log(`Grammar throughput FAILED (exit ${r.status}): ${r.stderr.trim()}`);
      return;
    }
    runs.push(JSON.parse(r.stdout) as GrammarRun);
  }
  fs.rmSync(bundle, { force: true });
  const run = runs[0];
  const both = (p: GrammarRun['passes'][number]) => p.dockerfileMs + p.shellMs;
  const colds = runs.map((r) => r.passes[0]).sort((a, b) => both(a) - both(b));
  const cold = colds[colds.length >> 1];
  const best = runs.flatMap((r) => r.passes.slice(1)).reduce((a, b) => (both(a) <= both(b) ? a : b));
  const mbs = (ms: number, bytes = run.bytes) => fmt(mb(bytes) / (ms / 1000));
  const line = (label: string, p: GrammarRun['passes'][number]) =>
    `  ${label}: Dockerfile ${fmt(p.dockerfileMs, 0)} ms (${mbs(p.dockerfileMs)} MB/s, ${fmt(run.files / (p.dockerfileMs / 1000), 0)} files/s), ` +
    `shell ${fmt(p.shellMs, 0)} ms for ${p.commands} commands (${mbs(p.shellMs, p.shellBytes)} MB/s of their ${fmt(mb(p.shellBytes), 2)} MB), ` +
    `both ${fmt(both(p), 0)} ms → ${mbs(both(p))} MB/s of Dockerfile`;
  const jit = run.jitTuned ? "with the CLI's V8 settings" : "with V8's default settings";
  console.log(`Grammars on ${run.files} files, ${fmt(mb(run.bytes), 2)} MB, in fresh processes ${jit} (target ≥ ${TARGETS.throughputMBs} MB/s through both):`);
  console.log(line(`first (cold) pass, as one dflint run, median of ${GRAMMAR_PROCESSES} processes`, cold));
  console.log(`    (both grammars, first pass, each process: ${colds.map((p) => mbs(both(p))).join(', ')} MB/s)`);
  console.log(line('best warm pass', best));
}

/**
 * Preloaded into a measured dflint run: at exit it writes the process's CPU time (user + system,
 * every thread: V8's compiler and GC threads and any lint workers) where the bench reads it. On a
 * machine shared with other work, CPU time says more than wall time.
 */
const CPU_PROBE = "process.on('exit', () => require('fs').writeFileSync(process.env.DFLINT_BENCH_CPU_FILE, JSON.stringify(process.cpuUsage())));\n";

function dflintArgs(args: string[], cwd: string): { ms: number; cpuMs: number; status: number | null; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-bench-cpu-'));
  const probe = path.join(dir, 'probe.js');
  const cpuFile = path.join(dir, 'cpu.json');
  fs.writeFileSync(probe, CPU_PROBE);
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', probe, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, DFLINT_BENCH_CPU_FILE: cpuFile },
  });
  const ms = performance.now() - start;
  const cpu = fs.existsSync(cpuFile) ? (JSON.parse(fs.readFileSync(cpuFile, 'utf8')) as { user: number; system: number }) : null;
  fs.rmSync(dir, { recursive: true, force: true });
  return { ms, cpuMs: cpu ? (cpu.user + cpu.system) / 1000 : NaN, status: r.status, stderr: r.stderr };
}

/** `--rule` flags that switch on the rules that are off by default, so the run has every rule. */
function everyRuleFlags(): string[] {
  const r = spawnSync(process.execPath, [BIN, 'rules', '--format', 'json'], { encoding: 'utf8' });
  const rules = JSON.parse(r.stdout) as Array<{ id: string; severity: string; enabledByDefault: boolean }>;
  return rules.filter((rule) => !rule.enabledByDefault).flatMap((rule) => ['--rule', `${rule.id}=${rule.severity}`]);
}

function benchCorpusLint(fileCount: number): void {
  const report = path.join(os.tmpdir(), `dflint-bench-${process.pid}.json`);
  // Every dflint rule; ShellCheck (an external process, on by default when installed) is left out.
  const args = ['*/*', '*/.*', ...everyRuleFlags(), '--shellcheck', 'off', '--failure-threshold', 'none', '--format', 'json', '--output', report];
  const runs = [1, 2, 3].map(() => dflintArgs(args, CORPUS));
  const failed = runs.find((r) => r.status !== 0);
  if (failed) {
    console.log(`Corpus lint FAILED (exit ${failed.status}): ${failed.stderr.trim()}`);
    return;
  }
  const summary = JSON.parse(fs.readFileSync(report, 'utf8')).summary;
  fs.rmSync(report, { force: true });
  const wall = median(runs.map((r) => r.ms)) / 1000;
  const cpu = median(runs.map((r) => r.cpuMs)) / 1000;
  console.log(
    `Full lint, every rule (--shellcheck off), one process: ${summary.files} files (of ${fileCount}), ${summary.problems} problems, ` +
      `${fmt(wall, 2)} s wall (median of 3; runs ${runs.map((r) => fmt(r.ms / 1000, 2)).join(', ')} s; target ≤ ${TARGETS.corpusLintSeconds} s), ` +
      `${fmt(cpu, 2)} s CPU (user+system, all threads; median; runs ${runs.map((r) => fmt(r.cpuMs / 1000, 2)).join(', ')} s)`,
  );
  benchCachedCorpusLint(args);
}

/** The same run with --cache: once to fill the cache, then three times from it (not the target's figure). */
function benchCachedCorpusLint(args: string[]): void {
  const cache = path.join(os.tmpdir(), `dflint-bench-${process.pid}.cache`);
  const cached = [...args, '--cache-location', cache];
  const fill = dflintArgs(cached, CORPUS);
  const runs = [1, 2, 3].map(() => dflintArgs(cached, CORPUS));
  fs.rmSync(cache, { force: true });
  if ([fill, ...runs].some((r) => r.status !== 0)) {
    console.log(`Corpus lint with --cache FAILED: ${[fill, ...runs].find((r) => r.status !== 0)!.stderr.trim()}`);
    return;
  }
  console.log(
    `  the same with --cache: ${fmt(fill.ms / 1000, 2)} s filling it, then ${fmt(median(runs.map((r) => r.ms)) / 1000, 2)} s from it ` +
      `(median of 3; runs ${runs.map((r) => fmt(r.ms / 1000, 2)).join(', ')} s)`,
  );
}

/** Instructions per file for the long-file check (and twice as many). */
const LONG_FILE_UNITS = 1500;

/**
 * Lint time of long files of a few shapes at LONG_FILE_UNITS and twice that: a ratio near 2 is
 * linear; near 4, something looks back over the whole file at every instruction.
 */
function benchLongFiles(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-bench-long-'));
  const flags = [...everyRuleFlags(), '--shellcheck', 'off', '--failure-threshold', 'none', '--format', 'json'];
  console.log(`Long files, every rule, one process each (${LONG_FILE_UNITS} and ${2 * LONG_FILE_UNITS} units; ratio 2 is linear):`);
  for (const [shape, make] of Object.entries(LONG_FILE_SHAPES)) {
    const times = [LONG_FILE_UNITS, 2 * LONG_FILE_UNITS].map((units) => {
      const file = path.join(dir, `${units}.Dockerfile`);
      fs.writeFileSync(file, make(units));
      return dflintArgs([...flags, file], dir).ms;
    });
    const ratio = times[1] / times[0];
    console.log(`  ${shape.padEnd(32)} ${fmt(times[0], 0).padStart(6)} ms → ${fmt(times[1], 0).padStart(6)} ms  ×${fmt(ratio, 2)}${ratio > 2.6 ? '  ← grows faster than the file' : ''}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

interface ColdCommand {
  label: string;
  argv: string[];
  env?: NodeJS.ProcessEnv;
  pipe?: boolean;
}

/**
 * Wall times of each command over `rounds` rounds. The commands take turns within each round, so a
 * change in the machine's load hits all of them alike and the ratios stay fair. `prefix` runs each
 * command under another program (taskset).
 */
function coldStarts(commands: ColdCommand[], rounds: number, prefix: string[] = []): number[][] {
  const times: number[][] = commands.map(() => []);
  for (let round = 0; round < rounds; round++) {
    commands.forEach((command, i) => {
      const [program, ...args] = [...prefix, process.execPath, ...command.argv];
      const start = performance.now();
      spawnSync(program, args, { cwd: ROOT, stdio: ['ignore', command.pipe ? 'pipe' : 'ignore', 'ignore'], env: command.env });
      times[i].push(performance.now() - start);
    });
  }
  return times;
}

/** util-linux's taskset, when this is Linux with it installed: runs a command on one CPU. */
function findTaskset(): string | null {
  if (process.platform !== 'linux') return null;
  for (const dir of ['/usr/bin', '/bin', '/usr/sbin']) if (fs.existsSync(path.join(dir, 'taskset'))) return path.join(dir, 'taskset');
  return null;
}

/**
 * The plain lint beside `node -e 0` with both pinned to one CPU, for each CPU in turn. On a virtual
 * machine whose CPUs run at different speeds (this project's: `node -e 0` takes ~110 ms on one and
 * ~160 ms on the other), an unpinned run lands on either, and the medians above mix the two.
 */
function pinnedRatios(base: ColdCommand, plain: ColdCommand): void {
  const taskset = findTaskset();
  if (!taskset || os.cpus().length < 2) return;
  const parts = os.cpus().map((_, cpu) => {
    const [nodeTimes, lintTimes] = coldStarts([base, plain], PINNED_RUNS, [taskset, '-c', String(cpu)]);
    const [nodeMs, lintMs] = [median(nodeTimes), median(lintTimes)];
    return `CPU ${cpu}: ${fmt(nodeMs, 0)} / ${fmt(lintMs, 0)} ms, ${fmt(lintMs / nodeMs, 2)}×`;
  });
  console.log(`  pinned to one CPU (node -e 0 / lint, median of ${PINNED_RUNS}): ${parts.join('; ')}`);
}

function benchColdStart(): void {
  const small = path.join(os.tmpdir(), `dflint-bench-${process.pid}.Dockerfile`);
  fs.writeFileSync(small, 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci && npm cache clean --force\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n');
  // `dflint FILE` (what the pre-commit hook runs) runs ShellCheck when it is installed: an empty
  // PATH hides ShellCheck to time dflint alone. Neither it nor `--shellcheck off FILE` runs yargs.
  const noPath = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-bench-path-'));
  const commands: ColdCommand[] = [
    { label: 'node -e 0', argv: ['-e', '0'] },
    { label: 'node bin/dflint.js parse <small>', argv: [BIN, 'parse', small] },
    { label: 'node bin/dflint.js <small>, no ShellCheck', argv: [BIN, small], env: { ...process.env, PATH: noPath } },
    // The same, with the report read from a pipe, as pre-commit and CI steps read it.
    { label: '  the same, output into a pipe', argv: [BIN, small], env: { ...process.env, PATH: noPath }, pipe: true },
    { label: 'node bin/dflint.js --shellcheck off <small>', argv: [BIN, '--shellcheck', 'off', small] },
    { label: 'node bin/dflint.js <small> (default)', argv: [BIN, small] },
  ];
  const medians = coldStarts(commands, COLD_RUNS).map(median);
  const [base, parse, plain, piped, lint, withShellcheck] = medians;
  console.log(`Cold start, median of ${COLD_RUNS} interleaved runs:`);
  commands.forEach((command, i) => console.log(`  ${command.label.padEnd(44)} ${fmt(medians[i], 0).padStart(5)} ms`));
  console.log(
    `  ratio to node -e 0: parse ${fmt(parse / base, 2)}×, lint ${fmt(plain / base, 2)}× (into a pipe ${fmt(piped / base, 2)}×, ${fmt(lint / base, 2)}× with an option), ` +
      `with ShellCheck as installed ${fmt(withShellcheck / base, 2)}× (target ≤ ${TARGETS.coldStartRatio}×)`,
  );
  pinnedRatios(commands[0], commands[2]);
  fs.rmSync(small, { force: true });
  fs.rmSync(noPath, { recursive: true, force: true });
}

async function main(): Promise<void> {
  console.log(`dflint bench — node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => fmt(l, 2)).join(' ')}`);
  if (!fs.existsSync(path.join(ROOT, 'dist/cli.cjs'))) {
    console.log('dist/cli.cjs is missing: run `npm run build` first (npm run bench does).');
    process.exitCode = 1;
    return;
  }
  if (fs.existsSync(CORPUS)) {
    await benchGrammars();
    benchCorpusLint(corpusFiles().length);
  } else {
    console.log(`${CORPUS} is absent: corpus throughput and full-lint figures skipped`);
  }
  benchLongFiles();
  benchColdStart();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
