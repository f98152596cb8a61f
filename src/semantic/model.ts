import type { ArgInstruction, Dockerfile, FromInstruction, Instruction } from '../ast/nodes';
import type { SourceText } from '../ast/source';
import type { ShellAnalysis } from '../shell/types';
import { analyzeShell } from '../shell';
import { buildStages, type Stage } from './stages';
import { expandLiteral, VariableScopes, type Expansion } from './variables';
import { StageGraph } from './graph';

export type { Stage } from './stages';
export type { Expansion, Scope, VariableBinding } from './variables';
export type { StageReference } from './graph';

const DEFAULT_POSIX_SHELL = ['/bin/sh', '-c'];

/** Memo tables (see SemanticModel.memo): each stage's instructions by position, and what lastBeforeMatching finds per stage. */
const STAGE_POSITIONS = {};
const LAST_MATCH = {};
const DEFAULT_WINDOWS_SHELL = ['cmd', '/S', '/C'];

export interface ModelOptions {
  /** `--build-arg` values. */
  buildArgs?: Record<string, string>;
}

/**
 * Facts about one Dockerfile that several rules need, computed once and lazily:
 * stages, the effective SHELL, working directories, variables and the shell parse of RUN.
 */
export class SemanticModel {
  readonly ast: Dockerfile;
  readonly source: SourceText;
  readonly stages: Stage[];
  /** ARG instructions before the first FROM. */
  readonly globalArgs: ArgInstruction[];
  private readonly stageByNode = new Map<Instruction, Stage>();
  private pragmaShellCache: string[] | null | undefined;
  private readonly shellCache = new Map<Instruction, ShellAnalysis | null>();
  private variablesCache: VariableScopes | null = null;
  private graphCache: StageGraph | null = null;
  private readonly workdirCache = new Map<Instruction, string | null>();
  private readonly shellInEffect = new Map<Instruction, string[]>();
  private readonly expansions = new Map<Instruction, Map<string, Expansion>>();
  private readonly memos = new Map<object, Map<unknown, unknown>>();
  private readonly options: ModelOptions;

  constructor(ast: Dockerfile, source: SourceText, options: ModelOptions = {}) {
    this.ast = ast;
    this.source = source;
    this.options = options;
    const { stages, globalArgs } = buildStages(ast, options.buildArgs ?? {});
    this.stages = stages;
    this.globalArgs = globalArgs;
    for (const stage of stages) {
      this.stageByNode.set(stage.from, stage);
      for (const node of stage.instructions) {
        this.stageByNode.set(node, stage);
        if (node.type === 'Onbuild' && node.trigger) this.stageByNode.set(node.trigger, stage);
      }
    }
  }

  /** The stage an instruction belongs to; null before the first FROM. */
  stageOf(node: Instruction): Stage | null {
    return this.stageByNode.get(node) ?? null;
  }

  /** The last stage: what `docker build` without `--target` produces. */
  get finalStage(): Stage | null {
    return this.stages.length ? this.stages[this.stages.length - 1] : null;
  }

  /**
   * A stage by name (case-insensitive) or numeric index, as `FROM x` and `COPY --from=x` resolve it.
   * With `before`, only stages defined before that one count (a stage cannot use a later one).
   */
  findStage(ref: string, before?: Stage): Stage | null {
    const limit = before ? before.index : this.stages.length;
    if (/^\d+$/.test(ref)) {
      const i = Number(ref);
      return i < limit ? this.stages[i] : null;
    }
    const lower = ref.toLowerCase();
    for (let i = limit - 1; i >= 0; i--) {
      if (this.stages[i].nameLower === lower) return this.stages[i];
    }
    return null;
  }

  /** True when the file looks like it builds a Windows image. */
  get isWindows(): boolean {
    if (this.ast.escapeChar === '`') return true;
    return this.stages.some((s) => /windows|nanoserver|servercore/i.test(s.from.image?.raw ?? ''));
  }

  /** The SHELL in effect for an instruction (inherited from a base stage, else the default; shared: do not mutate). */
  effectiveShell(node: Instruction): string[] {
    // Remembered: each RUN is asked about by the shell parse and by rules.
    let shell = this.shellInEffect.get(node);
    if (!shell) {
      shell = this.findShell(node);
      this.shellInEffect.set(node, shell);
    }
    return shell;
  }

  private findShell(node: Instruction): string[] {
    const shell = this.lastBeforeMatching(node, 'exec-form-shell', (inst) => inst.type === 'Shell' && inst.command?.type === 'ExecForm');
    if (shell?.type === 'Shell' && shell.command?.type === 'ExecForm') return shell.command.args.map((a) => a.value);
    if (this.pragmaShell) return this.pragmaShell;
    return this.isWindowsStage(this.stageOf(node)) ? DEFAULT_WINDOWS_SHELL : DEFAULT_POSIX_SHELL;
  }

