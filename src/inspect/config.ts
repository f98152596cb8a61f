import type { CommandForm, Instruction } from '../ast/nodes';
import type { SemanticModel, Stage } from '../semantic/model';
import { expandWord } from '../semantic/expand';
import { lookupFor, scratchEnv, type Expansion } from '../semantic/variables';
import type {
  BaseChainLink,
  CollectedItem,
  EnvEntry,
  HealthcheckConfig,
  InspectResult,
  Knowable,
  Layer,
  RunCommand,
} from './types';

/** The placeholder for the user's arguments in `docker run IMAGE arg…`. */
export const ARGS_PLACEHOLDER = 'arg…';

const known = <T>(value: T, line: number | null): Knowable<T> => ({ known: true, value, line });
const unknown = <T>(reason: string): Knowable<T> => ({ known: false, reason });

/** Config fields as they stand while the stages of the chain are replayed, oldest first. */
interface ConfigState {
  env: Map<string, EnvEntry>;
  entrypoint: Knowable<string[] | null>;
  cmd: Knowable<string[] | null>;
  workingDir: Knowable<string>;
  user: Knowable<string>;
  ports: CollectedItem[];
  volumes: CollectedItem[];
  labels: { key: string | null; value: string | null; line: number }[];
  healthcheck: Knowable<HealthcheckConfig | null>;
  stopSignal: Knowable<string | null>;
  shell: Knowable<string[]> | null;
  layers: Layer[];
}

export class InspectError extends Error {}

/**
 * The image config `docker build [--target STAGE]` would produce for this Dockerfile, computed
 * from the model alone. What depends on a registry image's own config or on an ARG without a
 * default is reported as unknown, with the reason.
 */
export function inspectImage(model: SemanticModel, options: { file: string; target?: string | null }): InspectResult {
  const target = model.graph.target(options.target ?? null);
  if (!target) {
    if (options.target) throw new InspectError(`no stage named "${options.target}" (stages: ${stageList(model)})`);
    throw new InspectError('the Dockerfile has no FROM instruction');
  }
  const chain: Stage[] = [];
  for (let s: Stage | null = target; s && !chain.includes(s); s = s.baseStage) chain.unshift(s);
  const root = chain[0];
  const rootImage = root.imageRef;
  const fromRegistry = root.imageUnknown || (rootImage ?? '').toLowerCase() !== 'scratch';
  const baseReason = root.imageUnknown
    ? `the base image of stage ${stageLabel(root)} depends on an ARG with no default`
    : `set by the base image "${rootImage}", whose config is not known without a registry`;
  const state = initialState(fromRegistry, baseReason, root);
  for (const stage of chain) replayStage(model, stage, state);

  const shell = state.shell ?? known(model.effectiveShell(target.instructions.at(-1) ?? target.from), null);
  return {
    file: options.file,
    target: { index: target.index, name: target.name, line: target.from.range.start.line },
    baseChain: baseChain(chain),
    buildArgs: { ...model.buildArgs },
    env: [...state.env.values()],
    envFromBaseImage: fromRegistry,
    entrypoint: state.entrypoint,
    cmd: state.cmd,
    run: runCommand(state.entrypoint, state.cmd),
    workingDir: state.workingDir,
    user: state.user,
    exposedPorts: { entries: state.ports, fromBaseImage: fromRegistry },
    volumes: { entries: state.volumes, fromBaseImage: fromRegistry },
    labels: { entries: state.labels, fromBaseImage: fromRegistry },
    healthcheck: state.healthcheck,
    stopSignal: state.stopSignal,
    shell,
    layers: state.layers,
    layersFromBaseImage: fromRegistry,
  };
}

function stageLabel(stage: Stage): string {
  return stage.name ? `"${stage.name}"` : String(stage.index);
}

function stageList(model: SemanticModel): string {
  return model.stages.map((s) => s.name ?? String(s.index)).join(', ');
}

function initialState(fromRegistry: boolean, reason: string, root: Stage): ConfigState {
  // scratch has an empty config but for PATH: no command, root user, working directory `/`.
  const base = <T>(emptyValue: T): Knowable<T> => (fromRegistry ? unknown<T>(reason) : known(emptyValue, null));
  const env = new Map<string, EnvEntry>();
  if (!fromRegistry) for (const b of scratchEnv(root).values()) env.set(b.name, { name: b.name, value: known(b.value ?? '', null) });
  return {
    env,
    entrypoint: base<string[] | null>(null),
    cmd: base<string[] | null>(null),
    workingDir: base('/'),
    user: base(''),
    ports: [],
    volumes: [],
    labels: [],
    healthcheck: base<HealthcheckConfig | null>(null),
    stopSignal: base<string | null>(null),
    // An image built with SHELL keeps it in its config, so a registry base may have changed the default.
    shell: fromRegistry ? unknown<string[]>(reason) : null,
    layers: [],
  };
}

