import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LintResult } from '../engine/types';
import type { ReporterName } from '../reporters';
import { shouldUseColor } from './color';
import { discoverTargets, type LintTarget } from './discover';
import { CliError, ioError } from './errors';
import { findingsExitCode } from './exit-code';
import { describeConfig } from './print-config';
import type { CliIO } from './io';
import { findSourceRoot, LintSession, type LintInput } from './lint-session';
import { ruleRegistry } from './rule-catalog';
import type { LintOptions } from './lint-options';
import { readInput } from './read-input';
import { writeReport } from './report-output';
import { unifiedDiff } from './unified-diff';
import { VERSION } from './version';

const STDIN_NAME = '<stdin>';

/** No paths given: `./Dockerfile` if there is one, else a usage error. */
function defaultTargets(io: CliIO): LintTarget[] {
  if (existsSync(join(io.cwd, 'Dockerfile'))) return [{ kind: 'file', path: 'Dockerfile' }];
  throw new CliError('no Dockerfile in this directory; usage: dflint [paths..] [options] (see dflint --help)');
}

/** Only errors, for `--quiet`. */
function errorsOnly(results: LintResult[]): LintResult[] {
  return results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
}

function writeFixed(file: string, text: string, io: CliIO): void {
  try {
    writeFileSync(resolve(io.cwd, file), text);
  } catch (err) {
    throw ioError(err, file, 'write the fixed file');
  }
}

/** Where a dry-run diff goes: stdout, unless stdout carries a machine-readable report. */
function diffSink(options: LintOptions, io: CliIO): (text: string) => void {
  const machineReportOnStdout = options.format !== 'text' && options.output === undefined;
  return machineReportOnStdout ? io.stderr : io.stdout;
}

/** Formats that carry problems with the run itself: SARIF's tool notifications, GitHub's annotations. */
const REPORTS_RUN_FAILURES: ReadonlySet<ReporterName> = new Set(['sarif', 'github']);

/**
 * Lints the targets of one `dflint [paths..]` run, writes the report, and returns the exit code.
 * When the run cannot go on (bad config, unreadable file) and SARIF or GitHub annotations were
 * asked for, a report with the problem is still written, so a code-scanning upload or the
 * workflow run's summary shows why; the error then ends the run with exit code 2 as usual.
 */
export async function runLint(options: LintOptions, io: CliIO): Promise<number> {
  try {
    return await lint(options, io);
  } catch (err) {
    if (err instanceof CliError && REPORTS_RUN_FAILURES.has(options.format)) writeFailedRun(err, options, io);
    throw err;
  }
}

/** `--print-config`: the configuration for the first file, as JSON on stdout; nothing is linted. */
function printConfig(target: LintTarget, session: LintSession, options: LintOptions, io: CliIO): number {
  const file = target.kind === 'stdin' ? (options.stdinFilename ?? STDIN_NAME) : target.path;
  const config = session.configFor(target.kind === 'stdin' ? (options.stdinFilename ?? null) : target.path);
  io.stdout(`${JSON.stringify(describeConfig(config, ruleRegistry(), file, io.cwd), null, 2)}\n`);
  return 0;
}

function writeFailedRun(err: CliError, options: LintOptions, io: CliIO): void {
  const ctx = {
    version: VERSION,
    cwd: io.cwd,
    srcRoot: findSourceRoot(io.cwd),
    rules: ruleRegistry().rules,
    color: false,
    codeFrame: false,
    notifications: [{ level: 'error' as const, message: err.describe() }],
  };
  writeReport(options.format, [], ctx, options.output, 'stdout', io);
}

async function lint(options: LintOptions, io: CliIO): Promise<number> {
  const targets = options.paths.length > 0 ? discoverTargets(options.paths, io.cwd, !options.errorOnUnmatchedPattern) : defaultTargets(io);
  const session = new LintSession(options, io);
  // Only with --no-error-on-unmatched-pattern can there be nothing to lint: the report is empty.
  if (options.printConfig && targets.length > 0) return printConfig(targets[0], session, options, io);
  const results: LintResult[] = [];
  const showDiff = diffSink(options, io);
  let stdinFixedText: string | undefined;

  const inputs: (LintInput & { target: LintTarget })[] = [];
  for (const target of targets) {
    if (target.kind === 'file' && session.isIgnored(target.path)) continue;
    inputs.push({
      target,
      text: readInput(target.kind === 'stdin' ? '-' : target.path, io),
      displayPath: target.kind === 'stdin' ? (options.stdinFilename ?? STDIN_NAME) : target.path,
      configPath: target.kind === 'stdin' ? (options.stdinFilename ?? null) : target.path,
    });
  }
  (await session.lintMany(inputs)).forEach((result, i) => {
    const { target, text, displayPath } = inputs[i];
    results.push(result);
    if (result.output === undefined) return;
    if (options.fixDryRun) showDiff(unifiedDiff(displayPath, text, result.output));
    else if (target.kind === 'stdin') stdinFixedText = result.output;
    else writeFixed(target.path, result.output, io);
  });

  // --quiet keeps the same result objects' thresholds: filter diagnostics, then map back.
  const reported = options.quiet ? errorsOnly(results) : results;
  const thresholdOf = new Map(reported.map((r, i) => [r, session.failureThreshold(results[i])]));
  // With stdin fixed in place, stdout carries the fixed text; the report moves to stderr (or -o).
  const reportStream = stdinFixedText !== undefined ? 'stderr' : 'stdout';
  const color = options.output === undefined && shouldUseColor(options.color, io.env, stdinFixedText !== undefined ? false : io.stdoutIsTTY);
  writeReport(options.format as ReporterName, reported, session.reportContext({ color, codeFrame: options.codeFrame }), options.output, reportStream, io);
  if (stdinFixedText !== undefined) io.stdout(stdinFixedText);
  return findingsExitCode(reported, (r) => thresholdOf.get(r) ?? 'warning', options.maxWarnings);
}
