import Ajv from 'ajv';
import { Linter } from '../../src/engine/linter';
import { fixText } from '../../src/engine/fix';
import type { AnyRule, Diagnostic, RuleSettings } from '../../src/engine/types';

/**
 * Table-driven tests for one rule. Runs only that rule (plus nothing else: parse errors and other
 * rules are ignored), asserts every diagnostic with its exact range, and checks fixes:
 * `output` is required exactly when the rule offered a safe fix.
 */

export interface CaseBase {
  code: string;
  /** Merged over the rule's option defaults (and validated against its schema). */
  options?: Record<string, unknown>;
  settings?: Partial<RuleSettings>;
  /** Test title; defaults to the first line of `code`. */
  name?: string;
  /** Path the file is linted as. */
  filePath?: string;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The exact message, when the case wants to pin it. */
  message?: string;
}

export interface InvalidCase extends CaseBase {
  /** Every diagnostic of the rule, in order. */
  errors: ExpectedError[];
  /** Text after applying safe fixes. Required iff the rule offered a safe fix. */
  output?: string;
  /** Text after applying safe and unsafe fixes. Required iff the rule offered an unsafe fix. */
  outputUnsafe?: string;
}

export interface RuleTests {
  valid: (string | CaseBase)[];
  invalid: InvalidCase[];
}

interface Run {
  diagnostics: Diagnostic[];
  messageIds: string[];
  linter: Linter;
  failures: string[];
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new WeakMap<AnyRule, ReturnType<Ajv['compile']> | null>();

function checkOptions(rule: AnyRule, options: Record<string, unknown> | undefined): void {
  if (!options) return;
  if (!validators.has(rule)) validators.set(rule, rule.options ? ajv.compile(rule.options.schema) : null);
  const validate = validators.get(rule);
  if (!validate) throw new Error(`${rule.id} has no options, but the case gives some`);
  const merged = { ...(rule.options?.defaults ?? {}), ...options };
  if (!validate(merged)) throw new Error(`case options do not match ${rule.id}'s schema: ${ajv.errorsText(validate.errors)}`);
}

/** Lint `c.code` with `rule` only, remembering the messageId of each report. */
function runRule(rule: AnyRule, c: CaseBase): Run {
  checkOptions(rule, c.options);
  const reported: { start: number; end: number; message: string; messageId: string }[] = [];
  const failures: string[] = [];
  const spy: AnyRule = {
    ...rule,
    create(ctx) {
      const report = ctx.report.bind(ctx);
      return rule.create({
        ...ctx,
        report(d: Parameters<typeof report>[0]) {
          const range = d.range ?? d.node?.range;
          const make = (rule.messages as Record<string, ((data: unknown) => string) | undefined>)[d.messageId];
          if (range && make) reported.push({ start: range.start.offset, end: range.end.offset, message: make(d.data ?? {}), messageId: d.messageId });
          report(d);
        },
      });
    },
  };
  const linter = new Linter({
    rules: [spy],
    config: { rules: { [rule.id]: { severity: rule.severity, options: c.options } }, settings: c.settings },
    onRuleError: (_r, error) => failures.push(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  });
  const result = linter.lint(c.code, c.filePath ?? 'Dockerfile');
  const diagnostics = result.diagnostics.filter((d) => d.ruleId === rule.id);
  const messageIds = diagnostics.map((d) => {
    const i = reported.findIndex((r) => r.start === d.range.start.offset && r.end === d.range.end.offset && r.message === d.message);
    if (i < 0) return '?';
    return reported.splice(i, 1)[0].messageId;
  });
  return { diagnostics, messageIds, linter, failures };
}

function title(c: CaseBase, index: number): string {
  if (c.name) return c.name;
  const first = c.code.split('\n').find((l) => l.trim() !== '') ?? '';
  return `#${index + 1}: ${first.length > 60 ? `${first.slice(0, 57)}...` : first}`;
}

function describeDiagnostic(d: Diagnostic, messageId: string): string {
  const { start, end } = d.range;
  return `${messageId} ${start.line}:${start.column}-${end.line}:${end.column} ${d.message}`;
}

export function ruleTester(rule: AnyRule, tests: RuleTests): void {
  describe(`${rule.id} ${rule.name}`, () => {
    describe('valid', () => {
      tests.valid.forEach((entry, index) => {
        const c: CaseBase = typeof entry === 'string' ? { code: entry } : entry;
        it(title(c, index), () => {
          const run = runRule(rule, c);
          expect(run.failures).toEqual([]);
          expect(run.diagnostics.map((d, i) => describeDiagnostic(d, run.messageIds[i]))).toEqual([]);
        });
      });
    });

    describe('invalid', () => {
      tests.invalid.forEach((c, index) => {
        it(title(c, index), () => {
          if (c.errors.length === 0) throw new Error('an invalid case needs at least one expected error');
          const run = runRule(rule, c);
          expect(run.failures).toEqual([]);
          const actual = run.diagnostics.map((d, i) => ({
            messageId: run.messageIds[i],
            line: d.range.start.line,
            column: d.range.start.column,
            endLine: d.range.end.line,
            endColumn: d.range.end.column,
            ...(c.errors[i]?.message !== undefined ? { message: d.message } : {}),
          }));
          expect(actual).toEqual(c.errors);

          const fixes = run.diagnostics.filter((d) => d.fix).map((d) => d.fix!);
          if (rule.fix === 'none' && fixes.length) throw new Error(`${rule.id} declares fix: 'none' but offered a fix`);
          const hasSafe = fixes.some((f) => f.kind === 'safe');
          const file = c.filePath ?? 'Dockerfile';
          if (hasSafe) {
            if (c.output === undefined) throw new Error('the rule offered a safe fix: the case must give `output`');
            expect(fixText(c.code, run.linter, file).output).toBe(c.output);
          } else if (c.output !== undefined) {
            throw new Error('the case gives `output` but the rule offered no safe fix');
          }
          if (fixes.some((f) => f.kind === 'unsafe') && c.outputUnsafe === undefined) {
            throw new Error('the rule offered an unsafe fix: the case must give `outputUnsafe`');
          }
          if (c.outputUnsafe !== undefined) {
            if (!fixes.length) throw new Error('the case gives `outputUnsafe` but the rule offered no fix');
            expect(fixText(c.code, run.linter, file, { unsafe: true }).output).toBe(c.outputUnsafe);
          }
        });
      });
    });
  });
}

/**
 * Template tag (or plain function) for readable Dockerfiles in tests: removes the first and last
 * line when blank, strips the common indentation, and ends the text with one newline.
 * Tagged templates use the raw text, so a backslash is written once, as in the Dockerfile
 * (`RUN a && \` continues the line); only "\`" and "\${" are unescaped.
 */
export function dedent(strings: TemplateStringsArray | string, ...values: unknown[]): string {
  let text: string;
  if (typeof strings === 'string') {
    text = strings;
  } else {
    text = '';
    strings.raw.forEach((part, i) => {
      text += part.replace(/\\(`|\$\{)/g, '$1');
      if (i < values.length) text += String(values[i]);
    });
  }
  const lines = text.split('\n');
  if (lines.length && lines[0].trim() === '') lines.shift();
  if (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  let indent = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    indent = Math.min(indent, line.length - line.trimStart().length);
  }
  if (!Number.isFinite(indent)) indent = 0;
  return lines.map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n') + '\n';
}
