import type { ArgInstruction, Instruction, Range } from '../ast/nodes';
import type { SemanticModel } from './model';
import type { Stage } from './stages';
import { isPlatformArg, PLATFORM_ARGS, PROXY_ARGS } from './builtins';
import { BindingHistory } from './binding-history';
import { expandWord, type ExpandOptions, type VariableLookup, type VariableReference } from './expand';

export type { VariableReference } from './expand';

export interface Expansion {
  /** The text with every variable replaced (unset ones as empty, unknown ones as unset). */
  value: string;
  /** True when the result depends on something not known statically (an ARG with no default). */
  unknown: boolean;
  /** Names referenced that no ARG, ENV or predefined ARG in scope declares. */
  undefinedVars: string[];
  /** Every reference, with indices into the expanded text. */
  references: VariableReference[];
  /** Failures the builder would report (`${v?msg}`, bad substitutions). */
  errors: string[];
}

export type BindingKind = 'global-arg' | 'arg' | 'env' | 'platform' | 'proxy';

/** A variable declared (or predefined) at some point of the build. */
export interface VariableBinding {
  name: string;
  kind: BindingKind;
  /** The value, or null when it is not known statically (no default, or depends on such a value). */
  value: string | null;
  /** The ARG or ENV instruction that declared it; null for predefined ARGs. */
  node: Instruction | null;
  /** Range of the declared name; null for predefined ARGs. */
  nameRange: Range | null;
}

/** The variables visible before one instruction runs. */
export interface Scope {
  /** ENV wins over an ARG of the same name, as in the builder. */
  lookup(name: string): VariableBinding | undefined;
  /** All visible bindings (ENV over ARG). */
  bindings(): VariableBinding[];
  /**
   * True when names this Dockerfile does not declare may still be set by a base image's own
   * config (the stage starts from a registry image, or this is an ONBUILD trigger).
   */
  readonly imageMayDefine: boolean;
}

class MapScope implements Scope {
  constructor(
    private readonly env: ReadonlyMap<string, VariableBinding>,
    private readonly args: ReadonlyMap<string, VariableBinding>,
    readonly imageMayDefine: boolean,
  ) {}

  lookup(name: string): VariableBinding | undefined {
    return this.env.get(name) ?? this.args.get(name);
  }

  bindings(): VariableBinding[] {
    const all = new Map(this.args);
    for (const [k, v] of this.env) all.set(k, v);
    return [...all.values()];
  }
}

/** The ENV and ARG bindings at one point of their histories (see BindingHistory). */
class VersionedScope implements Scope {
  private readonly envVersion: number;
  private readonly argsVersion: number;

  constructor(
    private readonly env: BindingHistory,
    private readonly args: BindingHistory,
    readonly imageMayDefine: boolean,
    versions?: { env: number; args: number },
  ) {
    this.envVersion = versions?.env ?? env.version;
    this.argsVersion = versions?.args ?? args.version;
  }

  lookup(name: string): VariableBinding | undefined {
    return this.env.get(name, this.envVersion) ?? this.args.get(name, this.argsVersion);
  }

  bindings(): VariableBinding[] {
    const all = new Map<string, VariableBinding>();
    for (const b of this.args.entries(this.argsVersion)) all.set(b.name, b);
    for (const b of this.env.entries(this.envVersion)) all.set(b.name, b);
    return [...all.values()];
  }

  /** The same variables, with names the Dockerfile does not declare possibly set by a base image. */
  withImageMayDefine(): VersionedScope {
    return new VersionedScope(this.env, this.args, true, { env: this.envVersion, args: this.argsVersion });
  }
}

interface StageVariables {
  /** Scope before each instruction of the stage (ONBUILD triggers included). */
  before: Map<Instruction, Scope>;
  /** ENV in effect at the end of the stage, inherited ENV included. */
  finalEnv: Map<string, VariableBinding>;
  /** ARG and ENV bindings declared by this stage's instructions, in order. */
  declared: VariableBinding[];
  imageMayDefine: boolean;
}

/** Scope of the global ARGs (before the first FROM), computed without the rest of the model. */
export function computeGlobalArgs(
  globalArgs: readonly ArgInstruction[],
  buildArgs: Readonly<Record<string, string>>,
  escapeChar: string,
): { before: Map<Instruction, Scope>; args: Map<string, VariableBinding>; declared: VariableBinding[]; fromScope: Scope } {
  const args = new Map<string, VariableBinding>();
  const declared: VariableBinding[] = [];
  const before = new Map<Instruction, Scope>();
  const empty = new Map<string, VariableBinding>();
  // Platform ARGs are set in the global scope by the builder itself.
  const platform = new Map<string, VariableBinding>();
  for (const name of PLATFORM_ARGS) {
    platform.set(name, { name, kind: 'platform', value: has(buildArgs, name) ? buildArgs[name] : null, node: null, nameRange: null });
  }
  // What each global ARG sees: the platform ARGs, then the global ARGs before it.
  const visible = new BindingHistory(platform);
  const noEnv = new BindingHistory();
  for (const inst of globalArgs) {
    const scope = new VersionedScope(noEnv, visible, false);
    before.set(inst, scope);
    for (const d of inst.declarations) {
      const name = d.name.value;
      let value: string | null;
      if (has(buildArgs, name)) value = buildArgs[name];
      else if (d.defaultValue) value = knownValue(d.defaultValue.value, scope, escapeChar);
      else value = null;
      const binding: VariableBinding = { name, kind: 'global-arg', value, node: inst, nameRange: d.name.range };
      args.set(name, binding);
      visible.set(binding);
      declared.push(binding);
    }
  }
  const fromArgs = new Map([...platform, ...args]);
  return { before, args, declared, fromScope: new MapScope(empty, fromArgs, false) };
}

