import type { Dockerfile, Instruction, InstructionType, Range } from '../ast/nodes';
import type { SourceText } from '../ast/source';
import { parseDockerfile } from '../parser';
import { SemanticModel } from '../semantic/model';
import { docsUrl } from './define-rule';
import { PARSE_ERROR_RULE_ID, parseErrorRule } from './parse-error';
import { RuleRegistry } from './registry';
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
  rule: AnyRule;
  severity: Severity;
  options: Record<string, unknown>;
  docsUrl: string;
}

/** Engine config as callers give it: anything left out takes its default. */
export type LinterConfig = Partial<Omit<EngineConfig, 'settings'>> & { settings?: Partial<RuleSettings> };

export interface LinterOptions {
  /** Every rule that may run (typically the registry's rules); config decides which do. */
  rules: readonly AnyRule[];
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
    active.push({
      rule,
      severity: level ?? rule.severity,
      options: { ...(rule.options?.defaults ?? {}), ...(entry?.options ?? {}) },
      docsUrl: docsUrl(rule),
    });
  }
  return active;
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

  constructor(options: LinterOptions) {
    this.registry = new RuleRegistry(options.rules);
    this.config = {
      rules: options.config?.rules ?? {},
      settings: { ...defaultRuleSettings(), ...(options.config?.settings ?? {}) },
      reportUnusedIgnores: options.config?.reportUnusedIgnores ?? false,
      disableIgnorePragma: options.config?.disableIgnorePragma ?? false,
    };
    // DF000 and the unused-ignore check are built in: they run whether or not the caller lists them.
    this.active = resolveActiveRules(this.registry.rules, this.config);
    this.onRuleError = options.onRuleError;
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
    const model = timed('(semantic model)', () => new SemanticModel(ast, source, { buildArgs: this.config.settings.buildArgs }));
    // Timed on its own, the shell grammar's work is not charged to whichever rule asks first.
    if (TIMING_ENABLED) timed('(parse shell)', () => ast.instructions.forEach((node) => model.shell(node)));
    runRules(this.active, { ast, source, text, filePath, model, settings: this.config.settings }, diagnostics, this.onRuleError);
    if (options.extraDiagnostics) diagnostics.push(...options.extraDiagnostics);

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
  for (const key of Object.keys(handlers)) {
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

type Handler = (node: Instruction) => void;

/** One slot per (rule, handler): the rule's index lets a crash switch off that rule only. */
interface Slot {
  index: number;
  fn: Handler;
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
  const handlers: (RuleHandlers | null)[] = [];
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

  active.forEach((entry, index) => {
    if (entry.rule.id === PARSE_ERROR_RULE_ID || entry.rule.id === UNUSED_IGNORE_RULE_ID) {
      handlers.push(null);
      return;
    }
    try {
      handlers.push(checkHandlers(timed(entry.rule.id, () => entry.rule.create(makeContext(entry, facts, out)))));
    } catch (error) {
      handlers.push(null);
      fail(index, error, fileStart);
    }
  });

  // Per instruction type, the handlers in rule order (the generic `Instruction` one first).
  const byType = new Map<string, Slot[]>();
  const slotsFor = (type: string): Slot[] => {
    let slots = byType.get(type);
    if (slots) return slots;
    slots = [];
    handlers.forEach((h, index) => {
      if (!h) return;
      if (h.Instruction) slots!.push({ index, fn: h.Instruction.bind(h) });
      const typed = (h as Record<string, unknown>)[type];
      if (typeof typed === 'function') slots!.push({ index, fn: (typed as Handler).bind(h) });
    });
    byType.set(type, slots);
    return slots;
  };

  const visit = (node: Instruction): void => {
    for (const slot of slotsFor(node.type)) {
      if (dead[slot.index]) continue;
      const start = TIMING_ENABLED ? performance.now() : 0;
      try {
        slot.fn(node);
      } catch (error) {
        fail(slot.index, error, node.range);
      }
      if (TIMING_ENABLED) addTime(active[slot.index].rule.id, performance.now() - start);
    }
  };

  for (const node of facts.ast.instructions) {
    visit(node);
    if (node.type === 'Onbuild' && node.trigger) visit(node.trigger);
  }

  handlers.forEach((h, index) => {
    if (!h?.onEnd || dead[index]) return;
    try {
      timed(active[index].rule.id, () => h.onEnd!());
    } catch (error) {
      fail(index, error, fileStart);
    }
  });
}

function makeContext(entry: ActiveRule, facts: FileFacts, out: Diagnostic[]): RuleContext<unknown, Record<string, (data: never) => string>> {
  const { rule, severity, options, docsUrl: url } = entry;
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
        docsUrl: url,
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
