import type { Dockerfile, Instruction, InstructionType, Range } from '../ast/nodes';
import type { SourceText } from '../ast/source';
import { parseDockerfile } from '../parser';
import { SemanticModel } from '../semantic/model';
import { docsUrl } from './define-rule';
import { PARSE_ERROR_RULE_ID, parseErrorRule } from './parse-error';
import { RuleRegistry } from './registry';
import { withoutShellcheckOverlaps } from './shellcheck-overlap';
import { applySuppressions } from './suppress';
import { addTime, timed, TIMING_ENABLED } from './timing';
import { UNUSED_IGNORE_RULE_ID } from './unused-ignore';
import {
  defaultRuleSettings,
  type AnyRule,
  type Diagnostic,
  type EngineConfig,
  type LintResult,
  type ReportDescriptor,
  type RuleContext,
  type RuleHandlers,
  type RuleSettings,
  type Severity,
} from './types';

/** What the parser hands the linter. */
export interface ParsedDockerfile {
  ast: Dockerfile;
  source: SourceText;
}

/** A rule that will run, with its effective severity and options. */
export interface ActiveRule {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly options: Record<string, unknown>;
  readonly docsUrl: string;
}

/** Engine config as callers give it: anything left out takes its default. */
export type LinterConfig = Partial<Omit<EngineConfig, 'settings'>> & { settings?: Partial<RuleSettings> };

export interface LinterOptions {
  /** Every rule that may run (typically the registry's rules); config decides which do. */
  rules: readonly AnyRule[];
  /** The registry of exactly `rules`, when the caller has one already (else one is built). */
  registry?: RuleRegistry;
  config?: LinterConfig;
  /**
   * Called when a rule throws. The run goes on: the failure also becomes an error diagnostic of
   * that rule. The rule tester uses this to fail the test.
   */
  onRuleError?: (rule: AnyRule, error: unknown) => void;
}

export interface LintFileOptions {
  /**
   * Diagnostics produced outside the rule walk for this file (e.g. ShellCheck findings): they go
   * through suppressions and sorting with the rest.
   */
  extraDiagnostics?: readonly Diagnostic[];
}

/** A file the rules have run over, waiting for `Linter.finish`. */
export interface CheckedFile {
  parsed: ParsedDockerfile;
  text: string;
  filePath: string;
  /** Parse errors and rule findings, before suppressions. */
  diagnostics: Diagnostic[];
}

/** Sort key: position first, then rule id, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.offset - b.range.start.offset ||
    a.range.end.offset - b.range.end.offset ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** The rules a config turns on, with severities and options resolved. */
export function resolveActiveRules(rules: readonly AnyRule[], config: Pick<LinterConfig, 'rules' | 'reportUnusedIgnores'>): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const entry = config.rules?.[rule.id];
    const level = entry?.severity;
    if (level === 'off') continue;
    let enabled = level !== undefined || rule.enabledByDefault !== false;
    if (rule.id === UNUSED_IGNORE_RULE_ID && config.reportUnusedIgnores) enabled = true;
    if (!enabled) continue;
    const options = rule.options || entry?.options ? { ...(rule.options?.defaults ?? {}), ...(entry?.options ?? {}) } : NO_OPTIONS;
    active.push(new ResolvedRule(rule, level ?? rule.severity, options));
  }
  return active;
}

/** The options of a rule that has none (shared: rules read their options, they do not change them). */
const NO_OPTIONS: Record<string, unknown> = Object.freeze({});

/**
 * An active rule. Its docs URL is made when a finding first needs it: a one-file lint reports a
 * few rules of ~100, and the strings of the others were young-generation garbage at every start.
 */
class ResolvedRule implements ActiveRule {
  private url: string | undefined;

  constructor(
    readonly rule: AnyRule,
    readonly severity: Severity,
    readonly options: Record<string, unknown>,
  ) {}

  get docsUrl(): string {
    return (this.url ??= docsUrl(this.rule));
  }
}

/**
 * Lints Dockerfiles with one fixed set of rules and config. Build one per distinct config and
 * reuse it for every file that shares it: rule resolution happens once.
 */
export class Linter {
  readonly active: readonly ActiveRule[];
  readonly registry: RuleRegistry;
  private readonly config: EngineConfig;
  private readonly onRuleError?: (rule: AnyRule, error: unknown) => void;
  /** Active rules whose findings ShellCheck may have made already (see shellcheck-overlap.ts), by id. */
  private readonly shellcheckCovers: ReadonlyMap<string, RegExp>;

  constructor(options: LinterOptions) {
    this.registry = options.registry ?? new RuleRegistry(options.rules);
    this.config = {
      rules: options.config?.rules ?? {},
      settings: { ...defaultRuleSettings(), ...(options.config?.settings ?? {}) },
      reportUnusedIgnores: options.config?.reportUnusedIgnores ?? false,
      disableIgnorePragma: options.config?.disableIgnorePragma ?? false,
    };
    // DF000 and the unused-ignore check are built in: they run whether or not the caller lists them.
    this.active = resolveActiveRules(this.registry.rules, this.config);
    this.onRuleError = options.onRuleError;
    this.shellcheckCovers = new Map(this.active.flatMap((a) => (a.rule.shellcheckCovers ? [[a.rule.id, a.rule.shellcheckCovers] as const] : [])));
  }

