import type { ShellCommand, ShellScript, ShellWord } from '../shell/types';

/**
 * The programs a RUN actually invokes, seen through wrappers such as `sudo`, `env` or `xargs`,
 * and a small option parser that understands how real command lines are written.
 */

/** One program invocation found in a shell script. */
export interface Invocation {
  /** The simple command it comes from. */
  command: ShellCommand;
  /** Index of that command in `script.commands` (source order). */
  index: number;
  /** The program word, after any wrapper (`sudo apt-get` → `apt-get`). */
  program: ShellWord;
  /** Basename of the program as the shell sees it: `/usr/bin/apt-get` → `apt-get`. */
  name: string;
  /** The words after the program. */
  args: ShellWord[];
  /** Variables set for this command only: `VAR=x cmd`, `env VAR=x cmd`, `sudo VAR=x cmd` (shared: read only). */
  env: ReadonlyMap<string, string>;
  /** The command reads its input from `yes` (`yes | apt-get install foo`). */
  fedByYes: boolean;
}

interface Wrapper {
  /** Short options that take a value. */
  shortWithValue: string;
  /** Long options that take a separate value when written without `=`. */
  longWithValue: readonly string[];
  /** Operands the wrapper takes before the command (`timeout 10 cmd`, `gosu user cmd`). */
  leadingOperands: number;
  /** `NAME=value` words before the command set variables (`env`, `sudo`). */
  assignments: boolean;
  /** Options that mean the wrapper does not run its operand as a command (`command -v`). */
  notRunning?: readonly string[];
}

// A Map, not an object literal: a command named `constructor` or `toString` is no wrapper.
const WRAPPERS: ReadonlyMap<string, Wrapper> = new Map(Object.entries({
  sudo: { shortWithValue: 'ugCDhprtTU', longWithValue: ['user', 'group', 'close-from', 'chdir', 'host', 'prompt', 'role', 'type', 'command-timeout', 'other-user'], leadingOperands: 0, assignments: true, notRunning: ['l', 'list', 'v', 'validate', 'k', 'K', 'V', 'version', 'h', 'help', 'e', 'edit'] },
  doas: { shortWithValue: 'uC', longWithValue: [], leadingOperands: 0, assignments: false },
  env: { shortWithValue: 'uCS', longWithValue: ['unset', 'chdir', 'split-string'], leadingOperands: 0, assignments: true },
  xargs: { shortWithValue: 'ILnPsdEa', longWithValue: ['arg-file', 'delimiter', 'eof', 'replace', 'max-lines', 'max-args', 'max-procs', 'max-chars', 'process-slot-var'], leadingOperands: 0, assignments: false },
  nice: { shortWithValue: 'n', longWithValue: ['adjustment'], leadingOperands: 0, assignments: false },
  nohup: { shortWithValue: '', longWithValue: [], leadingOperands: 0, assignments: false },
  time: { shortWithValue: 'fo', longWithValue: ['format', 'output'], leadingOperands: 0, assignments: false },
  command: { shortWithValue: '', longWithValue: [], leadingOperands: 0, assignments: false, notRunning: ['v', 'V'] },
  exec: { shortWithValue: 'a', longWithValue: [], leadingOperands: 0, assignments: false },
  stdbuf: { shortWithValue: 'ioe', longWithValue: ['input', 'output', 'error'], leadingOperands: 0, assignments: false },
  timeout: { shortWithValue: 'sk', longWithValue: ['signal', 'kill-after'], leadingOperands: 1, assignments: false },
  ionice: { shortWithValue: 'cnp', longWithValue: ['class', 'classdata', 'pid'], leadingOperands: 0, assignments: false },
  eatmydata: { shortWithValue: '', longWithValue: [], leadingOperands: 0, assignments: false },
  fakeroot: { shortWithValue: 'sib', longWithValue: ['lib', 'faked'], leadingOperands: 0, assignments: false },
  chronic: { shortWithValue: '', longWithValue: [], leadingOperands: 0, assignments: false },
  gosu: { shortWithValue: '', longWithValue: [], leadingOperands: 1, assignments: false },
  'su-exec': { shortWithValue: '', longWithValue: [], leadingOperands: 1, assignments: false },
}));

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

