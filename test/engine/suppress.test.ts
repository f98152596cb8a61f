import { Linter, type LinterConfig } from '../../src/engine/linter';
import type { AnyRule, Diagnostic } from '../../src/engine/types';
import { dedent } from '../helpers/rule-tester';
import { explodingRule, lowerKeyword, runTail } from './fixtures';

// DF902 lower-keyword (aliases DL9902, LowerKeyword: a BuildKit-style name) flags lower-case keywords;
// DF903 exploding (no aliases) flags every RUN keyword.
const rules = [lowerKeyword, explodingRule];

const lint = (text: string, config: LinterConfig = {}): string[] =>
  new Linter({ rules, config }).lint(text).diagnostics.map(
    (d: Diagnostic) => `${d.ruleId} ${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column} ${d.severity}${d.ruleId === 'DF099' ? ` ${d.message}` : ''}`,
  );

describe('# dflint ignore=', () => {
  it('suppresses the named rules on the next instruction only, by id, name or alias in any case', () => {
    expect(
      lint(dedent`
        FROM alpine:3.20
        # dflint ignore=DF902
        run a
        run b
        # dflint ignore=lower-keyword, exploding
        run c
        # DFLINT IGNORE=dl9902
        run d
      `),
    ).toEqual([
      'DF903 3:1-3:4 error',
      'DF902 4:1-4:4 warning',
      'DF903 4:1-4:4 error',
      'DF903 8:1-8:4 error',
    ]);
  });

  it('covers every line of a continued instruction, and skips comments and blank lines in between', () => {
    const text = dedent`
      FROM alpine:3.20
      # dflint ignore=run-tail

      # why: legacy
      RUN a \
        b
      RUN c
    `;
    const tails = (t: string) =>
      new Linter({ rules: [runTail] }).lint(t).diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`);
    expect(tails(text.replace('# dflint', '# nothing'))).toEqual(['DF907 6:3-6:4', 'DF907 7:5-7:6']);
    expect(tails(text)).toEqual(['DF907 7:5-7:6']);
  });

  it('ignore-file suppresses everywhere in the file', () => {
    expect(
      lint(dedent`
        FROM alpine:3.20
        run a
        # dflint ignore-file=exploding
        run b
      `),
    ).toEqual(['DF902 2:1-2:4 warning', 'DF902 4:1-4:4 warning']);
  });
});

describe('# hadolint pragmas', () => {
  const text = dedent`
    # hadolint global ignore=DF903
    FROM alpine:3.20
    # hadolint ignore=DL9902
    run a
    run b
  `;
  it('ignore= covers the next instruction and global ignore= the file', () => {
    expect(lint(text)).toEqual(['DF902 5:1-5:4 warning']);
  });
  it('are not honoured with disableIgnorePragma', () => {
    expect(lint(text, { disableIgnorePragma: true })).toEqual([
      'DF902 4:1-4:4 warning',
      'DF903 4:1-4:4 error',
      'DF902 5:1-5:4 warning',
      'DF903 5:1-5:4 error',
    ]);
  });
  it('dflint comments still count with disableIgnorePragma', () => {
    expect(lint('FROM a:1\n# dflint ignore=DF902,DF903\nrun a\n', { disableIgnorePragma: true })).toEqual([]);
  });
});

describe('BuildKit # check=', () => {
  it('skip= in the parser directive suppresses those checks in the whole file', () => {
    expect(lint('# check=skip=LowerKeyword\nFROM a:1\nrun a\n')).toEqual(['DF903 3:1-3:4 error']);
  });
  it('skip=all suppresses the rules that stand for BuildKit checks, not the others', () => {
    expect(lint('# check=skip=all\nFROM a:1\nrun a\n')).toEqual(['DF903 3:1-3:4 error']);
  });
  it('error=true turns BuildKit-check findings into errors', () => {
    expect(lint('# check=error=true\nFROM a:1\nrun a\n')).toEqual(['DF902 3:1-3:4 error', 'DF903 3:1-3:4 error']);
    expect(lint('# check=skip=exploding;error=true\nFROM a:1\nrun a\n')).toEqual(['DF902 3:1-3:4 error']);
  });
  it('a check=skip= comment further down covers the next instruction', () => {
    expect(lint('FROM a:1\n# check=skip=LowerKeyword\nrun a\nrun b\n')).toEqual([
      'DF903 3:1-3:4 error',
      'DF902 4:1-4:4 warning',
      'DF903 4:1-4:4 error',
    ]);
  });
});

describe('an alias several rules share', () => {
  it('suppresses every rule that carries it', () => {
    const shared = (rule: AnyRule): AnyRule => ({ ...rule, aliases: [...rule.aliases, 'SharedCheck'] });
    const linter = new Linter({ rules: [shared(lowerKeyword), shared(explodingRule)] });
    expect(linter.lint('FROM a:1\n# check=skip=SharedCheck\nrun a\nrun b\n').diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}`)).toEqual([
      'DF902 4',
      'DF903 4',
    ]);
  });
});

describe('unused suppressions', () => {
  it('say what a code hadolint removed was, when asked to report unused ones', () => {
    const text = dedent`
      FROM alpine:3.20
      # hadolint ignore=DL3017
      RUN apk upgrade
    `;
    expect(lint(text, { reportUnusedIgnores: true })).toEqual([
      'DF099 2:19-2:25 warning "DL3017" (apk upgrade) was removed from hadolint, and dflint has no such rule: this suppression has nothing to suppress',
      'DF903 3:1-3:4 error',
    ]);
  });

  it('are reported per key at the key, when asked', () => {
    const text = dedent`
      # check=skip=LowerKeyword,all
      FROM alpine:3.20
      # dflint ignore=DF903, nonsense
      RUN a
      # hadolint ignore=DL9902
      RUN b
      # dflint ignore=DF903
    `;
    expect(lint(text)).toEqual(['DF903 6:1-6:4 error']);
    expect(lint(text, { reportUnusedIgnores: true })).toEqual([
      'DF099 1:14-1:26 warning Suppression of "LowerKeyword" suppressed nothing',
      'DF099 1:27-1:30 warning Suppression of "all" suppressed nothing',
      'DF099 3:24-3:32 warning "nonsense" in this suppression is not a known rule',
      'DF099 5:19-5:25 warning Suppression of "DL9902" suppressed nothing',
      'DF903 6:1-6:4 error',
      'DF099 7:17-7:22 warning Suppression of "DF903" has no instruction after it',
    ]);
  });

  it('a severity for unused-ignore in config turns the report on too', () => {
    expect(lint('FROM a:1\n# dflint ignore=DF903\nCOPY a /b\n', { rules: { DF099: { severity: 'error' } } })).toEqual([
      'DF099 2:17-2:22 error Suppression of "DF903" suppressed nothing',
    ]);
  });

  it('a file can opt out with ignore-file=unused-ignore', () => {
    expect(lint('# dflint ignore-file=unused-ignore\nFROM a:1\n# dflint ignore=DF903\nCOPY a /b\n', { reportUnusedIgnores: true })).toEqual([]);
  });

  it('pragmas dropped by disableIgnorePragma are not reported', () => {
    expect(lint('FROM a:1\n# hadolint ignore=DF903\nCOPY a /b\n', { reportUnusedIgnores: true, disableIgnorePragma: true })).toEqual([]);
  });
});
