import type { RunInstruction } from '../ast/nodes';
import type { SemanticModel } from '../semantic/model';
import type { ShellScript, ShellWord } from '../shell/types';
import {
  parseArgs,
  resolveArgs,
  type Arg,
  type Invocation,
  type OptionSpec,
  type ParsedArgs,
  type ParsedOption,
  type WordResolver,
} from './commands';
import { parsedInvocations, parsedScript, programsInFile } from './run-script';

/**
 * Package managers as RUN uses them: which invocation installs what, with which options,
 * and whether a package argument names a fixed version.
 */

/** The commands of one RUN, ready for package-manager checks. Shared by every rule: do not mutate. */
export interface RunCommands {
  node: RunInstruction;
  script: ShellScript;
  invocations: readonly Invocation[];
  resolve: WordResolver;
  /** The whole Dockerfile (ranges are offsets into it). */
  fileText: string;
  /** Memo of `toolCalls` per tool: several rules check the same apt-get or dnf calls. */
  toolCalls: Map<Tool, readonly ToolCall[]>;
  /** Memo of `pipInstallCalls`. */
  pipInstalls: readonly ToolCall[] | null;
}

/** Memo table (on the model) of each RUN's commands: about 30 rules ask for the same RUN. */
const RUN_COMMANDS = {};

/** The parsed commands of a RUN (shell form, exec form, heredoc, ONBUILD trigger); null when it was not parsed. */
export function runCommands(model: SemanticModel, node: RunInstruction): RunCommands | null {
  return model.memo(RUN_COMMANDS, node, () => readRunCommands(model, node));
}

function readRunCommands(model: SemanticModel, node: RunInstruction): RunCommands | null {
  const found = parsedInvocations(model, node);
  const script = parsedScript(model, node);
  if (!found || !script) return null;
  const resolved = new Map<ShellWord, string[] | null>();
  const resolve: WordResolver = (word) => {
    let parts = resolved.get(word);
    if (parts === undefined) {
      parts = resolveWord(model, node, word);
      resolved.set(word, parts);
    }
    return parts;
  };
  return { node, script, invocations: found, resolve, fileText: model.source.text, toolCalls: new Map(), pipInstalls: null };
}