/** Basename of a program word: `/usr/bin/apt-get` → `apt-get`. */
export function programName(value: string): string {
  const slash = value.lastIndexOf('/');
  return slash >= 0 ? value.slice(slash + 1) : value;
}

/** Every program invocation in the script, in source order, wrappers looked through. */
export function invocations(script: ShellScript): Invocation[] {
  const fedByYes = commandsFedByYes(script);
  const result: Invocation[] = [];
  script.commands.forEach((command, index) => {
    const name = command.name;
    if (!name) return;
    let program = name;
    let args: ShellWord[];
    let env: ReadonlyMap<string, string>;
    if (WRAPPERS.has(programName(name.value)) && !name.hasExpansion) {
      const own = assignmentsOf(command);
      const words = [name, ...command.args];
      const start = unwrap(words, own);
      if (start === null) return;
      program = words[start];
      args = words.slice(start + 1);
      env = own;
    } else {
      // Most commands are no wrapper: the program is the command's own name.
      args = command.args.slice();
      env = command.assignments.length > 0 ? assignmentsOf(command) : NO_ENV;
    }
    result.push({ command, index, program, name: programName(program.value), args, env, fedByYes: fedByYes.has(command) });
  });
  return result;
}

/** The environment of a command that sets no variable (shared by all of them). */
const NO_ENV: ReadonlyMap<string, string> = new Map();

/** `VAR=x cmd`: the variables a command sets for itself. */
function assignmentsOf(command: ShellCommand): Map<string, string> {
  const env = new Map<string, string>();
  for (const a of command.assignments) env.set(a.name, a.value?.value ?? '');
  return env;
}

/** Index of the real program in `words` after skipping wrappers; null when nothing is run. */
function unwrap(words: readonly ShellWord[], env: Map<string, string>): number | null {
  let i = 0;
  // Wrappers already looked through; most commands have none.
  let seen: Set<string> | null = null;
  while (i < words.length) {
    const name = programName(words[i].value);
    const wrapper = WRAPPERS.get(name);
    if (!wrapper || seen?.has(name) || words[i].hasExpansion) return i;
    (seen ??= new Set()).add(name);
    i++;
    // The wrapper's own options.
    while (i < words.length) {
      const v = words[i].value;
      if (v === '--') {
        i++;
        break;
      }
      if (!v.startsWith('-') || v === '-') break;
      const opt = parseOptionWord(v, wrapper.shortWithValue, wrapper.longWithValue);
      if (opt.some((o) => wrapper.notRunning?.includes(o.name))) return null;
      i++;
      if (opt.some((o) => o.needsValue)) i++;
    }
    if (wrapper.assignments) {
      while (i < words.length) {
        const m = ASSIGNMENT.exec(words[i].value);
        if (!m) break;
        env.set(m[1], m[2]);
        i++;
      }
    }
    i += wrapper.leadingOperands;
  }
  return null;
}

interface OptionToken {
  name: string;
  long: boolean;
  /** Value attached in the same word (`--opt=v`, `-tv`, `-q=2`). */
  value: string | null;
  /** The value is the next word. */
  needsValue: boolean;
}

/** Split one word that starts with `-` into its options. */
function parseOptionWord(word: string, shortWithValue: string, longWithValue: readonly string[]): OptionToken[] {
  if (word.startsWith('--')) {
    const eq = word.indexOf('=');
    const name = eq >= 0 ? word.slice(2, eq) : word.slice(2);
    const value = eq >= 0 ? word.slice(eq + 1) : null;
    return [{ name, long: true, value, needsValue: value === null && longWithValue.includes(name) }];
  }
  const tokens: OptionToken[] = [];
  const body = word.slice(1);
  for (let k = 0; k < body.length; k++) {
    const letter = body[k];
    const rest = body.slice(k + 1);
    if (shortWithValue.includes(letter)) {
      const value = rest.startsWith('=') ? rest.slice(1) : rest;
      tokens.push({ name: letter, long: false, value: value === '' ? null : value, needsValue: value === '' });
      return tokens;
    }
    if (rest.startsWith('=')) {
      // `-q=2`: a flag given a level.
      tokens.push({ name: letter, long: false, value: rest.slice(1), needsValue: false });
      return tokens;
    }
    tokens.push({ name: letter, long: false, value: null, needsValue: false });
  }
  return tokens;
}

