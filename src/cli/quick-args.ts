import { REPORTER_NAMES } from '../reporters';
import { FAILURE_THRESHOLDS } from './exit-code';
import { LINT_ARG_DEFAULTS, type LintArgs } from './lint-options';
import { COMMAND_NAMES } from './plain-lint';

/** The lint command's options that take a value, by every spelling this reader accepts. */
const VALUE_OPTIONS: Readonly<Record<string, keyof LintArgs>> = {
  '--format': 'format',
  '-f': 'format',
  '--output': 'output',
  '-o': 'output',
  '--config': 'config',
  '-c': 'config',
  '--rule': 'rule',
  '--ignore': 'ignore',
  '--failure-threshold': 'failureThreshold',
  '--max-warnings': 'maxWarnings',
  '--shellcheck': 'shellcheck',
  '--build-arg': 'buildArg',
  '--context': 'context',
  '--stdin-filename': 'stdinFilename',
};

/** Its flags, with the value each spelling sets. */
const FLAG_OPTIONS: Readonly<Record<string, readonly [keyof LintArgs, boolean]>> = {
  '--quiet': ['quiet', true],
  '-q': ['quiet', true],
  '--fix': ['fix', true],
  '--fix-unsafe': ['fixUnsafe', true],
  '--fix-dry-run': ['fixDryRun', true],
  '--report-unused-ignores': ['reportUnusedIgnores', true],
  '--code-frame': ['codeFrame', true],
  '--color': ['color', true],
  '--no-color': ['color', false],
};

/** Values yargs checks against a list (out of the list, yargs says so). */
const CHOICES: Partial<Record<keyof LintArgs, readonly string[]>> = { format: REPORTER_NAMES, failureThreshold: FAILURE_THRESHOLDS };

/**
 * The lint command's arguments read without yargs, for command lines that use its options only in
 * their plain spellings (`--name value`, `--name=value`, `-f value`, flags on their own) with
 * values yargs would take as they are: yargs and the assert module it loads are ~12 ms of a
 * one-file run, and pre-commit hooks often carry an option or two. null for anything else (help,
 * version, a subcommand's name anywhere, an unknown or repeated flag, `--`, a flag followed by `true` or `false`,
 * a value out of its list or starting with `-`…), which yargs then reads and reports on. A test
 * holds the options read here to those yargs gives for the same command lines.
 */
export function quickLintArgs(argv: readonly string[]): LintArgs | null {
  // yargs runs the subcommand a word names wherever it ends up first among its positional words,
  // which depends on which words its first pass takes as option values: leave all such lines to it.
  if (argv.some((arg) => COMMAND_NAMES.includes(arg))) return null;
  const args: Record<string, unknown> = { ...LINT_ARG_DEFAULTS };
  const given = new Set<keyof LintArgs>();
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '') return null;
    if (arg === '-' || !arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const flag = FLAG_OPTIONS[name];
    if (flag) {
      const [key, value] = flag;
      if (eq > 0 || given.has(key) || argv[i + 1] === 'true' || argv[i + 1] === 'false') return null;
      given.add(key);
      args[key] = value;
      continue;
    }
    const key = VALUE_OPTIONS[name];
    if (!key) return null;
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || value.startsWith('-')) return null;
    if (CHOICES[key] && !CHOICES[key].includes(value)) return null;
    if (key === 'maxWarnings' && !/^\d+$/.test(value)) return null;
    const typed = key === 'maxWarnings' ? Number(value) : value;
    // Repeated, an option holds every value given, as yargs makes it (duplicate-arguments-array).
    const before = args[key];
    args[key] = !given.has(key) ? typed : Array.isArray(before) ? [...(before as unknown[]), typed] : [before, typed];
    given.add(key);
  }
  if (paths.length > 0) args.paths = paths;
  return args as unknown as LintArgs;
}
