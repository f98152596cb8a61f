import type { RunInstruction } from '../ast/nodes';
import type { Fix } from '../engine/types';
import type { SemanticModel } from '../semantic/model';
import type { Arg } from './commands';
import { lastDirectoryRemoval } from './cache-cleanup';
import { insertArgAfter } from './run-edits';
import { earlierRunMentions } from './run-facts';
import { DNF, MICRODNF, YUM, callHasOption, callOptionValues, rpmModulePinned, rpmPinned, toolCalls, type RunCommands, type Tool, type ToolCall } from './packages';

/** yum, dnf and microdnf: which calls prompt, download packages, clean up, and what they install. */

const PROMPTING = new Set([
  'install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'up', 'remove', 'rm', 'erase',
  'downgrade', 'groupremove', 'groupupdate', 'groupupgrade', 'groupinstall', 'autoremove', 'distro-sync', 'distrosync',
  'dsync', 'swap', 'update-minimal', 'upgrade-minimal', 'localupdate',
]);
const PROMPTING_GROUP = new Set(['install', 'remove', 'upgrade', 'update', 'mark']);
const PROMPTING_MODULE = new Set(['install', 'enable', 'disable', 'remove', 'reset', 'switch-to', 'update', 'upgrade']);

const DOWNLOADING = new Set([
  'install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'up', 'downgrade', 'groupupdate',
  'groupupgrade', 'distro-sync', 'distrosync', 'dsync', 'swap', 'update-minimal', 'upgrade-minimal', 'localupdate',
]);

/** Second operand of `group …` / `module …` calls. */
function action(call: ToolCall): string | null {
  return call.operands[0]?.text ?? null;
}

/** The call asks for confirmation unless told yes. */
export function rpmPrompts(call: ToolCall): boolean {
  const sub = call.subcommand?.text;
  if (!sub) return false;
  if (sub === 'group' || sub === 'groups') return PROMPTING_GROUP.has(action(call) ?? '');
  if (sub === 'module') return PROMPTING_MODULE.has(action(call) ?? '');
  return PROMPTING.has(sub);
}

/** `-y`, `--assumeyes`, `--setopt=assumeyes=1`. */
export function rpmAnswersYes(call: ToolCall): boolean {
  return callHasOption(call, 'y', 'assumeyes') || callOptionValues(call, 'setopt').some((v) => /^assumeyes=(?:1|true|yes)$/i.test(v));
}

/** The call downloads packages (and so fills the cache). */
export function rpmDownloads(call: ToolCall): boolean {
  const sub = call.subcommand?.text;
  if (!sub) return false;
  if (sub === 'group' || sub === 'groups' || sub === 'module') return ['install', 'update', 'upgrade'].includes(action(call) ?? '');
  return DOWNLOADING.has(sub);
}

/** Package arguments of an install (`install`, `in`); module installs give `{ module: true }`. */
export function rpmInstalledPackages(call: ToolCall): { args: ToolCall['operands']; module: boolean } | null {
  const sub = call.subcommand?.text;
  if (sub === 'install' || sub === 'in') return { args: call.operands, module: false };
  if (sub === 'module' && action(call) === 'install') return { args: call.operands.slice(1), module: true };
  return null;
}

const ALL_RPM_TOOLS: Tool = { names: [...YUM.names, ...DNF.names, ...MICRODNF.names], spec: YUM.spec };

/** The last command that cleans the package cache: `yum|dnf|microdnf clean all`, or `rm -rf` of a cache dir. */
export function lastRpmCleanup(run: RunCommands, cacheDirs: readonly string[]): number {
  let last = -1;
  for (const call of toolCalls(run, ALL_RPM_TOOLS)) {
    if (call.subcommand?.text === 'clean' && call.operands.some((o) => o.text === 'all')) last = Math.max(last, call.inv.index);
  }
  return Math.max(last, lastDirectoryRemoval(run, cacheDirs));
}

/** The calls of `tools`, in the order of the tools given (each tool's calls in script order). */
function callsOf(run: RunCommands, tools: readonly Tool[]): ToolCall[] {
  return tools.flatMap((tool) => toolCalls(run, tool));
}

/**
 * The last call of `tools` in the RUN that downloads packages when no cleanup of `cacheDirs`
 * follows it; null when nothing is downloaded or the cache is cleaned afterwards.
 */
export function lastUncleanedRpmDownload(run: RunCommands, tools: readonly Tool[], cacheDirs: readonly string[]): ToolCall | null {
  const downloads = callsOf(run, tools).filter(rpmDownloads).sort((a, b) => a.inv.index - b.inv.index);
  if (downloads.length === 0) return null;
  const last = downloads[downloads.length - 1];
  return lastRpmCleanup(run, cacheDirs) > last.inv.index ? null : last;
}

const ASSUMEYES_CONFIG = /assumeyes\s*=\s*(?:1|true|yes)/i;

/**
 * Calls of `tool` that would stop at a confirmation prompt: not told yes by an option, by input
 * piped from `yes`, or by `assumeyes` written to the configuration earlier in the image.
 */
export function rpmCallsMissingYes(model: SemanticModel, run: RunCommands, tool: Tool): ToolCall[] {
  return toolCalls(run, tool).filter(
    (call) =>
      rpmPrompts(call) &&
      !rpmAnswersYes(call) &&
      call.opaque.length === 0 &&
      !call.inv.fedByYes &&
      !earlierRunMentions(model, run.node, ASSUMEYES_CONFIG, call.inv.command.range.start.offset),
  );
}

/**
 * The safe fix that adds `-y` to a prompting call: after the action of `group install`/`module enable`
 * (where it reads best), else after the subcommand; undefined when that word came from a variable.
 */
export function rpmAddYesFix(node: RunInstruction, call: ToolCall): Fix | undefined {
  const sub = call.subcommand!;
  const at = ['group', 'groups', 'module'].includes(sub.text) && call.operands[0] ? call.operands[0] : sub;
  return at.expanded ? undefined : { title: 'Add `-y`', kind: 'safe', edits: [insertArgAfter(node, at.word, '-y')] };
}

export interface UnpinnedRpmPackage {
  arg: Arg;
  /** A `module install` argument, which needs a stream rather than a version. */
  module: boolean;
}

/** Package (or module) arguments installed by calls of `tools` without a version (or stream). */
export function unpinnedRpmPackages(run: RunCommands, tools: readonly Tool[]): UnpinnedRpmPackage[] {
  const unpinned: UnpinnedRpmPackage[] = [];
  for (const call of callsOf(run, tools)) {
    const install = rpmInstalledPackages(call);
    if (!install) continue;
    for (const arg of install.args) {
      if (arg.unresolved) continue;
      if (install.module ? rpmModulePinned(arg.text) : rpmPinned(arg.text)) continue;
      unpinned.push({ arg, module: install.module });
    }
  }
  return unpinned;
}