  lint(text: string, filePath = '<input>', options: LintFileOptions = {}): LintResult {
    return this.lintParsed(
      timed('(parse Dockerfile)', () => parseDockerfile(text)),
      text,
      filePath,
      options,
    );
  }

  /** Lint an already parsed file (the caller may have parsed it to collect ShellCheck scripts). */
  lintParsed(parsed: ParsedDockerfile, text: string, filePath: string, options: LintFileOptions = {}): LintResult {
    return this.finish(this.check(parsed, text, filePath), options.extraDiagnostics);
  }

  /**
   * The first half of lintParsed: parse errors and the rules' findings, before suppressions. The
   * CLI runs it while ShellCheck works on the same files, then hands both to `finish`.
   */
  check(parsed: ParsedDockerfile, text: string, filePath: string, model = this.modelOf(parsed)): CheckedFile {
    const { ast, source } = parsed;
    const diagnostics: Diagnostic[] = [];
    const parseRule = this.active.find((a) => a.rule.id === PARSE_ERROR_RULE_ID);
    if (parseRule) {
      for (const pd of ast.diagnostics) {
        diagnostics.push({
          ruleId: parseErrorRule.id,
          ruleName: parseErrorRule.name,
          // A configured severity wins; otherwise the parser's own.
          severity: this.config.rules[PARSE_ERROR_RULE_ID]?.severity ? parseRule.severity : pd.severity,
          message: pd.message,
          range: pd.range,
          docsUrl: parseRule.docsUrl,
        });
      }
    }
    // Timed on their own, the shell grammar's work and the variable scopes are not charged to
    // whichever rule asks first.
    if (TIMING_ENABLED) {
      timed('(parse shell)', () => ast.instructions.forEach((node) => model.shell(node)));
      timed('(semantic model)', () => model.variables);
    }
    runRules(this.active, { ast, source, text, filePath, model, settings: this.config.settings }, diagnostics, this.onRuleError);
    return { parsed, text, filePath, diagnostics };
  }

  /** The semantic model the rules see for a parsed file (the CLI shares it with ShellCheck). */
  modelOf(parsed: ParsedDockerfile): SemanticModel {
    return timed('(semantic model)', () => new SemanticModel(parsed.ast, parsed.source, { buildArgs: this.config.settings.buildArgs }));
  }

  /** The second half of lintParsed: adds `extraDiagnostics`, applies suppressions, sorts. */
  finish(checked: CheckedFile, extraDiagnostics?: readonly Diagnostic[]): LintResult {
    const { parsed: { ast, source }, text, filePath } = checked;
    const diagnostics = extraDiagnostics
      ? [...withoutShellcheckOverlaps(checked.diagnostics, extraDiagnostics, this.shellcheckCovers, ast.instructions), ...extraDiagnostics]
      : checked.diagnostics;
    const unusedRule = this.active.find((a) => a.rule.id === UNUSED_IGNORE_RULE_ID);
    const kept = applySuppressions(diagnostics, ast, source, {
      registry: this.registry,
      honourHadolintPragmas: !this.config.disableIgnorePragma,
      unusedIgnore: unusedRule ? { severity: unusedRule.severity, docsUrl: unusedRule.docsUrl } : null,
    });
    kept.sort(compareDiagnostics);
    return { filePath, diagnostics: kept, text };
  }
}

/** Every handler name a rule may return; anything else is a typo that would silently never run. */
const INSTRUCTION_HANDLERS: Record<InstructionType, true> = {
  From: true, Run: true, Cmd: true, Entrypoint: true, Shell: true, Copy: true, Add: true, Workdir: true, Env: true,
  Label: true, Arg: true, Expose: true, User: true, Volume: true, Stopsignal: true, Healthcheck: true, Onbuild: true,
  Maintainer: true, Unknown: true,
};
const HANDLER_NAMES = new Set<string>([...Object.keys(INSTRUCTION_HANDLERS), 'Instruction', 'onEnd']);

function checkHandlers(handlers: RuleHandlers): RuleHandlers {
  for (const key in handlers) {
    if (!HANDLER_NAMES.has(key)) throw new Error(`create() returned an unknown handler "${key}"`);
  }
  return handlers;
}

interface FileFacts {
  ast: Dockerfile;
  source: SourceText;
  text: string;
  filePath: string;
  model: SemanticModel;
  settings: EngineConfig['settings'];
}

type Handler = (this: RuleHandlers, node: Instruction) => void;

/** One slot per (rule, handler): the rule's index lets a crash switch off that rule only. */
interface Slot {
  index: number;
  handlers: RuleHandlers;
  fn: Handler;
}

/**
 * The handlers of one file's rules, grouped once by the node type they take, so the walk calls
 * only the handlers that exist for each node. Per type, the slots keep rule order, each rule's
 * generic `Instruction` handler before its typed one.
 */
class HandlerTable {
  private readonly generic: Slot[] = [];
  private readonly typed = new Map<string, Slot[]>();
  private readonly merged = new Map<string, Slot[]>();
  readonly onEnd: Slot[] = [];