function baseChain(chain: Stage[]): BaseChainLink[] {
  const links: BaseChainLink[] = [];
  for (let i = chain.length - 1; i >= 0; i--) {
    const s = chain[i];
    links.push({ stage: { index: s.index, name: s.name, line: s.from.range.start.line }, image: s.imageUnknown ? null : s.imageRef });
  }
  const root = chain[0];
  links.push({ stage: null, image: root.imageUnknown ? null : root.imageRef });
  return links;
}

/** Why an expansion is not known: the first variable whose value is not known. */
function unknownReason(model: SemanticModel, node: Instruction, e: Expansion): string {
  const scope = model.variables.scopeAt(node);
  for (const ref of e.references) {
    if (!ref.unknown) continue;
    const b = scope.lookup(ref.name);
    if (!b) return `$${ref.name} may be set by the base image`;
    if (b.kind === 'env') return `$${ref.name} depends on a value that is not known`;
    return `$${ref.name} is an ARG with no default (pass --build-arg ${ref.name}=…)`;
  }
  return 'depends on a value that is not known';
}

function expandKnowable(model: SemanticModel, node: Instruction, raw: string, line: number): Knowable<string> {
  const e = model.expand(node, raw);
  if (!e.unknown) return known(e.value, line);
  const reason = unknownReason(model, node, e);
  const partial = partialValue(model, node, raw, e);
  return partial === null ? unknown(reason) : { known: false, reason, partial };
}

/** A variable that is not known, while a word is expanded again (no Dockerfile text holds a NUL). */
const placeholder = (name: string) => `\u0000${name}\u0000`;
const PLACEHOLDERS = /\u0000([A-Za-z_][A-Za-z0-9_]*)\u0000/g;

/**
 * The word expanded with each variable that is not known kept as `${NAME}`: `/opt/bin:${PATH}`.
 * Only when every such variable is used plainly (`$NAME`, `${NAME}`): through `${NAME:-x}` or
 * `${NAME#x}` its value would decide more than where it goes.
 */
function partialValue(model: SemanticModel, node: Instruction, raw: string, e: Expansion): string | null {
  const unknownRefs = e.references.filter((r) => r.unknown);
  if (unknownRefs.length === 0 || unknownRefs.some((r) => r.operator !== null)) return null;
  // The lookup expansion uses, with a placeholder where it has no value.
  const scopeLookup = lookupFor(model.variables.scopeAt(node));
  const lookup = (name: string) => {
    const found = scopeLookup(name);
    return found && found.value === null ? { value: placeholder(name) } : found;
  };
  const again = expandWord(raw, lookup, { escapeChar: model.ast.escapeChar }).value;
  // Nothing but variables that are not known (`$VERSION`) tells no more than the reason does.
  if (again.replace(PLACEHOLDERS, '') === '') return null;
  return again.replace(PLACEHOLDERS, '${$1}');
}

function expandOrNull(model: SemanticModel, node: Instruction, raw: string): string | null {
  const e = model.expand(node, raw);
  return e.unknown ? null : e.value;
}

/** The argv the image config stores for a CMD/ENTRYPOINT/HEALTHCHECK command. */
function commandArgv(model: SemanticModel, node: Instruction, command: CommandForm): string[] {
  if (command.type === 'ExecForm') return command.args.map((a) => a.value);
  return [...model.effectiveShell(node), command.value];
}

/**
 * The ONBUILD triggers of the stage's base stage, which the builder runs at the start of this stage,
 * then the stage's own instructions. Each comes with the instruction whose scope it expands in: a
 * trigger sees the variables in effect where the stage begins, not those of the stage that declared it.
 */
function stageSteps(stage: Stage): { node: Instruction; scope: Instruction }[] {
  const steps: { node: Instruction; scope: Instruction }[] = [];
  for (const inst of stage.baseStage?.instructions ?? []) {
    if (inst.type === 'Onbuild' && inst.trigger) steps.push({ node: inst.trigger, scope: stage.instructions[0] ?? inst.trigger });
  }
  for (const node of stage.instructions) steps.push({ node, scope: node });
  return steps;
}

