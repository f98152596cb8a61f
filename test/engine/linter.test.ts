import type { FromInstruction } from '../../src/ast/nodes';
import { Linter, lintText } from '../../src/engine/linter';
import { RuleRegistry } from '../../src/engine/registry';
import { defaultRuleSettings, type Diagnostic, type RuleHandlers } from '../../src/engine/types';
import { dedent } from '../helpers/rule-tester';
import { endReporter, explodingRule, lowerKeyword, optInRule, tracingRule } from './fixtures';

const at = (d: Diagnostic): string =>
  `${d.ruleId} ${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column} ${d.severity} ${d.message}`;

describe('walk', () => {
  it('visits every instruction once, ONBUILD triggers right after their ONBUILD, then onEnd; rules in order', () => {
    const log: string[] = [];
    const linter = new Linter({ rules: [tracingRule(log, 'DF901', 'a'), tracingRule(log, 'DF906', 'b')] });
    linter.lint(dedent`
      FROM alpine:3.20
      ONBUILD RUN make
      RUN echo hi
    `);
    expect(log).toEqual([
      'a:Instruction:FROM',
      'b:Instruction:FROM',
      'a:Instruction:ONBUILD',
      'a:Onbuild:2',
      'b:Instruction:ONBUILD',
      'b:Onbuild:2',
      'a:Instruction:RUN(onbuild)',
      'a:Run:2',
      'b:Instruction:RUN(onbuild)',
      'b:Run:2',
      'a:Instruction:RUN',
      'a:Run:3',
      'b:Instruction:RUN',
      'b:Run:3',
      'a:onEnd',
      'b:onEnd',
    ]);
  });

  it('creates a rule context per file, with the file facts', () => {
    const seen: string[] = [];
    const rule = {
      ...optInRule,
      enabledByDefault: true,
      create: (ctx: Parameters<typeof optInRule.create>[0]) => {
        seen.push(`${ctx.filePath} ${ctx.ast.instructions.length} ${ctx.model.stages.length} ${ctx.text.length}`);
        return {};
      },
    };
    const linter = new Linter({ rules: [rule] });
    linter.lint('FROM a:1\nFROM b:2\n', 'one/Dockerfile');
    linter.lint('FROM a:1\n', 'two/Dockerfile');
    expect(seen).toEqual(['one/Dockerfile 2 2 18', 'two/Dockerfile 1 1 9']);
  });
});

describe('parse errors', () => {
  it('become DF000 parse-error diagnostics with the parser range, and rules still run', () => {
    const result = new Linter({ rules: [lowerKeyword] }).lint('from alpine:3.20\nCOPY\n');
    expect(result.diagnostics.map(at)).toEqual([
      'DF902 1:1-1:5 warning "from" should be upper case',
      expect.stringMatching(/^DF000 2:1-2:5 error /),
    ]);
    expect(result.diagnostics[1].ruleName).toBe('parse-error');
  });

  it('can be turned off or given another severity', () => {
    const off = new Linter({ rules: [], config: { rules: { DF000: { severity: 'off' } } } }).lint('FROM a:1\nCOPY\n');
    expect(off.diagnostics).toEqual([]);
    const info = new Linter({ rules: [], config: { rules: { DF000: { severity: 'info' } } } }).lint('FROM a:1\nCOPY\n');
    expect(info.diagnostics.map((d) => d.severity)).toEqual(['info']);
  });
});

