import type { Argv } from 'yargs';
import type { CliIO } from './io';
import { declareLintOptions, LINT_ARG_DEFAULTS, normalizeLintArgs, type LintArgs } from './lint-options';

/** dflint's subcommands: a command line starting with one of these names is not a list of paths. */
export const COMMAND_NAMES: readonly string[] = ['rules', 'explain', 'parse', 'inspect', 'lsp', 'init'];

/** An option as declareLintOptions declares it to yargs. */
interface Declared {
  alias?: string;
  type: 'string' | 'boolean' | 'number';
  choices?: readonly string[];
}

/** How this reader takes each spelling of each option: a flag with the value it sets, or an option that takes a value. */
type Spelling = { key: keyof LintArgs; flag: boolean } | { key: keyof LintArgs; type: 'string' | 'number'; choices?: readonly string[] };

let spellings: ReadonlyMap<string, Spelling> | undefined;

/** `trusted-registry` → `trustedRegistry`, as yargs names an option's key. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Every spelling this reader accepts, from the lint command's own declarations (the ones yargs
 * gets), so an option is declared once: `--name` and a one-letter alias `-x`; for a flag also
 * `--no-name`, which yargs reads as false.
 */
function spellingsOf(): ReadonlyMap<string, Spelling> {
  if (spellings) return spellings;
  const map = new Map<string, Spelling>();
  const recorder = {
    positional: () => recorder,
    option(name: string, declared: Declared) {
      const key = camelCase(name) as keyof LintArgs;
      const names = [`--${name}`, ...(declared.alias && declared.alias.length === 1 ? [`-${declared.alias}`] : [])];
      if (declared.type === 'boolean') {
        for (const n of names) map.set(n, { key, flag: true });
        map.set(`--no-${name}`, { key, flag: false });
      } else {
        for (const n of names) map.set(n, { key, type: declared.type, choices: declared.choices });
      }
      return recorder;
    },
  };
  declareLintOptions(recorder as unknown as Argv);
  return (spellings = map);
}

/** Every spelling of the lint command's options (`--format`, `-f`, `--no-color`…). */
export function lintOptionSpellings(): string[] {
  return [...spellingsOf().keys()];
}

/**
 * The lint command's arguments read without yargs, for command lines that use its options only in
 * their plain spellings (`--name value`, `--name=value`, `-f value`, flags on their own, `--no-flag`)
 * with values yargs would take as they are: yargs and the assert module it loads are ~12 ms of a
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
    const spelling = spellingsOf().get(eq > 0 ? arg.slice(0, eq) : arg);
    if (!spelling) return null;
    const key = spelling.key;
    if ('flag' in spelling) {
      if (eq > 0 || given.has(key) || argv[i + 1] === 'true' || argv[i + 1] === 'false') return null;
      given.add(key);
      args[key] = spelling.flag;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || value.startsWith('-')) return null;
    if (spelling.choices && !spelling.choices.includes(value)) return null;
    if (spelling.type === 'number' && !/^\d+$/.test(value)) return null;
    const typed = spelling.type === 'number' ? Number(value) : value;
    // Repeated, an option holds every value given, as yargs makes it (duplicate-arguments-array).
    const before = args[key];
    args[key] = !given.has(key) ? typed : Array.isArray(before) ? [...(before as unknown[]), typed] : [before, typed];
    given.add(key);
  }
  if (paths.length > 0) args.paths = paths;
  return args as unknown as LintArgs;
}

/** Lints with arguments read here, checked as the lint command checks yargs'. */
export async function runLintArgs(args: LintArgs, io: CliIO): Promise<number> {
  const options = normalizeLintArgs(args, io.env, io.cwd);
  const { runLint } = await import('./lint-run');
  return runLint(options, io);
}
