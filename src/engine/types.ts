import type { Dockerfile, Instruction, InstructionOfType, InstructionType, Range } from '../ast/nodes';
import type { SourceText } from '../ast/source';
import type { SemanticModel } from '../semantic/model';

export type Severity = 'error' | 'warning' | 'info' | 'style';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'style'];
/** Higher is more severe; used for thresholds. */
export const SEVERITY_RANK: Record<Severity, number> = { style: 0, info: 1, warning: 2, error: 3 };

export type FixKind = 'none' | 'safe' | 'unsafe';

/** Replace the half-open file offsets `[start, end)` with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  kind: 'safe' | 'unsafe';
  edits: TextEdit[];
}

export interface Diagnostic {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
  docsUrl: string;
}

export interface RuleDocs {
  /** Why it matters, in a short paragraph (Markdown). */
  why: string;
  /** Dockerfiles that must trigger the rule. */
  invalid: string[];
  /** Dockerfiles that must not trigger it. */
  valid: string[];
  /** Anything else a user should know: limits, how it differs from hadolint or BuildKit. */
  notes?: string;
  /** Settings the examples are linted with, for rules that do nothing until configured (label schema, registries). */
  settings?: Partial<RuleSettings>;
  /** Options the examples are linted with (over the defaults), when they need non-default ones. */
  options?: Record<string, unknown>;
}

/** JSON schema of a rule's options (draft-07 subset understood by ajv). */
export type JsonSchema = Record<string, unknown>;

export type Messages = Record<string, (data: never) => string>;

/** Handlers keyed by AST node type; `Instruction` sees every instruction; `onEnd` runs last. */
export type RuleHandlers = {
  [T in InstructionType]?: (node: InstructionOfType<T>) => void;
} & {
  Instruction?: (node: Instruction) => void;
  onEnd?: () => void;
};

export interface ReportDescriptor<M extends Messages> {
  /** Node whose range is reported (ignored when `range` is given). */
  node?: { range: Range };
  range?: Range;
  messageId: keyof M & string;
  data?: Record<string, unknown>;
  fix?: Fix;
}

/** Project-wide settings rules may read (from config or a `.hadolint.yaml`). */
export interface RuleSettings {
  /** Registries FROM may pull from (hadolint DL3026); empty means any. */
  trustedRegistries: string[];
  /** Required labels and their kinds (hadolint DL3048–DL3058). */
  labelSchema: Record<string, string>;
  strictLabels: boolean;
  /** `--build-arg` values from the command line. */
  buildArgs: Record<string, string>;
  /** Directory used as build context (for .dockerignore). */
  contextDir: string | null;
  /** ShellCheck codes (`SC2086`) not to report (from config, or hadolint's `ignored`). */
  shellcheckExclude: string[];
}

export interface RuleContext<O, M extends Messages> {
  readonly options: O;
  readonly filePath: string;
  readonly text: string;
  readonly source: SourceText;
  readonly ast: Dockerfile;
  readonly model: SemanticModel;
  readonly settings: RuleSettings;
  report(descriptor: ReportDescriptor<M>): void;
}

export interface RuleDefinition<O = Record<string, never>, M extends Messages = Messages> {
  /** `DF` + three digits, never reused. DF000 is parse errors. */
  id: string;
  /** kebab-case name of the thing flagged. */
  name: string;
  /** hadolint `DLxxxx` codes and BuildKit check names this rule covers. */
  aliases: string[];
  severity: Severity;
  /** False for rules that are off unless configured (hadolint DL1001, DL3057, BuildKit InvalidDefinitionDescription). */
  enabledByDefault?: boolean;
  fix: FixKind;
  summary: string;
  docs: RuleDocs;
  messages: M;
  /** Options: schema (an object schema) and defaults. */
  options?: { schema: JsonSchema; defaults: O };
  tags?: string[];
  /**
   * ShellCheck codes that report the same problem as this rule. When ShellCheck runs and reports one
   * of them as an error in the same instruction, this rule's finding there is left out.
   */
  shellcheckCovers?: RegExp;
  /**
   * True for a rule whose findings depend on the files of the build context (`settings.contextDir`),
   * which `--cache` cannot key: with a context given, files it checks are linted on every run.
   */
  readsBuildContext?: boolean;
  create(ctx: RuleContext<O, M>): RuleHandlers;
}

// Rules have differently typed options and messages; the registry stores them erased.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = RuleDefinition<any, any>;

/** Everything dflint found in one file. */
export interface LintResult {
  /** The path as the user gave it (or `--stdin-filename`, or `<stdin>`). */
  filePath: string;
  /** Sorted by position. Parse problems come as rule `DF000` (`parse-error`). */
  diagnostics: Diagnostic[];
  /** The text that was linted (after fixes, when fixing). */
  text: string;
  /** The fixed text, present only when fixes were applied. */
  output?: string;
}

/** A rule's severity in config: one of the severities, or `off`. */
export type RuleLevel = Severity | 'off';

/** One rule's configuration, after its key (id, name or alias) was resolved to the rule id. */
export interface RuleConfig {
  severity?: RuleLevel;
  /** Merged over the rule's option defaults. */
  options?: Record<string, unknown>;
}

/** What the linter needs from the resolved configuration of one file. */
export interface EngineConfig {
  /** Keyed by rule id. Rules not listed run with their defaults (if enabled by default). */
  rules: Record<string, RuleConfig>;
  settings: RuleSettings;
  /** Report `# dflint ignore=…` (and hadolint/BuildKit) suppressions that suppressed nothing. */
  reportUnusedIgnores: boolean;
  /** Ignore `# hadolint ignore=…` / `# hadolint global ignore=…` pragmas (dflint's own still count). */
  disableIgnorePragma: boolean;
}

export function defaultRuleSettings(): RuleSettings {
  return { trustedRegistries: [], labelSchema: {}, strictLabels: false, buildArgs: {}, contextDir: null, shellcheckExclude: [] };
}
