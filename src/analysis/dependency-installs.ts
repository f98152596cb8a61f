import { posix } from 'node:path';
import type { Range, RunInstruction } from '../ast/nodes';
import type { SemanticModel } from '../semantic/model';
import type { ShellCommand, ShellWord } from '../shell/types';
import { runsInFile } from './run-script';

/** A command that installs dependencies from a manifest file. */
export interface DependencyInstall {
  command: ShellCommand;
  /** The tool and subcommand as written, e.g. `npm ci`. */
  label: string;
  /** Package ecosystem, e.g. `npm`, `pip`. */
  ecosystem: string;
  /** File names the install reads; having any one of them is enough. */
  manifests: string[];
  /** True when it installs only dependencies, not the project's own code (which needs the sources). */
  dependenciesOnly: boolean;
  /** From the command word to the last argument. */
  range: Range;
}

/** Commands that only wrap the real one. */
const WRAPPERS = new Set(['sudo', 'env', 'time', 'nice', 'nohup', 'exec', 'command']);
/** Flags of npm/yarn/pnpm/bun that take the next word as their value. */
const JS_VALUE_FLAGS = new Set(['--prefix', '--cache', '--registry', '--loglevel', '--omit', '--include', '--only', '--userconfig', '-w', '--workspace', '--network-timeout', '--modules-folder', '--cwd', '-C', '--dir', '--filter', '--mutex']);
const PIP_VALUE_FLAGS = new Set(['-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--cache-dir', '--trusted-host', '--platform', '--python-version', '--only-binary', '--no-binary', '--progress-bar', '--timeout', '--retries']);

/** Words after the subcommand that are not flags (or flag values): package names, paths. */
function positionals(words: ShellWord[], valueFlags: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].value;
    if (w.startsWith('-')) {
      if (valueFlags.has(w)) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

/** The argument of `-r X`, `-rX`, `--requirement X` or `--requirement=X`. */
function requirementFiles(words: ShellWord[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].value;
    if ((w === '-r' || w === '--requirement') && words[i + 1]) files.push(words[++i].value);
    else if (w.startsWith('--requirement=')) files.push(w.slice('--requirement='.length));
    else if (/^-r[^-]/.test(w)) files.push(w.slice(2));
  }
  return files;
}

interface Recognized {
  ecosystem: string;
  manifests: string[];
  dependenciesOnly: boolean;
  /** Number of words (tool included) that name the command, for the label. */
  labelWords: number;
}

const JS_MANIFESTS = ['package.json'];
const PY_PROJECT = ['pyproject.toml', 'setup.py', 'setup.cfg'];

/** Every tool `recognize` knows, by basename (`./mvnw` is `mvnw`). */
const INSTALL_TOOLS = new Set(['npm', 'yarn', 'pnpm', 'bun', 'pip', 'pip3', 'pipenv', 'poetry', 'uv', 'bundle', 'bundler', 'composer', 'go', 'cargo', 'mix', 'mvn', 'mvnw']);

/** Recognizes an install from the tool name and its arguments; null when it is not one. */
function recognize(tool: string, args: ShellWord[]): Recognized | null {
  const sub = args[0]?.value;
  const rest = args.slice(1);
  const deps = (ecosystem: string, manifests: string[], labelWords = 2): Recognized => ({ ecosystem, manifests, dependenciesOnly: true, labelWords });
  switch (tool) {
    case 'npm':
      if (sub === 'ci' || sub === 'clean-install') return deps('npm', ['package.json', 'package-lock.json', 'npm-shrinkwrap.json']);
      if ((sub === 'install' || sub === 'i') && !rest.some((w) => w.value === '-g' || w.value === '--global') && positionals(rest, JS_VALUE_FLAGS).length === 0) {
        return deps('npm', JS_MANIFESTS);
      }
      return null;
    case 'yarn':
      if (sub === undefined || sub.startsWith('-')) return deps('npm', JS_MANIFESTS, 1);
      if (sub === 'install' && positionals(rest, JS_VALUE_FLAGS).length === 0) return deps('npm', JS_MANIFESTS);
      return null;
    case 'pnpm':
    case 'bun':
      if ((sub === 'install' || sub === 'i') && !rest.some((w) => w.value === '-g' || w.value === '--global') && positionals(rest, JS_VALUE_FLAGS).length === 0) {
        return deps('npm', JS_MANIFESTS);
      }
      if (tool === 'pnpm' && sub === 'fetch') return deps('npm', ['pnpm-lock.yaml']);
      return null;
    case 'pip':
    case 'pip3': {
      if (sub !== 'install') return null;
      const files = requirementFiles(rest);
      // A requirements file fetched from a URL is not copied from the context.
      if (files.some((f) => f.includes('://'))) return null;
      if (files.length) return deps('pip', files.map((f) => posix.basename(f)));
      const targets = positionals(rest.filter((w) => w.value !== '-e' && w.value !== '--editable'), PIP_VALUE_FLAGS);
      if (targets.length > 0 && targets.every((t) => t === '.' || t === './' || /^\.\[[^\]]*\]$/.test(t))) {
        return { ecosystem: 'pip', manifests: PY_PROJECT, dependenciesOnly: false, labelWords: 2 };
      }
      return null;
    }
    case 'pipenv':
      if (sub === 'sync') return deps('pipenv', ['Pipfile.lock']);
      if (sub === 'install' && positionals(rest, new Set()).length === 0) return deps('pipenv', ['Pipfile', 'Pipfile.lock']);
      return null;
    case 'poetry':
      return sub === 'install' ? deps('poetry', ['pyproject.toml', 'poetry.lock']) : null;
    case 'uv':
      return sub === 'sync' ? deps('uv', ['pyproject.toml', 'uv.lock']) : null;
    case 'bundle':
    case 'bundler':
      if (sub === undefined || sub === 'install') return deps('bundler', ['Gemfile', 'Gemfile.lock'], sub ? 2 : 1);
      return null;
    case 'composer':
      return sub === 'install' ? deps('composer', ['composer.json', 'composer.lock']) : null;
    case 'go':
      return sub === 'mod' && rest[0]?.value === 'download' && positionals(rest.slice(1), new Set()).length === 0
        ? deps('go', ['go.mod'], 3)
        : null;
    case 'cargo':
      if (sub === 'fetch') return deps('cargo', ['Cargo.toml', 'Cargo.lock']);
      if (sub === 'build') return { ecosystem: 'cargo', manifests: ['Cargo.toml'], dependenciesOnly: false, labelWords: 2 };
      return null;
    case 'mix':
      return sub === 'deps.get' ? deps('mix', ['mix.exs', 'mix.lock']) : null;
    case 'mvn':
    case 'mvnw':
      return args.some((w) => /^dependency:(go-offline|resolve)/.test(w.value)) ? deps('maven', ['pom.xml'], 1) : null;
    default:
      return null;
  }
}