/** Nothing is ever looked up in a word without `$`. */
const NO_VARIABLES: VariableLookup = () => undefined;

/**
 * The expansion of a word without `$`: quotes and escapes removed, no references. It needs no
 * scope, so asking for it does not build the file's variable scopes.
 */
export function expandLiteral(text: string, options: ExpandOptions): Expansion {
  const e = expandWord(text, NO_VARIABLES, options);
  return { value: e.value, unknown: false, undefinedVars: [], references: e.references, errors: e.errors };
}

function has(record: Readonly<Record<string, string>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** Expand `raw` in `scope`; null when the result is not known statically. */
function knownValue(raw: string, scope: Scope, escapeChar: string): string | null {
  const e = expandWord(raw, lookupFor(scope), { escapeChar });
  return e.unknown ? null : e.value;
}

/** The lookup expansion uses: undeclared names a base image may define count as unknown. */
export function lookupFor(scope: Scope): VariableLookup {
  return (name) => {
    const b = scope.lookup(name);
    if (b) return { value: b.value };
    return scope.imageMayDefine ? { value: null } : undefined;
  };
}

/**
 * ARG and ENV scopes exactly as the builder sees them:
 * - global ARGs (before the first FROM) and the platform ARGs are visible only in FROM lines;
 *   a stage sees a global ARG after re-declaring it with `ARG NAME`;
 * - stage ARGs from their declaration on, their value from `--build-arg`, else the default;
 * - proxy ARGs everywhere in a stage, their value only from `--build-arg`;
 * - ENV from its instruction on, inherited by stages built on this one, and winning over ARG;
 * - every variable of one instruction expands with the values from before that instruction.
 */
export class VariableScopes {
  private readonly global: ReturnType<typeof computeGlobalArgs>;
  private readonly perStage = new Map<Stage, StageVariables>();
  /** The proxy ARGs every stage starts with (the same bindings in each). */
  private readonly proxyArgs: ReadonlyMap<string, VariableBinding>;

  constructor(
    private readonly model: SemanticModel,
    private readonly buildArgs: Readonly<Record<string, string>>,
  ) {
    this.global = computeGlobalArgs(model.globalArgs, buildArgs, model.ast.escapeChar);
    const proxies = new Map<string, VariableBinding>();
    for (const name of PROXY_ARGS) {
      proxies.set(name, { name, kind: 'proxy', value: has(buildArgs, name) ? buildArgs[name] : null, node: null, nameRange: null });
    }
    this.proxyArgs = proxies;
    for (const stage of model.stages) this.perStage.set(stage, this.computeStage(stage));
  }

  private get escapeChar(): string {
    return this.model.ast.escapeChar;
  }

  /** The global ARGs as FROM lines see them (platform ARGs included). */
  get fromScope(): Scope {
    return this.global.fromScope;
  }

  /** Global ARGs by name (the last declaration wins). */
  get globalArgs(): ReadonlyMap<string, VariableBinding> {
    return this.global.args;
  }

  /** The scope an instruction's variables expand in. */
  scopeAt(node: Instruction): Scope {
    if (node.type === 'From') return this.global.fromScope;
    const g = this.global.before.get(node);
    if (g) return g;
    const stage = this.model.stageOf(node);
    const found = stage ? this.perStage.get(stage)?.before.get(node) : undefined;
    return found ?? new MapScope(new Map(), new Map(), false);
  }

  /** Variables visible at `node`: name → value (null when not known statically). */
  visibleAt(node: Instruction): Map<string, { value: string | null }> {
    const out = new Map<string, { value: string | null }>();
    for (const b of this.scopeAt(node).bindings()) out.set(b.name, { value: b.value });
    return out;
  }

  /** Expand `text` (a word as written: quotes and escapes kept) as the builder would at `node`. */
  expand(node: Instruction, text: string, options: Omit<ExpandOptions, 'escapeChar'> = {}): Expansion {
    if (!text.includes('$')) return expandLiteral(text, { escapeChar: this.escapeChar, processQuotes: options.processQuotes });
    const scope = this.scopeAt(node);
    const e = expandWord(text, lookupFor(scope), { escapeChar: this.escapeChar, processQuotes: options.processQuotes });
    const undefinedVars = [...new Set(e.references.filter((r) => !scope.lookup(r.name)).map((r) => r.name))];
    return { value: e.value, unknown: e.unknown, undefinedVars, references: e.references, errors: e.errors };
  }

  /** ENV in effect at the end of `stage` (inherited ENV included), in declaration order. */
  finalEnv(stage: Stage): VariableBinding[] {
    return [...(this.perStage.get(stage)?.finalEnv.values() ?? [])];
  }

  /** ARG and ENV declarations made by `stage`'s own instructions (null: the global ARGs), in order. */
  declaredIn(stage: Stage | null): VariableBinding[] {
    if (!stage) return this.global.declared;
    return this.perStage.get(stage)?.declared ?? [];
  }

  /** True when names the Dockerfile does not declare may be set by the stage's base image. */
  imageMayDefine(stage: Stage): boolean {
    return this.perStage.get(stage)?.imageMayDefine ?? true;
  }

  private computeStage(stage: Stage): StageVariables {
    const parent = stage.baseStage ? this.perStage.get(stage.baseStage) : undefined;
    const env = new BindingHistory(parent?.finalEnv ?? (isScratch(stage) ? scratchEnv(stage) : undefined));
    const imageMayDefine = parent ? parent.imageMayDefine : !isScratch(stage);
    const args = new BindingHistory(this.proxyArgs);
    const before = new Map<Instruction, Scope>();
    const declared: VariableBinding[] = [];
    // The builder runs the base stage's ONBUILD triggers first thing in this stage, so their ARG and
    // ENV are visible here (they stay out of `declared`: no instruction of this stage wrote them).
    for (const inst of stage.baseStage?.instructions ?? []) {
      if (inst.type !== 'Onbuild' || (inst.trigger?.type !== 'Arg' && inst.trigger?.type !== 'Env')) continue;
      this.declare(inst.trigger, new VersionedScope(env, args, imageMayDefine), env, args);
    }
    // Only ARG and ENV change the scope: the instructions between two of them share one.
    let scope: VersionedScope | null = null;
    for (const inst of stage.instructions) {
      scope ??= new VersionedScope(env, args, imageMayDefine);
      before.set(inst, scope);
      if (inst.type === 'Onbuild' && inst.trigger) {
        // Triggers run in a later build whose base config is unknown.
        before.set(inst.trigger, scope.withImageMayDefine());
      }
      if (inst.type === 'Arg' || inst.type === 'Env') {
        declared.push(...this.declare(inst, scope, env, args));
        scope = null;
      }
    }
    return { before, finalEnv: env.latest(), declared, imageMayDefine };
  }

  /** Record the bindings an ARG or ENV instruction makes (expanded in `scope`) and return them. */
  private declare(inst: Instruction, scope: Scope, env: BindingHistory, args: BindingHistory): VariableBinding[] {
    const made: VariableBinding[] = [];
    if (inst.type === 'Arg') {
      for (const d of inst.declarations) {
        const b = this.stageArg(d.name.value, d.defaultValue?.value ?? null, scope, inst, d.name.range);
        args.set(b);
        made.push(b);
      }
    } else if (inst.type === 'Env') {
      for (const p of inst.pairs) {
        const value = p.value ? knownValue(p.value.value, scope, this.escapeChar) : '';
        const b: VariableBinding = { name: p.key.value, kind: 'env', value, node: inst, nameRange: p.key.range };
        env.set(b);
        made.push(b);
      }
    }
    return made;
  }

  private stageArg(name: string, rawDefault: string | null, scope: Scope, node: Instruction, nameRange: Range): VariableBinding {
    const make = (value: string | null, kind: BindingKind = 'arg'): VariableBinding => ({ name, kind, value, node, nameRange });
    if (isPlatformArg(name)) return make(has(this.buildArgs, name) ? this.buildArgs[name] : null, 'platform');
    if (has(this.buildArgs, name)) return make(this.buildArgs[name]);
    if (rawDefault !== null) return make(knownValue(rawDefault, scope, this.escapeChar));
    const global = this.global.args.get(name);
    return make(global ? global.value : null);
  }
}

/** The PATH the builder gives a Linux image built from scratch (BuildKit's default for its empty image config). */
export const SCRATCH_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * The ENV a stage `FROM scratch` starts with: PATH, as BuildKit sets it in the empty image's
 * config, so `ENV PATH=/opt/bin:$PATH` extends it; none for a Windows platform, where BuildKit
 * leaves PATH to the system.
 */
export function scratchEnv(stage: Stage): ReadonlyMap<string, VariableBinding> {
  const platform = stage.from.flags.find((f) => f.name === 'platform')?.value ?? '';
  if (/^windows(\/|$)/i.test(platform)) return new Map();
  return new Map([['PATH', { name: 'PATH', kind: 'env', value: SCRATCH_PATH, node: null, nameRange: null }]]);
}

function isScratch(stage: Stage): boolean {
  return stage.imageRef !== null && stage.imageRef.toLowerCase() === 'scratch';
}