describe('a rule that throws', () => {
  it('becomes an error diagnostic naming the rule, stops only that rule for the file, and is reported to onRuleError', () => {
    const errors: string[] = [];
    const linter = new Linter({
      rules: [explodingRule, lowerKeyword],
      onRuleError: (rule, error) => errors.push(`${rule.id}: ${(error as Error).message}`),
    });
    const result = linter.lint(dedent`
      FROM alpine:3.20
      RUN ok
      RUN boom
      RUN after
      run lower
    `);
    expect(result.diagnostics.map(at)).toEqual([
      'DF903 2:1-2:4 error a RUN',
      'DF903 3:1-3:9 error Rule DF903 (exploding) failed and was stopped for this file: kaboom',
      'DF902 5:1-5:4 warning "run" should be upper case',
    ]);
    expect(errors).toEqual(['DF903: kaboom']);
    // The next file starts afresh.
    expect(linter.lint('FROM a:1\nRUN fine\n').diagnostics.map(at)).toEqual(['DF903 2:1-2:4 error a RUN']);
  });

  it('lets the rules after it still handle the node it threw on', () => {
    const result = new Linter({ rules: [explodingRule, lowerKeyword] }).lint('FROM alpine:3.20\nrun boom\n');
    expect(result.diagnostics.map(at)).toEqual([
      'DF902 2:1-2:4 warning "run" should be upper case',
      'DF903 2:1-2:9 error Rule DF903 (exploding) failed and was stopped for this file: kaboom',
    ]);
  });

  it('is caught in create() and onEnd() too', () => {
    const inCreate = { ...optInRule, enabledByDefault: true, create: (): never => { throw new Error('no'); } };
    const result = new Linter({ rules: [inCreate] }).lint('FROM a:1\n');
    expect(result.diagnostics.map(at)).toEqual(['DF904 1:1-1:1 error Rule DF904 (opt-in) failed and was stopped for this file: no']);
    const inEnd = { ...optInRule, enabledByDefault: true, create: () => ({ onEnd: (): never => { throw new TypeError('end'); } }) };
    expect(new Linter({ rules: [inEnd] }).lint('FROM a:1\n').diagnostics.map(at)).toEqual([
      'DF904 1:1-1:1 error Rule DF904 (opt-in) failed and was stopped for this file: end',
    ]);
  });

  it('returning a handler for no node type counts as a failure (a typo would never run)', () => {
    // TypeScript catches this in typed rules; the engine catches it for everyone else.
    const typo = { ...optInRule, enabledByDefault: true, create: () => ({ RUN: () => undefined }) as unknown as RuleHandlers };
    expect(new Linter({ rules: [typo] }).lint('FROM a:1\n').diagnostics.map(at)).toEqual([
      'DF904 1:1-1:1 error Rule DF904 (opt-in) failed and was stopped for this file: create() returned an unknown handler "RUN"',
    ]);
  });

  it('reporting an unknown messageId counts as a failure', () => {
    const bad = {
      ...optInRule,
      enabledByDefault: true,
      create: (ctx: Parameters<typeof optInRule.create>[0]) => ({ From: (node: FromInstruction) => ctx.report({ node, messageId: 'nope' as 'from' }) }),
    };
    const result = new Linter({ rules: [bad] }).lint('FROM a:1\n');
    expect(result.diagnostics.map(at)).toEqual(['DF904 1:1-1:9 error Rule DF904 (opt-in) failed and was stopped for this file: reported unknown messageId "nope"']);
  });
});

describe('config', () => {
  it('overrides severity, turns rules off, and turns opt-in rules on', () => {
    const text = 'from a:1\n';
    expect(new Linter({ rules: [lowerKeyword, optInRule] }).lint(text).diagnostics.map((d) => `${d.ruleId} ${d.severity}`)).toEqual([
      'DF902 warning',
    ]);
    const configured = new Linter({
      rules: [lowerKeyword, optInRule],
      config: { rules: { DF902: { severity: 'error' }, DF904: { severity: 'info' } } },
    });
    expect(configured.lint(text).diagnostics.map((d) => `${d.ruleId} ${d.severity}`)).toEqual(['DF902 error', 'DF904 info']);
    const off = new Linter({ rules: [lowerKeyword], config: { rules: { DF902: { severity: 'off' } } } });
    expect(off.lint(text).diagnostics).toEqual([]);
    expect(off.active.map((a) => a.rule.id)).toEqual(['DF000']);
  });

  it('merges options over the defaults', () => {
    const linter = new Linter({ rules: [lowerKeyword], config: { rules: { DF902: { options: { unsafeToo: true } } } } });
    expect(linter.active.find((a) => a.rule.id === 'DF902')?.options).toEqual({ unsafeToo: true });
    expect(linter.lint('from a:1\n').diagnostics[0].fix?.kind).toBe('unsafe');
  });

  it('gives rules default settings with overrides', () => {
    let seen: unknown;
    const rule = { ...optInRule, enabledByDefault: true, create: (ctx: Parameters<typeof optInRule.create>[0]) => ((seen = ctx.settings), {}) };
    new Linter({ rules: [rule], config: { settings: { strictLabels: true } } }).lint('FROM a:1\n');
    expect(seen).toEqual({ ...defaultRuleSettings(), strictLabels: true });
  });
});