const PYTHON = /^python[0-9.]*$/;

/** The tool a program word names: its basename, with `pip3.12` and the like read as `pip`. */
function toolName(program: string): string {
  // posix.basename, without its cost for the usual word with no trailing slash.
  const base = program.endsWith('/') ? posix.basename(program) : program.slice(program.lastIndexOf('/') + 1);
  return base.replace(/^pip[0-9.]+$/, 'pip');
}

/** Reads a simple command as a dependency install, looking through wrappers like `sudo` and `python -m pip`. */
export function dependencyInstall(command: ShellCommand): DependencyInstall | null {
  if (!command.name) return null;
  // Most commands are neither a wrapper nor an install tool: settled before any word is copied.
  const first = command.name.value;
  if (!WRAPPERS.has(first) && first !== 'uv' && !PYTHON.test(first) && !INSTALL_TOOLS.has(toolName(first))) return null;
  let words = [command.name, ...command.args];
  while (words.length && WRAPPERS.has(words[0].value)) {
    words = words.slice(1);
    while (words.length && (words[0].value.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0].value))) words = words.slice(1);
  }
  if (words.length && PYTHON.test(words[0].value) && words[1]?.value === '-m' && words[2]) words = words.slice(2);
  if (words.length > 1 && words[0].value === 'uv' && words[1].value === 'pip') words = words.slice(1);
  if (words.length === 0 || words[0].hasExpansion) return null;
  const tool = toolName(words[0].value);
  // Most commands are no install tool at all: settled before looking at their words.
  if (!INSTALL_TOOLS.has(tool)) return null;
  // `yarn --version`, `npm install --help`: informational, installs nothing.
  if (words.some((w) => /^(--version|-v|--help|-h)$/.test(w.value))) return null;
  const found = recognize(tool, words.slice(1));
  if (!found) return null;
  const last = words[words.length - 1];
  return {
    command,
    label: words.slice(0, found.labelWords).map((w) => w.value).join(' '),
    ecosystem: found.ecosystem,
    manifests: found.manifests,
    dependenciesOnly: found.dependenciesOnly,
    // From the command word as written (`sudo`, `python -m` included) to the last argument.
    range: { start: command.name.range.start, end: last.range.end },
  };
}

/** Memo tables (on the model): DF017 and DF018 ask for the installs of every RUN, DF018 many times. */
const INSTALLS_BY_COMMAND = {};
const INSTALLS = {};

/** For each command of a parsed RUN, the dependency install it is or null; null when the RUN is not parsed (shared: do not mutate). */
export function installsByCommand(model: SemanticModel, node: RunInstruction): readonly (DependencyInstall | null)[] | null {
  return model.memo(INSTALLS_BY_COMMAND, node, () => {
    const analysis = model.shell(node);
    return analysis?.kind === 'parsed' ? analysis.script.commands.map((command) => dependencyInstall(command)) : null;
  });
}

/** Every dependency install in a RUN, in order (empty when the RUN is not parsed as a POSIX shell; shared: do not mutate). */
export function dependencyInstallsIn(model: SemanticModel, node: RunInstruction): readonly DependencyInstall[] {
  return model.memo(INSTALLS, node, () => (installsByCommand(model, node) ?? []).filter((i): i is DependencyInstall => i !== null));
}

/** Memo table (on the model) of whether any RUN of the file installs dependencies. */
const FILE_INSTALLS = {};

/**
 * True when some RUN of the file (ONBUILD triggers included) installs dependencies: the rules about
 * installs return no handlers otherwise.
 */
export function fileInstallsDependencies(model: SemanticModel): boolean {
  return model.memo(FILE_INSTALLS, model, () => runsInFile(model).some((run) => (installsByCommand(model, run) ?? []).some(Boolean)));
}

/** True for `RUN --mount=type=bind,…` (bind is the default type): the manifest can be mounted rather than copied. */
export const hasBindMount = (node: RunInstruction) =>
  node.flags.some((f) => f.name === 'mount' && (/(^|,)type=bind(,|$)/.test(f.value ?? '') || !/(^|,)type=/.test(f.value ?? '')));
