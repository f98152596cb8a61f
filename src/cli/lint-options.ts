import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { isLabelKind, LABEL_KINDS } from '../config/schema';
import { isDirectory } from '../config/load';
import type { CliConfig, RuleEntry } from '../config/types';
import { SEVERITIES, type Severity } from '../engine/types';
import { isReporterName, REPORTER_NAMES, type ReporterName } from '../reporters';
import { SHELLCHECK_MODES, type ShellcheckMode } from '../shellcheck/modes';
import { parseBuildArgs } from './build-args';
import { CliError } from './errors';
import { FAILURE_THRESHOLDS, type FailureThreshold } from './exit-code';

/** The lint command's arguments as yargs hands them over. */
export interface LintArgs {
  paths?: string[];
  format: string;
  output?: string;
  config?: string;
  rule?: string | string[];
  ignore?: string | string[];
  failureThreshold?: string;
  maxWarnings?: number;
  quiet: boolean;
  color?: boolean;
  fix: boolean;
  fixUnsafe: boolean;
  fixDryRun: boolean;
  reportUnusedIgnores: boolean;
  codeFrame: boolean;
  stdinFilename?: string;
  shellcheck?: string;
  /** `--build-arg` (yargs strips the dash). */
  buildArg?: string | string[];
  context?: string;
  trustedRegistry?: string | string[];
  requireLabel?: string | string[];
  strictLabels: boolean;
  disableIgnorePragma: boolean;
  printConfig: boolean;
  cache: boolean;
  cacheLocation?: string;
  errorOnUnmatchedPattern: boolean;
}

/**
 * What yargs fills in for options left out. Also the starting point of the lint read without yargs
 * (./quick-args), so both ways of starting a lint agree.
 */
export const LINT_ARG_DEFAULTS = {
  format: 'text',
  quiet: false,
  fix: false,
  fixUnsafe: false,
  fixDryRun: false,
  reportUnusedIgnores: false,
  codeFrame: false,
  shellcheck: 'auto',
  strictLabels: false,
  disableIgnorePragma: false,
  printConfig: false,
  cache: false,
  errorOnUnmatchedPattern: true,
} as const satisfies Partial<LintArgs>;

/** The same, checked and typed. */
export interface LintOptions {
  paths: string[];
  format: ReporterName;
  output?: string;
  config?: string;
  /** `--rule` (key as written: id, name or alias → level); resolved against the registry by the config loader. */
  rules: Record<string, RuleEntry>;
  /** `--ignore` keys. */
  ignore: string[];
  /** Undefined when not given on the command line (the config file may set it). */
  failureThreshold?: FailureThreshold;
  maxWarnings?: number;
  quiet: boolean;
  color?: boolean;
  fix: false | 'safe' | 'unsafe';
  fixDryRun: boolean;
  reportUnusedIgnores: boolean;
  codeFrame: boolean;
  stdinFilename?: string;
  /** Run ShellCheck on RUN scripts: `auto` when it is installed. */
  shellcheck: ShellcheckMode;
  /** `--build-arg` values, for variable expansion as the builder would see them. */
  buildArgs: Record<string, string>;
  /** `--context DIR`, absolute: where `.dockerignore` is looked for. */
  contextDir?: string;
  /** hadolint's options, as settings over the config file's: `--trusted-registry` (empty: not given). */
  trustedRegistries: string[];
  /** `--require-label LABEL:KIND` (empty: not given). */
  labelSchema: Record<string, string>;
  strictLabels: boolean;
  disableIgnorePragma: boolean;
  /** Print the configuration for the first file instead of linting. */
  printConfig: boolean;
  /** `--cache`: the cache file (absolute), or null when findings are not cached. */
  cacheFile: string | null;
  /** False with `--no-error-on-unmatched-pattern`: a glob or directory that names no Dockerfile is passed over. */
  errorOnUnmatchedPattern: boolean;
}