function resolveWord(model: SemanticModel, node: RunInstruction, word: ShellWord): string[] | null {
  const e = model.expand(node, word.raw);
  if (e.unknown || e.undefinedVars.length > 0 || e.errors.length > 0 || /[$`]/.test(e.value)) return null;
  return word.quoted ? [e.value] : e.value.split(/\s+/).filter(Boolean);
}

/** How a package manager's command line is written. */
export interface Tool {
  /** Program names (basenames). */
  names: readonly string[];
  spec: OptionSpec;
}

/** One call of a package manager: `apt-get -y install foo bar`. */
export interface ToolCall {
  inv: Invocation;
  /** The subcommand (`install`), or null when there is none. */
  subcommand: Arg | null;
  /** Options before the subcommand. */
  globalOptions: ParsedOption[];
  /** Options after the subcommand. */
  localOptions: ParsedOption[];
  /** All options, wherever they stand. */
  options: ParsedArgs;
  /** Operands after the subcommand (packages, for an install). */
  operands: Arg[];
  /** Words that are only an unknown variable: they may hold options or packages. */
  opaque: ShellWord[];
}

/** Parse an invocation's arguments (after the program) as `[global options] subcommand [options] operands`. */
export function toolCall(inv: Invocation, args: readonly ShellWord[], spec: OptionSpec, resolve: WordResolver): ToolCall {
  const { args: resolved, opaque } = resolveArgs(args, resolve);
  const head = parseArgs(resolved, { ...spec, stopAtOperand: true });
  const sub = head.operands[0] ?? null;
  const subIndex = sub ? resolved.indexOf(sub) : resolved.length;
  const globals = parseArgs(resolved.slice(0, subIndex), spec);
  const rest = parseArgs(resolved.slice(subIndex + 1), spec);
  return {
    inv,
    subcommand: sub,
    globalOptions: globals.options,
    localOptions: rest.options,
    options: { options: [...globals.options, ...rest.options], operands: [...globals.operands, ...rest.operands] },
    operands: rest.operands,
    opaque,
  };
}

/** Every call of `tool` in the RUN (shared by every rule: do not mutate). */
export function toolCalls(run: RunCommands, tool: Tool): readonly ToolCall[] {
  let calls = run.toolCalls.get(tool);
  if (!calls) {
    calls = run.invocations.filter((inv) => tool.names.includes(inv.name)).map((inv) => toolCall(inv, inv.args, tool.spec, run.resolve));
    run.toolCalls.set(tool, calls);
  }
  return calls;
}

/**
 * True when some RUN of the file (ONBUILD triggers included) calls one of `tools`. A rule about
 * those tools returns no handlers otherwise, so the file's RUNs are not even visited for it.
 */
export function fileRunsAny(model: SemanticModel, tools: readonly Tool[]): boolean {
  const programs = programsInFile(model);
  return tools.some((tool) => tool.names.some((name) => programs.has(name)));
}

/** Calls of `tool` whose subcommand is one of `subcommands`. */
export function subcommandCalls(run: RunCommands, tool: Tool, subcommands: readonly string[]): ToolCall[] {
  return toolCalls(run, tool).filter((c) => c.subcommand !== null && subcommands.includes(c.subcommand.text));
}

export function callHasOption(call: ToolCall, ...names: string[]): boolean {
  return call.options.options.some((o) => names.includes(o.name));
}

/** `apt-get -s`, `apk --simulate`: a dry run that installs nothing. */
export function isDryRun(call: ToolCall): boolean {
  return callHasOption(call, 's', 'simulate', 'dry-run', 'just-print', 'recon', 'no-act');
}

export function callOptionValues(call: ToolCall, ...names: string[]): string[] {
  return call.options.options.filter((o) => names.includes(o.name) && o.value !== null).map((o) => o.value as string);
}

// ---------------------------------------------------------------------------------------------
// Tools

export const APT_GET: Tool = {
  names: ['apt-get'],
  spec: { shortWithValue: 'tocaP', longWithValue: ['target-release', 'default-release', 'option', 'config-file', 'host-architecture', 'build-profiles'] },
};

export const APT: Tool = { names: ['apt'], spec: APT_GET.spec };

export const APK: Tool = {
  names: ['apk'],
  spec: {
    shortWithValue: 'tXp',
    longWithValue: ['virtual', 'repository', 'root', 'arch', 'cache-dir', 'keys-dir', 'repositories-file', 'cache-max-age', 'timeout', 'wait'],
  },
};

const RPM_LONG = [
  'config', 'debuglevel', 'errorlevel', 'exclude', 'excludepkgs', 'enablerepo', 'disablerepo', 'installroot', 'releasever',
  'setopt', 'repo', 'repoid', 'rpmverbosity', 'forcearch', 'downloaddir', 'destdir', 'color', 'comment', 'repofrompath',
  'disableexcludes', 'disableplugin', 'enableplugin', 'advisory', 'advisories', 'bz', 'bzs', 'cve', 'cves', 'sec-severity', 'secseverity',
  'installonly-limit', 'from-repo', 'use-host-config',
];

export const YUM: Tool = { names: ['yum'], spec: { shortWithValue: 'cdeRx', longWithValue: RPM_LONG } };
export const DNF: Tool = { names: ['dnf', 'dnf5', 'dnf-3', 'dnf4'], spec: YUM.spec };
export const MICRODNF: Tool = { names: ['microdnf'], spec: YUM.spec };

export const ZYPPER: Tool = {
  names: ['zypper'],
  spec: {
    shortWithValue: 'RcCtr',
    longWithValue: [
      'root', 'config', 'reposd-dir', 'cache-dir', 'raw-cache-dir', 'solv-cache-dir', 'pkg-cache-dir', 'type', 'repo', 'from',
      'download', 'userdata', 'installroot',
    ],
  },
};

export const NPM: Tool = {
  names: ['npm'],
  spec: {
    shortWithValue: 'wC',
    longWithValue: [
      'registry', 'prefix', 'cache', 'tag', 'omit', 'include', 'workspace', 'loglevel', 'userconfig', 'globalconfig',
      'install-strategy', 'save-prefix', 'before', 'fetch-retries', 'fetch-timeout', 'scope', 'otp', 'location',
      'script-shell', 'node-options', 'umask', 'depth', 'cpu', 'os', 'libc', 'maxsockets', 'proxy', 'https-proxy',
    ],
  },
};

export const GEM: Tool = {
  names: ['gem'],
  spec: {
    shortWithValue: 'vinsPp',
    longWithValue: ['version', 'install-dir', 'bindir', 'document', 'platform', 'source', 'http-proxy', 'build-root', 'trust-policy', 'without', 'config-file', 'target-rbconfig'],
  },
};

export const YARN: Tool = {
  names: ['yarn', 'yarnpkg'],
  spec: { longWithValue: ['cache-folder', 'modules-folder', 'network-timeout', 'mutex', 'cwd', 'registry', 'network-concurrency', 'global-folder', 'link-folder', 'preferred-cache-folder', 'otp'] },
};

export const PIP_SPEC: OptionSpec = {
  shortWithValue: 'rcefitbC',
  longWithValue: [
    'requirement', 'constraint', 'editable', 'index-url', 'extra-index-url', 'find-links', 'target', 'prefix', 'root', 'src',
    'build', 'platform', 'python-version', 'implementation', 'abi', 'no-binary', 'only-binary', 'trusted-host',
    'upgrade-strategy', 'progress-bar', 'proxy', 'cache-dir', 'log', 'log-file', 'timeout', 'retries', 'exists-action',
    'cert', 'client-cert', 'global-option', 'install-option', 'config-settings', 'report', 'python', 'root-user-action',
    'use-feature', 'use-deprecated', 'keyring-provider', 'group', 'build-constraint',
  ],
};

const PIP_PROGRAM = /^pip(?:\d+(?:\.\d+)*)?$/;
const PYTHON_PROGRAM = /^python(?:\d+(?:\.\d+)*)?$/;

/** True when some RUN of the file (ONBUILD triggers included) may call pip: `pip…`, or `python…` (`-m pip`). */
export function fileMayRunPip(model: SemanticModel): boolean {
  for (const name of programsInFile(model)) if (PIP_PROGRAM.test(name) || PYTHON_PROGRAM.test(name)) return true;
  return false;
}

/** `pip install …` in any spelling: `pip3.12`, `python -m pip`, `python3 -m pip` (shared: do not mutate). */
export function pipInstallCalls(run: RunCommands): readonly ToolCall[] {
  return (run.pipInstalls ??= findPipInstallCalls(run));
}

function findPipInstallCalls(run: RunCommands): ToolCall[] {
  const calls: ToolCall[] = [];
  for (const inv of run.invocations) {
    let args: ShellWord[] | null = null;
    if (PIP_PROGRAM.test(inv.name)) args = inv.args;
    else if (PYTHON_PROGRAM.test(inv.name)) {
      const m = inv.args.findIndex((w) => w.value === '-m' || w.value === '-mpip');
      if (m >= 0 && inv.args.slice(0, m).every((w) => /^-[a-zA-Z]+$/.test(w.value))) {
        if (inv.args[m].value === '-mpip') args = inv.args.slice(m + 1);
        else if (inv.args[m + 1]?.value === 'pip') args = inv.args.slice(m + 2);
      }
    }
    if (!args) continue;
    const call = toolCall(inv, args, PIP_SPEC, run.resolve);
    if (call.subcommand?.text === 'install') calls.push(call);
  }
  return calls;
}

// ---------------------------------------------------------------------------------------------
// Version pinning: does one package argument fix a version?

/** A package argument that names a local file, directory or URL rather than a registry package. */
export function isPathOrUrl(text: string): boolean {
  return /^(?:\.{1,2}(?:\/|$)|\/|~\/|[a-z][a-z0-9+.-]*:\/\/|file:)/i.test(text);
}

/** apt-get: `pkg=1.2-3`, a release `pkg/bookworm`, or a local `.deb`. */
export function aptPinned(text: string): boolean {
  return text.includes('=') || text.includes('/') || text.endsWith('.deb');
}

/** apk: `pkg=1.2`, `pkg~1.2`, `pkg>1`, `pkg<2`, or a local `.apk`. */
export function apkPinned(text: string): boolean {
  return /[=~<>]/.test(text) || text.endsWith('.apk') || isPathOrUrl(text);
}

/** zypper: `pkg=1.2`, `pkg>=1`, `pkg<2`, an `.rpm` or a path. */
export function zypperPinned(text: string): boolean {
  return /[=<>]/.test(text) || text.endsWith('.rpm') || isPathOrUrl(text);
}

/**
 * yum/dnf: `name-version[-release]` (a dash followed by a digit or a variable), an `.rpm`,
 * a path or URL; groups (`@group`) and capabilities (`perl(DBI)`) have no version to pin.
 */
export function rpmPinned(text: string): boolean {
  // A capability such as `dnf-command(config-manager)` or `perl(DBI)` names no package version.
  if (text.endsWith('.rpm') || isPathOrUrl(text) || text.startsWith('@') || text.includes('(')) return true;
  return /-(?:\d|\$)/.test(text);
}

/** A dnf/yum module spec names its stream: `nodejs:18`. */
export function rpmModulePinned(text: string): boolean {
  return text.includes(':');
}

const PIP_VERSION = /(===|==|>=|<=|~=|!=|<|>)/;
const VCS_PREFIX = /^(?:git|hg|svn|bzr)(?:\+[a-z]+)?:/i;
const ARCHIVE = /\.(?:whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i;

/** pip: a version specifier, a VCS URL with `@rev`, a direct URL or path, a local archive. */
export function pipPinned(text: string): boolean {
  if (PIP_VERSION.test(text)) return true;
  if (VCS_PREFIX.test(text)) return /@[^/]+$|@[^/]+#/.test(text.replace(/^[^:]+:\/\/[^@/]*@/, ''));
  if (/\s@\s|[A-Za-z0-9\]]@(?:[a-z]+\+)?[a-z]+:/i.test(text)) return true; // `name @ url`
  if (ARCHIVE.test(text) || isPathOrUrl(text) || text === '.' || text.includes('/')) return true;
  return false;
}

/** npm: `name@version` (not `@latest`), git URLs with `#ref`, tarballs, URLs, local folders. */
export function npmPinned(text: string): boolean {
  if (/^(?:git(?:\+[a-z]+)?:\/\/|github:|gitlab:|bitbucket:|gist:)/i.test(text)) return text.includes('#');
  if (/\.(?:tgz|tar|tar\.gz)$/i.test(text) || isPathOrUrl(text) || text === '.') return true;
  const name = text.startsWith('@') ? text.slice(text.indexOf('/') + 1) : text;
  const at = name.indexOf('@');
  if (at < 0) return /^[^/]+\/[^/]+#/.test(text); // GitHub shorthand `user/repo#ref`
  return name.slice(at + 1) !== 'latest' && name.slice(at + 1) !== '';
}

/** gem: `name:version`, a local `.gem` or a path. */
export function gemPinned(text: string): boolean {
  return text.includes(':') || text.endsWith('.gem') || isPathOrUrl(text);
}

/** Go: a module path with `@version` that is not a moving query (`@latest`, `@upgrade`, `@patch`). */
export function goPinned(text: string): boolean {
  const at = text.lastIndexOf('@');
  if (at < 0) return false;
  const version = text.slice(at + 1);
  return version !== '' && !['latest', 'upgrade', 'patch'].includes(version);
}

/** A Go package argument that names a remote module (its first path element has a dot). */
export function isRemoteGoPackage(text: string): boolean {
  if (isPathOrUrl(text) || text.endsWith('.go')) return false;
  const first = text.split('/')[0].split('@')[0];
  return first.includes('.') && !first.startsWith('.');
}