/** Commands that read the output of `yes` through a pipe. */
function commandsFedByYes(script: ShellScript): Set<ShellCommand> {
  const fed = new Set<ShellCommand>();
  for (const pipeline of script.pipelines) {
    let yes = false;
    for (const cmd of pipeline.commands) {
      if (yes) fed.add(cmd);
      if (cmd.name && programName(cmd.name.value) === 'yes') yes = true;
    }
  }
  return fed;
}

/** One argument word, with variables from ARG/ENV already substituted where they are known. */
export interface Arg {
  /** The text the program receives. */
  text: string;
  /** The word it comes from (several args share one word when a variable splits into words). */
  word: ShellWord;
  /** It came from a variable whose value the Dockerfile sets. */
  expanded: boolean;
  /** It still holds a variable or substitution whose value is not known. */
  unresolved: boolean;
}

/**
 * Resolves a word that contains an expansion: the words it becomes, or null when its value
 * is not known (a shell variable, a base image's ENV, a command substitution).
 */
export type WordResolver = (word: ShellWord) => string[] | null;

/** Words as the program receives them; words that are only an unknown variable are left out as `opaque`. */
export function resolveArgs(words: readonly ShellWord[], resolve: WordResolver): { args: Arg[]; opaque: ShellWord[] } {
  const args: Arg[] = [];
  const opaque: ShellWord[] = [];
  for (const word of words) {
    if (!word.hasExpansion) {
      args.push({ text: word.value, word, expanded: false, unresolved: false });
      continue;
    }
    const parts = resolve(word);
    if (parts) {
      for (const text of parts) args.push({ text, word, expanded: true, unresolved: false });
    } else if (/^["']?(\$|`)/.test(word.raw)) {
      // Nothing but a variable: it may hold options or several packages.
      opaque.push(word);
    } else {
      args.push({ text: word.value, word, expanded: false, unresolved: true });
    }
  }
  return { args, opaque };
}

export interface OptionSpec {
  /** Short option letters that take a value (`-t release`, `-trelease`). */
  shortWithValue?: string;
  /** Long option names (no dashes) that take a value (`--opt value`, `--opt=value`). */
  longWithValue?: readonly string[];
  /** Options end at the first operand (POSIX and Go style); otherwise they may follow operands. */
  stopAtOperand?: boolean;
}

export interface ParsedOption {
  /** Without dashes: `y`, `no-install-recommends`. */
  name: string;
  long: boolean;
  value: string | null;
  /** The arg that holds the option. */
  arg: Arg;
}

export interface ParsedArgs {
  options: ParsedOption[];
  operands: Arg[];
}

/** Parse a program's arguments: combined short flags, `--opt=value`, `--opt value`, `--`. */
export function parseArgs(args: readonly Arg[], spec: OptionSpec = {}): ParsedArgs {
  const options: ParsedOption[] = [];
  const operands: Arg[] = [];
  let optionsDone = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const t = arg.text;
    if (optionsDone || !t.startsWith('-') || t === '-' || arg.unresolved) {
      operands.push(arg);
      if (spec.stopAtOperand) optionsDone = true;
      continue;
    }
    if (t === '--') {
      optionsDone = true;
      continue;
    }
    for (const tok of parseOptionWord(t, spec.shortWithValue ?? '', spec.longWithValue ?? [])) {
      let value = tok.value;
      if (tok.needsValue && i + 1 < args.length) value = args[++i].text;
      options.push({ name: tok.name, long: tok.long, value, arg });
    }
  }
  return { options, operands };
}

/** True when any of the named options was given (`'y'` matches `-y` and `-qy`; `'yes'` matches `--yes`). */
export function hasOption(parsed: ParsedArgs, ...names: string[]): boolean {
  return parsed.options.some((o) => names.includes(o.name));
}

/** Values of the named options, in order. */
export function optionValues(parsed: ParsedArgs, ...names: string[]): string[] {
  return parsed.options.filter((o) => names.includes(o.name) && o.value !== null).map((o) => o.value as string);
}