export function declareLintOptions(y: Argv): Argv<LintArgs> {
  return y
    .positional('paths', { type: 'string', array: true, describe: 'Files, directories, globs, or - for stdin (default: ./Dockerfile)' })
    .option('format', { alias: 'f', type: 'string', default: LINT_ARG_DEFAULTS.format, choices: REPORTER_NAMES, describe: 'Output format' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to FILE instead of stdout' })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of looking for .dflintrc.*' })
    .option('rule', { type: 'string', describe: 'Set a rule: ID=error|warning|info|style|off (repeatable; id, name or alias)' })
    .option('ignore', { type: 'string', describe: 'Turn a rule off (repeatable; id, name or alias)' })
    .option('failure-threshold', {
      type: 'string',
      choices: FAILURE_THRESHOLDS,
      describe: 'Exit 1 when a finding is at or above this severity (default: warning)',
    })
    .option('max-warnings', { type: 'number', describe: 'Exit 1 when there are more than N warnings' })
    .option('quiet', { alias: 'q', type: 'boolean', default: LINT_ARG_DEFAULTS.quiet, describe: 'Report errors only' })
    .option('color', { type: 'boolean', describe: 'Colour text output (default: on a terminal; NO_COLOR and FORCE_COLOR are honoured)' })
    .option('fix', { type: 'boolean', default: LINT_ARG_DEFAULTS.fix, describe: 'Apply safe fixes to the files' })
    .option('fix-unsafe', { type: 'boolean', default: LINT_ARG_DEFAULTS.fixUnsafe, describe: 'Apply unsafe fixes too (implies --fix)' })
    .option('fix-dry-run', { type: 'boolean', default: LINT_ARG_DEFAULTS.fixDryRun, describe: 'Print the fixes as a diff instead of writing them' })
    .option('report-unused-ignores', { type: 'boolean', default: LINT_ARG_DEFAULTS.reportUnusedIgnores, describe: 'Report ignore comments that suppress nothing' })
    .option('code-frame', { type: 'boolean', default: LINT_ARG_DEFAULTS.codeFrame, describe: 'Show the flagged source lines in text output' })
    .option('shellcheck', {
      type: 'string',
      default: LINT_ARG_DEFAULTS.shellcheck,
      describe: 'Run ShellCheck on RUN scripts: auto (when installed), on (required), off',
    })
    .option('build-arg', { type: 'string', describe: 'A build argument NAME=VALUE, as docker build --build-arg (repeatable)' })
    .option('context', { type: 'string', describe: 'Build context directory (for .dockerignore; default: the Dockerfile\'s directory)' })
    .option('trusted-registry', { type: 'string', describe: 'A registry FROM may pull from; images from others are reported (repeatable)' })
    .option('require-label', { type: 'string', describe: `A label every image must have, LABEL:KIND (repeatable; KIND: ${LABEL_KINDS.join(', ')})` })
    .option('strict-labels', { type: 'boolean', default: LINT_ARG_DEFAULTS.strictLabels, describe: 'Report labels that --require-label (or labelSchema) does not list' })
    .option('disable-ignore-pragma', { type: 'boolean', default: LINT_ARG_DEFAULTS.disableIgnorePragma, describe: 'Ignore # hadolint ignore= comments (dflint\'s own still count)' })
    .option('print-config', { type: 'boolean', default: LINT_ARG_DEFAULTS.printConfig, describe: 'Print the configuration that applies to the first file as JSON, and lint nothing' })
    .option('stdin-filename', { type: 'string', describe: 'Name to report (and find config for) when reading stdin' })
    .option('cache', { type: 'boolean', default: LINT_ARG_DEFAULTS.cache, describe: 'Keep findings in a cache file and lint only files whose findings may have changed' })
    .option('cache-location', { type: 'string', describe: `The cache file, or a directory for it (default: ${DEFAULT_CACHE_FILE}; implies --cache)` })
    .option('error-on-unmatched-pattern', {
      type: 'boolean',
      default: LINT_ARG_DEFAULTS.errorOnUnmatchedPattern,
      describe: 'Exit 2 when a glob matches nothing or a directory has no Dockerfile (--no-error-on-unmatched-pattern passes them over)',
    }) as unknown as Argv<LintArgs>;
}

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

/** A single value for options yargs turns into an array when repeated. */
function last<T>(value: T | T[] | undefined): T | undefined {
  return Array.isArray(value) ? value[value.length - 1] : value;
}

function parseRuleFlag(spec: string): [string, RuleEntry] {
  const at = spec.lastIndexOf('=');
  if (at <= 0) throw new CliError(`expected ID=SEVERITY, got "${spec}"`, '--rule');
  const key = spec.slice(0, at).trim();
  const level = spec.slice(at + 1).trim().toLowerCase();
  if (level !== 'off' && !SEVERITIES.includes(level as Severity)) {
    throw new CliError(`"${spec}": severity must be one of ${[...SEVERITIES, 'off'].join(', ')}`, '--rule');
  }
  return [key, level as Severity | 'off'];
}

