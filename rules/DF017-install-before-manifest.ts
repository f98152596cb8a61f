import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { AddInstruction, CopyInstruction, Instruction, Range, RunInstruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import type { SemanticModel, Stage } from '../src/semantic/model';
import type { ShellCommand, ShellWord } from '../src/shell/types';

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

/** Every tool `recognize` knows. */
const INSTALL_TOOLS = new Set(['npm', 'yarn', 'pnpm', 'bun', 'pip', 'pip3', 'pipenv', 'poetry', 'uv', 'bundle', 'bundler', 'composer', 'go', 'cargo', 'mix', 'mvn', './mvnw']);

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
    case './mvnw':
      return args.some((w) => /^dependency:(go-offline|resolve)/.test(w.value)) ? deps('maven', ['pom.xml'], 1) : null;
    default:
      return null;
  }
}

/** Reads a simple command as a dependency install, looking through wrappers like `sudo` and `python -m pip`. */
export function dependencyInstall(command: ShellCommand): DependencyInstall | null {
  if (!command.name) return null;
  let words = [command.name, ...command.args];
  while (words.length && WRAPPERS.has(words[0].value)) {
    words = words.slice(1);
    while (words.length && (words[0].value.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0].value))) words = words.slice(1);
  }
  if (words.length && /^python[0-9.]*$/.test(words[0].value) && words[1]?.value === '-m' && words[2]) words = words.slice(2);
  if (words.length > 1 && words[0].value === 'uv' && words[1].value === 'pip') words = words.slice(1);
  if (words.length === 0 || words[0].hasExpansion) return null;
  const tool = posix.basename(words[0].value).replace(/^pip[0-9.]+$/, 'pip');
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
function installsByCommand(model: SemanticModel, node: RunInstruction): readonly (DependencyInstall | null)[] | null {
  return model.memo(INSTALLS_BY_COMMAND, node, () => {
    const analysis = model.shell(node);
    return analysis?.kind === 'parsed' ? analysis.script.commands.map((command) => dependencyInstall(command)) : null;
  });
}

/** Every dependency install in a RUN, in order (empty when the RUN is not parsed as a POSIX shell; shared: do not mutate). */
export function dependencyInstallsIn(model: SemanticModel, node: RunInstruction): readonly DependencyInstall[] {
  return model.memo(INSTALLS, node, () => (installsByCommand(model, node) ?? []).filter((i): i is DependencyInstall => i !== null));
}

type CopyLike = CopyInstruction | AddInstruction;

const WHOLE_DIRECTORY = /^(\.|\.\/|\*|\.\/\*)$/;

/** A COPY/ADD from the build context (not `--from` another stage or image), outside ONBUILD. */
export function isContextCopy(inst: Instruction): inst is CopyLike {
  return (inst.type === 'Copy' || inst.type === 'Add') && !inst.inOnbuild && !inst.flags.some((f) => f.name === 'from');
}