describe('diagnostics', () => {
  it('are sorted by position whatever order rules report in, and carry rule name and docs URL', () => {
    const result = lintText('from a:1\nFROM b:2\n', { rules: [endReporter, lowerKeyword] });
    expect(result.diagnostics.map(at)).toEqual([
      'DF902 1:1-1:5 warning "from" should be upper case',
      'DF905 1:6-1:9 warning image',
      'DF905 2:1-2:5 warning last instruction',
      'DF905 2:6-2:9 warning image',
    ]);
    expect(result.diagnostics[1].ruleName).toBe('end-reporter');
    expect(result.diagnostics[1].docsUrl).toMatch(/DF905-end-reporter\.md$/);
  });

  it('takes extra diagnostics (e.g. ShellCheck) into sorting and suppression', () => {
    const linter = new Linter({ rules: [lowerKeyword] });
    const text = 'from a:1\n# hadolint ignore=SC2086\nRUN echo $x\nRUN echo $y\n';
    const parsedRange = (line: number) => ({ start: { line, column: 10, offset: 0 }, end: { line, column: 12, offset: 0 } });
    const sc = (line: number, offset: number): Diagnostic => {
      const range = parsedRange(line);
      range.start.offset = offset;
      range.end.offset = offset + 2;
      return { ruleId: 'SC2086', ruleName: 'shellcheck', severity: 'info', message: 'quote it', range, docsUrl: '' };
    };
    const result = linter.lint(text, 'Dockerfile', { extraDiagnostics: [sc(4, 47), sc(3, 35)] });
    expect(result.diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}`)).toEqual(['DF902 1', 'SC2086 4']);
  });
});

describe('findings ShellCheck has already made', () => {
  // A rule that reports every RUN, declaring that ShellCheck's SC1xxx errors cover it.
  const everyRun = (id: string, shellcheckCovers?: RegExp) =>
    ({
      ...lowerKeyword,
      id,
      name: `every-run-${id}`,
      shellcheckCovers,
      create: (ctx: Parameters<typeof lowerKeyword.create>[0]) => ({
        Run: (node: { range: Diagnostic['range'] }) => ctx.report({ range: node.range, messageId: 'lower', data: { keyword: 'RUN' } }),
      }),
    }) as unknown as typeof lowerKeyword;
  const text = 'FROM a:1\nRUN echo "x\nRUN echo y\n';
  // ShellCheck's finding on line `line` at file offset `offset`.
  const sc = (ruleId: string, severity: Diagnostic['severity'], line: number, offset: number): Diagnostic => ({
    ruleId,
    ruleName: 'shellcheck',
    severity,
    message: ruleId,
    docsUrl: '',
    range: { start: { line, column: 1, offset }, end: { line, column: 2, offset: offset + 1 } },
  });
  const found = (rule: typeof lowerKeyword, extra: Diagnostic[]) =>
    new Linter({ rules: [rule] }).lint(text, 'Dockerfile', { extraDiagnostics: extra }).diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}`);

  it("leaves out the rule's finding in an instruction where ShellCheck reports a covering error", () => {
    expect(found(everyRun('DF907', /^SC1\d{3}$/), [sc('SC1073', 'error', 2, 18)])).toEqual(['SC1073 2', 'DF907 3']);
  });

  it('keeps it for an info, an uncovered code, an error in another instruction, or a rule that declares nothing', () => {
    const covered = everyRun('DF907', /^SC1\d{3}$/);
    expect(found(covered, [sc('SC1009', 'info', 2, 18)])).toEqual(['DF907 2', 'SC1009 2', 'DF907 3']);
    expect(found(covered, [sc('SC2086', 'error', 2, 18)])).toEqual(['DF907 2', 'SC2086 2', 'DF907 3']);
    expect(found(covered, [sc('SC1073', 'error', 1, 2)])).toEqual(['SC1073 1', 'DF907 2', 'DF907 3']);
    expect(found(everyRun('DF908'), [sc('SC1073', 'error', 2, 18)])).toEqual(['DF908 2', 'SC1073 2', 'DF908 3']);
  });
});

describe('registry', () => {
  const registry = new RuleRegistry([lowerKeyword, endReporter]);
  it('finds rules by id, name or alias, case-insensitively', () => {
    for (const key of ['DF902', 'df902', 'lower-keyword', 'LOWER-KEYWORD', 'DL9902', 'dl9902', 'lowerkeyword']) {
      expect(registry.get(key)?.id).toBe('DF902');
    }
    expect(registry.get('EndReporterCheck')?.id).toBe('DF905');
    expect(registry.get('nothing')).toBeUndefined();
  });
  it('always holds the built-in rules, sorted by id', () => {
    expect(registry.rules.map((r) => r.id)).toEqual(['DF000', 'DF099', 'DF902', 'DF905']);
    expect(registry.get('parse-error')?.id).toBe('DF000');
    expect(registry.get('unused-ignore')?.id).toBe('DF099');
  });
});