  add(index: number, handlers: RuleHandlers): void {
    for (const key in handlers) {
      const fn = (handlers as Record<string, Handler | undefined>)[key];
      if (typeof fn !== 'function') continue;
      const slot = { index, handlers, fn };
      if (key === 'Instruction') this.generic.push(slot);
      else if (key === 'onEnd') this.onEnd.push(slot);
      else {
        const list = this.typed.get(key);
        if (list) list.push(slot);
        else this.typed.set(key, [slot]);
      }
    }
  }

  slotsFor(type: string): Slot[] {
    let slots = this.merged.get(type);
    if (slots) return slots;
    const typed = this.typed.get(type) ?? [];
    slots = [];
    for (let g = 0, t = 0; g < this.generic.length || t < typed.length; ) {
      if (t >= typed.length || (g < this.generic.length && this.generic[g].index <= typed[t].index)) slots.push(this.generic[g++]);
      else slots.push(typed[t++]);
    }
    this.merged.set(type, slots);
    return slots;
  }
}

/**
 * Creates every rule's handlers for one file and runs them all in a single walk over the
 * instructions (each ONBUILD trigger right after its ONBUILD), then every `onEnd`.
 */
function runRules(
  active: readonly ActiveRule[],
  facts: FileFacts,
  out: Diagnostic[],
  onRuleError?: (rule: AnyRule, error: unknown) => void,
): void {
  const dead: boolean[] = new Array(active.length).fill(false);
  const table = new HandlerTable();
  const fileStart: Range = facts.source.rangeOf(0, 0);

  const fail = (index: number, error: unknown, range: Range): void => {
    if (dead[index]) return;
    dead[index] = true;
    const { rule, docsUrl: url } = active[index];
    onRuleError?.(rule, error);
    const why = error instanceof Error ? error.message : String(error);
    out.push({
      ruleId: rule.id,
      ruleName: rule.name,
      severity: 'error',
      message: `Rule ${rule.id} (${rule.name}) failed and was stopped for this file: ${why}`,
      range,
      docsUrl: url,
    });
  };

  for (let index = 0; index < active.length; index++) {
    const entry = active[index];
    if (entry.rule.id === PARSE_ERROR_RULE_ID || entry.rule.id === UNUSED_IGNORE_RULE_ID) continue;
    try {
      const context = makeContext(entry, facts, out);
      const handlers = TIMING_ENABLED ? timed(entry.rule.id, () => entry.rule.create(context)) : entry.rule.create(context);
      table.add(index, checkHandlers(handlers));
    } catch (error) {
      fail(index, error, fileStart);
    }
  }

  // One try around the loop rather than one per call: a throw is rare, and resumes after the slot.
  const callAll = (slots: Slot[], node: Instruction | undefined, range: Range): void => {
    let i = 0;
    while (i < slots.length) {
      try {
        for (; i < slots.length; i++) {
          const slot = slots[i];
          if (dead[slot.index]) continue;
          if (!TIMING_ENABLED) slot.fn.call(slot.handlers, node!);
          else {
            const start = performance.now();
            try {
              slot.fn.call(slot.handlers, node!);
            } finally {
              addTime(active[slot.index].rule.id, performance.now() - start);
            }
          }
        }
      } catch (error) {
        fail(slots[i].index, error, range);
        i++;
      }
    }
  };

  for (const node of facts.ast.instructions) {
    callAll(table.slotsFor(node.type), node, node.range);
    if (node.type === 'Onbuild' && node.trigger) callAll(table.slotsFor(node.trigger.type), node.trigger, node.trigger.range);
  }
  callAll(table.onEnd, undefined, fileStart);
}

function makeContext(entry: ActiveRule, facts: FileFacts, out: Diagnostic[]): RuleContext<unknown, Record<string, (data: never) => string>> {
  const { rule, severity, options } = entry;
  return {
    options,
    filePath: facts.filePath,
    text: facts.text,
    source: facts.source,
    ast: facts.ast,
    model: facts.model,
    settings: facts.settings,
    report(descriptor: ReportDescriptor<Record<string, (data: never) => string>>): void {
      const make = (rule.messages as Record<string, unknown>)[descriptor.messageId];
      if (typeof make !== 'function') throw new Error(`reported unknown messageId "${descriptor.messageId}"`);
      const range = descriptor.range ?? descriptor.node?.range;
      if (!range) throw new Error(`report for "${descriptor.messageId}" has neither node nor range`);
      const diagnostic: Diagnostic = {
        ruleId: rule.id,
        ruleName: rule.name,
        severity,
        message: (make as (data: unknown) => string)(descriptor.data ?? {}),
        range,
        docsUrl: entry.docsUrl,
      };
      if (descriptor.fix) diagnostic.fix = descriptor.fix;
      out.push(diagnostic);
    },
  };
}

/** Lint one text with a throwaway linter (the library's one-call entry; reuse a `Linter` for many files). */
export function lintText(text: string, options: LinterOptions & { filePath?: string }): LintResult {
  return new Linter(options).lint(text, options.filePath);
}