/** Whether a COPY/ADD certainly puts one of the manifests into the image. */
export function copiesManifest(node: CopyLike, manifests: readonly string[]): boolean {
  if (node.heredocs.length > 0 && node.destination) {
    const target = posix.basename(node.destination.value);
    if (manifests.includes(target)) return true;
  }
  return node.sources.some((source) => {
    const path = source.value.replace(/\/+$/, '') || source.value;
    if (WHOLE_DIRECTORY.test(source.value)) return true;
    const base = posix.basename(path);
    return manifests.some((m) => base === m || (/[*?[{]/.test(base) && picomatch.isMatch(m, base)));
  });
}

/** Whether a COPY/ADD may put one of the manifests into the image (a directory may hold one). */
export function mayCopyManifest(node: CopyLike, manifests: readonly string[]): boolean {
  if (copiesManifest(node, manifests)) return true;
  return node.sources.some((source) => {
    const base = posix.basename(source.value.replace(/\/+$/, ''));
    // No extension: most likely a directory (`src`, `app`), which may contain the manifest.
    return source.value.endsWith('/') || !base.includes('.') || /^[a-z][a-z0-9+.-]*:\/\//i.test(source.value);
  });
}

/** Commands that may fetch or create files, so a manifest can appear without a COPY. */
const FETCHERS = new Set(['git', 'curl', 'wget', 'svn', 'hg', 'tar', 'unzip', 'cp', 'mv', 'rsync', 'ln', 'gunzip', 'bsdtar', '7z']);
const CREATORS = new Set(['init', 'new', 'create', 'create-project', 'require']);

function mayCreateManifest(command: ShellCommand, manifests: readonly string[]): boolean {
  const name = command.name ? posix.basename(command.name.value) : '';
  if (FETCHERS.has(name)) return true;
  // `npm init`, `cargo new`, `go mod init`, `composer create-project`…
  if (command.args.slice(0, 2).some((a) => CREATORS.has(a.value))) return true;
  return command.redirects.some((r) => r.target && manifests.includes(posix.basename(r.target.value)));
}

/** True for `RUN --mount=type=bind,…` (bind is the default type): the manifest can be mounted rather than copied. */
export const hasBindMount = (node: RunInstruction) =>
  node.flags.some((f) => f.name === 'mount' && (/(^|,)type=bind(,|$)/.test(f.value ?? '') || !/(^|,)type=/.test(f.value ?? '')));

/** Instructions of the stage chain before `node`: base stages first, then this stage. */
function instructionsBefore(model: SemanticModel, node: Instruction): Instruction[] {
  const chain: Stage[] = [];
  const seen = new Set<Stage>();
  for (let s = model.stageOf(node); s && !seen.has(s); s = s.baseStage) {
    seen.add(s);
    chain.unshift(s);
  }
  const out: Instruction[] = [];
  for (const stage of chain) {
    for (const inst of stage.instructions) {
      if (inst === node) return out;
      out.push(inst);
    }
  }
  return out;
}

export default defineRule({
  id: 'DF017',
  name: 'install-before-manifest',
  aliases: [],
  severity: 'warning',
  fix: 'none',
  summary: 'A dependency install that runs before its manifest is copied into the stage',
  docs: {
    why:
      '`npm install`, `pip install -r requirements.txt`, `bundle install` and the like read a manifest. ' +
      'Run before the manifest is copied in, they install nothing useful (or fail), and the dependencies ' +
      'are not installed from the project\'s manifest at all. Copy the manifest first, install, then copy ' +
      'the rest of the sources, so the install layer is also cached until the manifest changes.',
    invalid: [
      'FROM node:22-alpine\nWORKDIR /app\nRUN npm install\nCOPY . .\nCMD ["node", "server.js"]\n',
      'FROM python:3.13-slim\nWORKDIR /app\nRUN pip install -r requirements.txt\nCOPY requirements.txt app.py ./\n',
    ],
    valid: [
      'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n',
      'FROM node:22-alpine\nRUN npm install -g typescript\nWORKDIR /app\nCOPY . .\n',
      'FROM node:22-alpine\nWORKDIR /app\nRUN --mount=type=bind,source=package.json,target=package.json npm install\nCOPY . .\n',
      'FROM node:22-alpine\nRUN git clone https://example.com/app.git /app && cd /app && npm install\nCOPY config.json /app/\n',
    ],
    notes:
      'Recognized installs: `npm install|i|ci`, `yarn [install]`, `pnpm install|fetch`, `bun install`, ' +
      '`pip install -r FILE` and `pip install .`, `pipenv install|sync`, `poetry install`, `uv sync`, ' +
      '`bundle install`, `composer install`, `go mod download`, `cargo fetch|build`, `mix deps.get`, ' +
      '`mvn dependency:go-offline`. Installs of named packages (`npm install express`, `pip install ' +
      'flask`) and global installs need no manifest and are ignored. To avoid false positives, an install ' +
      'is reported only when a later COPY/ADD in the same stage brings the manifest (by name, a glob ' +
      'such as `package*.json`, or the whole context `.`), and not when an earlier COPY/ADD (in this stage ' +
      'or a stage it builds on) may already have brought it (a directory source counts), when the RUN ' +
      'bind-mounts files (`--mount=type=bind`), or when an earlier command may have fetched or created ' +
      'it (`git clone`, `curl`, `tar`, `cp`, `npm init`, a redirect into the manifest…).',
  },
  messages: {
    beforeManifest: (p: { install: string; manifest: string; line: number }) =>
      `"${p.install}" runs before ${p.manifest} is copied into the stage (line ${p.line}); copy the manifest first`,
  },
  create(ctx) {
    return {
      Run(node) {
        if (node.inOnbuild || hasBindMount(node)) return;
        const stage = ctx.model.stageOf(node);
        if (!stage) return;
        const analysis = ctx.model.shell(node);
        if (analysis?.kind !== 'parsed') return;
        const commands = analysis.script.commands;
        const installs = installsByCommand(ctx.model, node) ?? [];
        if (!installs.some(Boolean)) return;
        const earlier = instructionsBefore(ctx.model, node);
        const later = stage.instructions.slice(stage.instructions.indexOf(node) + 1);
        const earlierCommands = earlier.flatMap((inst) => {
          const a = inst.type === 'Run' ? ctx.model.shell(inst) : null;
          return a?.kind === 'parsed' ? a.script.commands : [];
        });
        installs.forEach((install, index) => {
          if (!install) return;
          const m = install.manifests;
          if (earlier.some((inst) => (inst.type === 'Copy' || inst.type === 'Add') && mayCopyManifest(inst, m))) return;
          if ([...earlierCommands, ...commands.slice(0, index)].some((c) => mayCreateManifest(c, m))) return;
          const copy = later.find((inst): inst is CopyLike => isContextCopy(inst) && copiesManifest(inst, m));
          if (!copy) return;
          ctx.report({
            range: install.range,
            messageId: 'beforeManifest',
            data: { install: install.label, manifest: m[0], line: copy.range.start.line },
          });
        });
      },
    };
  },
});