function replayStage(model: SemanticModel, stage: Stage, state: ConfigState): void {
  let cmdSetInStage = false;
  for (const { node, scope } of stageSteps(stage)) {
    const line = node.range.start.line;
    switch (node.type) {
      case 'Env':
        for (const p of node.pairs) {
          const value = p.value ? expandKnowable(model, scope, p.value.value, line) : known('', line);
          state.env.set(p.key.value, { name: p.key.value, value });
        }
        break;
      case 'Cmd':
        state.cmd = known(node.command ? commandArgv(model, scope, node.command) : [], line);
        cmdSetInStage = true;
        break;
      case 'Entrypoint':
        state.entrypoint = known(node.command ? commandArgv(model, scope, node.command) : [], line);
        // ENTRYPOINT resets a CMD inherited from the base; a CMD set earlier in this stage stays.
        if (!cmdSetInStage) state.cmd = known(null, line);
        break;
      case 'Shell':
        if (node.command?.type === 'ExecForm') state.shell = known(node.command.args.map((a) => a.value), line);
        break;
      case 'Workdir':
        if (node.path) state.workingDir = joinWorkdir(state.workingDir, expandKnowable(model, scope, node.path.value, line));
        break;
      case 'User':
        if (node.args) state.user = expandKnowable(model, scope, node.args.value, line);
        break;
      case 'Expose':
        for (const p of node.ports) {
          const v = expandOrNull(model, scope, p.raw);
          state.ports.push({ value: v === null ? null : normalizePort(v), line });
        }
        break;
      case 'Volume':
        for (const p of node.paths) state.volumes.push({ value: node.form === 'exec' ? p.value : expandOrNull(model, scope, p.value), line });
        break;
      case 'Label':
        for (const p of node.pairs) {
          state.labels.push({ key: expandOrNull(model, scope, p.key.value), value: p.value ? expandOrNull(model, scope, p.value.value) : '', line });
        }
        break;
      case 'Healthcheck':
        state.healthcheck = known(healthcheck(model, node), line);
        break;
      case 'Stopsignal':
        if (node.signal) {
          const s = expandKnowable(model, scope, node.signal.value, line);
          state.stopSignal = s.known ? known(s.value, line) : s;
        }
        break;
      case 'Run':
      case 'Copy':
      case 'Add':
        state.layers.push({ line, stage: stage.index, instruction: node.keyword, text: firstLine(model, node) });
        break;
      default:
        break;
    }
  }
}

function joinWorkdir(current: Knowable<string>, next: Knowable<string>): Knowable<string> {
  if (!next.known) {
    // A partly known relative path is only as known as the directory it is relative to.
    if (next.partial === undefined || next.partial.startsWith('/')) return next;
    return current.known ? { ...next, partial: `${current.value.replace(/\/+$/, '')}/${next.partial}` } : unknown(next.reason);
  }
  const p = next.value;
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) return next;
  if (!current.known) return unknown(`relative to a working directory that is not known (${current.reason})`);
  return known(`${current.value.replace(/\/+$/, '')}/${p}`, next.line);
}

/** `80` → `80/tcp`; `53/UDP` → `53/udp`, as the image config keys them. */
function normalizePort(port: string): string {
  const [num, proto] = port.split('/');
  return `${num}/${(proto || 'tcp').toLowerCase()}`;
}

function healthcheck(model: SemanticModel, node: Extract<Instruction, { type: 'Healthcheck' }>): HealthcheckConfig | null {
  if (node.kind === 'NONE') return { test: ['NONE'], options: {} };
  if (!node.command) return null;
  const options: Record<string, string> = {};
  for (const f of node.flags) if (f.value !== null) options[f.name] = f.value;
  const test = node.command.type === 'ExecForm' ? ['CMD', ...node.command.args.map((a) => a.value)] : ['CMD-SHELL', node.command.value];
  return { test, options };
}

function firstLine(model: SemanticModel, node: Instruction): string {
  const text = model.source.text.slice(node.range.start.offset, node.range.end.offset);
  const line = text.split(/\r?\n/)[0].trim();
  const more = text.includes('\n') ? ' …' : '';
  return line.length > 120 ? `${line.slice(0, 119)}…` : `${line}${more}`;
}

/** ENTRYPOINT + CMD, and ENTRYPOINT + the user's arguments, as `docker run` combines them. */
export function runCommand(entrypoint: Knowable<string[] | null>, cmd: Knowable<string[] | null>): RunCommand {
  const notes: string[] = [];
  if (!entrypoint.known) {
    const result: RunCommand = {
      notes,
      withoutArgs: unknown(`the ENTRYPOINT is not known: ${entrypoint.reason}`),
      withArgs: unknown(`the ENTRYPOINT is not known: ${entrypoint.reason}`),
    };
    if (cmd.known && cmd.value && cmd.line !== null) result.ifBaseHasNoEntrypoint = cmd.value;
    return result;
  }
  const ep = entrypoint.value ?? [];
  if (ep.length >= 2 && ['-c', '/C', '/c', '-Command'].includes(ep[ep.length - 2]) && entrypoint.value) {
    notes.push('A shell-form ENTRYPOINT runs its string through the shell: CMD and run arguments only become $0, $1, … of that shell and are usually ignored.');
  }
  const withArgs = known([...ep, ARGS_PLACEHOLDER], entrypoint.line);
  if (!cmd.known) return { notes, withoutArgs: unknown(`the CMD is not known: ${cmd.reason}`), withArgs };
  return { notes, withoutArgs: known([...ep, ...(cmd.value ?? [])], cmd.line ?? entrypoint.line), withArgs };
}