  /**
   * `# hadolint shell=powershell`: the default shell for the whole file, for files whose RUNs are
   * run by something the Dockerfile does not say (a SHELL instruction still wins).
   */
  get pragmaShell(): string[] | null {
    if (this.pragmaShellCache === undefined) {
      this.pragmaShellCache = null;
      for (const comment of this.ast.comments) {
        const m = /^\s*hadolint\s+shell\s*=\s*(\S+)\s*$/i.exec(comment.text);
        if (m) this.pragmaShellCache = [m[1]];
      }
    }
    return this.pragmaShellCache;
  }

  private isWindowsStage(stage: Stage | null): boolean {
    if (this.ast.escapeChar === '`') return true;
    let s = stage;
    const seen = new Set<Stage>();
    while (s && !seen.has(s)) {
      seen.add(s);
      if (/windows|nanoserver|servercore/i.test(s.from.image?.raw ?? '')) return true;
      s = s.baseStage;
    }
    return false;
  }

  /**
   * The shell parse of a RUN (or shell-form CMD, ENTRYPOINT, HEALTHCHECK CMD), following SHELL.
   * Null for instructions that run no command.
   */
  shell(node: Instruction): ShellAnalysis | null {
    const known = this.shellCache.get(node);
    if (known !== undefined) return known;
    const result = analyzeShell(node, this.effectiveShell(node), this.source);
    this.shellCache.set(node, result);
    return result;
  }

  /** ARG/ENV scopes and variable expansion, exactly as the builder sees them. */
  get variables(): VariableScopes {
    if (!this.variablesCache) this.variablesCache = new VariableScopes(this, this.options.buildArgs ?? {});
    return this.variablesCache;
  }

  /** `--build-arg` values the model was built with. */
  get buildArgs(): Readonly<Record<string, string>> {
    return this.options.buildArgs ?? {};
  }

  /**
   * Expand `$VAR` forms in `text` (a word as written, quotes kept) as the builder would at `node`.
   * Quotes are removed unless `processQuotes` is false. The result may be shared: do not mutate it.
   */
  expand(node: Instruction, text: string, options: { processQuotes?: boolean } = {}): Expansion {
    // Without a `$` nothing is looked up, and the scopes need not be built for it.
    if (!text.includes('$')) return expandLiteral(text, { escapeChar: this.ast.escapeChar, processQuotes: options.processQuotes });
    if (options.processQuotes === false) return this.variables.expand(node, text, options);
    // Remembered per instruction and word: several rules check the same words.
    let byText = this.expansions.get(node);
    if (!byText) {
      byText = new Map();
      this.expansions.set(node, byText);
    }
    let expansion = byText.get(text);
    if (!expansion) {
      expansion = this.variables.expand(node, text);
      byText.set(text, expansion);
    }
    return expansion;
  }

  /** `expand`'s value, or null when it depends on a variable with no known value (unset, or only known at build time). */
  knownValue(node: Instruction, text: string, options: { processQuotes?: boolean } = {}): string | null {
    const e = this.expand(node, text, options);
    return e.unknown || e.undefinedVars.length > 0 ? null : e.value;
  }

  /**
   * Remembers a fact derived from this file outside the model, such as the commands of a RUN that
   * many rules ask for: `table` names the fact (a module-level constant), `key` what it is about.
   * The facts die with the model. (A WeakMap keyed by the model would keep every file's facts alive
   * through V8's young-generation collections once the model is old, which costs more than it saves.)
   */
  memo<K, V>(table: object, key: K, compute: (key: K) => V): V {
    let entries = this.memos.get(table);
    if (!entries) {
      entries = new Map();
      this.memos.set(table, entries);
    }
    // One lookup for a remembered value; `has` only tells a remembered undefined from a new key.
    const known = entries.get(key);
    if (known !== undefined || entries.has(key)) return known as V;
    const value = compute(key);
    entries.set(key, value);
    return value;
  }

  /** Which stage uses which (FROM, COPY --from, RUN --mount from=) and what a target needs. */
  get graph(): StageGraph {
    if (!this.graphCache) this.graphCache = new StageGraph(this);
    return this.graphCache;
  }

  /**
   * The instructions whose effect is inherited at `node`: those before it in its stage, then every
   * instruction of each stage it is built on (`FROM <stage>`), nearest first.
   */
  *instructionsBefore(node: Instruction): Generator<Instruction> {
    let stage: Stage | null = this.stageOf(node);
    let limit: Instruction | null = node;
    const seen = new Set<Stage>();
    while (stage && !seen.has(stage)) {
      seen.add(stage);
      for (const inst of stage.instructions) {
        if (inst === limit) break;
        yield inst;
      }
      limit = null;
      stage = stage.baseStage;
    }
  }