/** Checks the arguments yargs cannot check by itself. */
export function normalizeLintArgs(args: LintArgs, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): LintOptions {
  const format = last(args.format) ?? 'text';
  if (!isReporterName(format)) throw new CliError(`unknown format "${format}" (${REPORTER_NAMES.join(', ')})`, '--format');
  const maxWarnings = last(args.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new CliError('expected a whole number of warnings, 0 or more', '--max-warnings');
  }
  const threshold = last(args.failureThreshold);
  if (threshold !== undefined && !FAILURE_THRESHOLDS.includes(threshold as FailureThreshold)) {
    throw new CliError(`"${threshold}": expected one of ${FAILURE_THRESHOLDS.join(', ')}`, '--failure-threshold');
  }
  const fixUnsafe = args.fixUnsafe === true;
  const shellcheck = last(args.shellcheck) ?? 'auto';
  if (!SHELLCHECK_MODES.includes(shellcheck as ShellcheckMode)) {
    throw new CliError(`"${shellcheck}": expected one of ${SHELLCHECK_MODES.join(', ')}`, '--shellcheck');
  }
  return {
    paths: args.paths ?? [],
    format,
    output: last(args.output),
    config: last(args.config),
    rules: Object.fromEntries(list(args.rule).map(parseRuleFlag)),
    ignore: list(args.ignore),
    failureThreshold: threshold as FailureThreshold | undefined,
    maxWarnings,
    quiet: args.quiet === true,
    color: last(args.color),
    fix: fixUnsafe ? 'unsafe' : args.fix || args.fixDryRun ? 'safe' : false,
    fixDryRun: args.fixDryRun === true,
    reportUnusedIgnores: args.reportUnusedIgnores === true,
    codeFrame: args.codeFrame === true,
    stdinFilename: last(args.stdinFilename),
    shellcheck: shellcheck as ShellcheckMode,
    buildArgs: parseBuildArgs(list(args.buildArg), env),
    contextDir: contextDirOf(last(args.context), cwd),
    trustedRegistries: list(args.trustedRegistry),
    labelSchema: Object.fromEntries(list(args.requireLabel).map(parseRequiredLabel)),
    strictLabels: args.strictLabels === true,
    disableIgnorePragma: args.disableIgnorePragma === true,
    printConfig: args.printConfig === true,
    cacheFile: cacheFileOf(args.cache === true, last(args.cacheLocation), cwd),
    errorOnUnmatchedPattern: last(args.errorOnUnmatchedPattern) !== false,
  };
}

/** The cache file's name in the working directory, or in the directory `--cache-location` names. */
export const DEFAULT_CACHE_FILE = '.dflintcache';

/** `--cache` / `--cache-location` as an absolute file path; null without either. */
function cacheFileOf(cache: boolean, location: string | undefined, cwd: string): string | null {
  if (!cache && location === undefined) return null;
  const path = resolve(cwd, location ?? DEFAULT_CACHE_FILE);
  try {
    if (statSync(path).isDirectory()) return resolve(path, DEFAULT_CACHE_FILE);
  } catch {
    // Not there yet: it is the file.
  }
  return path;
}

/** `LABEL:KIND`, as hadolint's --require-label takes it. */
function parseRequiredLabel(spec: string): [string, string] {
  const at = spec.lastIndexOf(':');
  const label = spec.slice(0, at).trim();
  const kind = spec.slice(at + 1).trim();
  if (at <= 0 || label === '') throw new CliError(`expected LABEL:KIND, got "${spec}"`, '--require-label');
  if (!isLabelKind(kind)) throw new CliError(`"${spec}": KIND must be one of ${LABEL_KINDS.join(', ')}`, '--require-label');
  return [label, kind];
}

/** `--context DIR` as an absolute path; it must be a directory. */
function contextDirOf(dir: string | undefined, cwd: string): string | undefined {
  if (dir === undefined) return undefined;
  const absolute = resolve(cwd, dir);
  if (!isDirectory(absolute)) throw new CliError(`"${dir}" is not a directory`, '--context');
  return absolute;
}

/** The command-line layer of the configuration (over defaults, config file and DFLINT_* variables). */
export function cliConfig(options: LintOptions): CliConfig {
  const config: CliConfig = { rules: options.rules, ignore: options.ignore };
  const settings: CliConfig['settings'] = {};
  if (Object.keys(options.buildArgs).length > 0) settings.buildArgs = options.buildArgs;
  if (options.contextDir) settings.contextDir = options.contextDir;
  if (options.trustedRegistries.length > 0) settings.trustedRegistries = options.trustedRegistries;
  if (Object.keys(options.labelSchema).length > 0) settings.labelSchema = options.labelSchema;
  // Flags only switch these on: without them, the config file decides.
  if (options.strictLabels) settings.strictLabels = true;
  if (options.disableIgnorePragma) settings.disableIgnorePragma = true;
  if (Object.keys(settings).length > 0) config.settings = settings;
  if (options.failureThreshold) config.failureThreshold = options.failureThreshold;
  // Only an explicit flag overrides the config file's choice.
  if (options.reportUnusedIgnores) config.reportUnusedIgnores = true;
  return config;
}