  /** True when an instruction of `type` comes before `node` (see instructionsBefore). */
  seenBefore(node: Instruction, type: Instruction['type']): boolean {
    return this.lastBefore(node, type) !== null;
  }

  /**
   * The last instruction of `type` before `node` in its stage, else the last one in the stage it is
   * built on, and so on (the USER or SHELL in effect, say); null when there is none. Answered from
   * one pass per stage and type, so asking at every instruction of a long file stays linear.
   */
  lastBefore<T extends Instruction['type']>(node: Instruction, type: T): Extract<Instruction, { type: T }> | null {
    return this.lastBeforeMatching(node, type, (inst) => inst.type === type) as Extract<Instruction, { type: T }> | null;
  }

  /** lastBefore for the instructions `test` accepts; `key` names the test (remembered per stage under it). */
  lastBeforeMatching(node: Instruction, key: string, test: (inst: Instruction) => boolean): Instruction | null {
    const stage = this.stageOf(node);
    return stage ? this.lastMatchFrom(stage, this.positionInStage(stage, node), key, test) : null;
  }

  /** True when an instruction `test` accepts is anywhere in `stage` or a stage it is built on (what its image holds). */
  someInStages(stage: Stage, key: string, test: (inst: Instruction) => boolean): boolean {
    return this.lastMatchFrom(stage, stage.instructions.length, key, test) !== null;
  }

  /** The last match before `position` in `stage`, else the last one in the stage it is built on, and so on. */
  private lastMatchFrom(stage: Stage, position: number, key: string, test: (inst: Instruction) => boolean): Instruction | null {
    const seen = new Set<Stage>();
    for (let s: Stage | null = stage; s && !seen.has(s); s = s.baseStage) {
      seen.add(s);
      // For each position of the stage (and its end), the last match before it; by stage, then key
      // (a string made per call showed in corpus runs).
      const byKey = this.memo(LAST_MATCH, s, () => new Map<string, (Instruction | null)[]>());
      let lastUpTo = byKey.get(key);
      if (!lastUpTo) {
        lastUpTo = [null];
        for (const inst of s.instructions) lastUpTo.push(test(inst) ? inst : lastUpTo[lastUpTo.length - 1]);
        byKey.set(key, lastUpTo);
      }
      const found = lastUpTo[s === stage ? position : s.instructions.length];
      if (found) return found;
    }
    return null;
  }

  /**
   * True when an instruction `test` accepts comes before `node` (in the sense of
   * instructionsBefore). `key` names the test, as for lastBeforeMatching: each stage is tested
   * once, so asking at every instruction of a long file stays linear.
   */
  someBefore(node: Instruction, key: string, test: (inst: Instruction) => boolean): boolean {
    return this.lastBeforeMatching(node, key, test) !== null;
  }

  /** Position of `node` among `stage`'s instructions; their count for one that is not among them (an ONBUILD trigger). */
  positionInStage(stage: Stage, node: Instruction): number {
    const positions = this.memo(STAGE_POSITIONS, stage, () => new Map(stage.instructions.map((inst, i) => [inst, i])));
    return positions.get(node) ?? stage.instructions.length;
  }


  /** The absolute working directory in effect at `node` (null: unknown, e.g. set by a base image). */
  workdirAt(node: Instruction): string | null {
    // Remembered: rules ask again for earlier instructions at every COPY.
    let dir = this.workdirCache.get(node);
    if (dir === undefined) {
      const stage = this.stageOf(node);
      dir = stage ? this.workdirIn(stage, node, new Set()) : null;
      this.workdirCache.set(node, dir);
    }
    return dir;
  }

  private workdirIn(stage: Stage, before: Instruction | null, seen: Set<Stage>): string | null {
    seen.add(stage);
    // An image's own WORKDIR is unknown without a registry; Docker's default is `/`.
    let dir: string | null = stage.baseStage
      ? seen.has(stage.baseStage)
        ? null
        : this.workdirIn(stage.baseStage, null, seen)
      : '/';
    for (const inst of stage.instructions) {
      if (inst === before) break;
      if (inst.type !== 'Workdir' || !inst.path) continue;
      const expanded = this.expand(inst, inst.path.value);
      if (expanded.unknown) return null;
      const p = expanded.value;
      if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) dir = p;
      else dir = dir === null ? null : `${dir.replace(/\/+$/, '')}/${p}`;
    }
    return dir;
  }

  /** The FROM instructions of all stages. */
  get froms(): FromInstruction[] {
    return this.stages.map((s) => s.from);
  }
}
