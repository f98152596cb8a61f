import { jsonReporter } from '../../src/reporters/json';
import { context, sampleResults } from './fixtures';
import { reportSchemaValidator } from './schema-validators';

describe('json reporter', () => {
  const report = JSON.parse(jsonReporter(sampleResults(), context()));

  it('writes { version, results, summary } with one flat entry per problem', () => {
    expect(Object.keys(report)).toEqual(['version', 'results', 'summary']);
    expect(report.version).toBe('1.2.3');
    expect(report.results[0]).toEqual({
      file: 'app/Dockerfile',
      ruleId: 'DF016',
      ruleName: 'latest-tag',
      severity: 'warning',
      message: '"node:latest" uses the latest tag; pin a version',
      line: 1,
      column: 6,
      endLine: 1,
      endColumn: 17,
      docsUrl: 'https://github.com/dflint/dflint/blob/main/docs/rules/DF016-latest-tag.md',
    });
    expect(report.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['DF016', 'DF020', 'DF012']);
    expect(report.summary).toEqual({ files: 2, problems: 3, errors: 0, warnings: 1, info: 1, style: 1, fixable: 1, fixableUnsafe: 0 });
  });

  it('includes the fix with offsets and line/column positions', () => {
    expect(report.results[1].fix).toEqual({
      title: 'Use key=value',
      kind: 'safe',
      edits: [{ start: 29, end: 30, line: 2, column: 13, endLine: 2, endColumn: 14, text: '=' }],
    });
    expect(report.results[0]).not.toHaveProperty('fix');
  });

  it('is valid against schemas/report.schema.json', () => {
    const validate = reportSchemaValidator();
    expect(validate.errors ?? null).toBeNull();
    const ok = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema accepts ShellCheck findings and rejects unknown rule ids', () => {
    const validate = reportSchemaValidator();
    const withShellcheck = JSON.parse(JSON.stringify(report));
    Object.assign(withShellcheck.results[0], { ruleId: 'SC2086', ruleName: 'shellcheck', docsUrl: 'https://www.shellcheck.net/wiki/SC2086' });
    expect(validate(withShellcheck)).toBe(true);
    withShellcheck.results[0].ruleId = 'X1';
    expect(validate(withShellcheck)).toBe(false);
  });

  it('the schema rejects a result without a location', () => {
    const validate = reportSchemaValidator();
    const broken = JSON.parse(JSON.stringify(report));
    delete broken.results[0].line;
    expect(validate(broken)).toBe(false);
  });

  it('an empty run is still a complete report', () => {
    const empty = JSON.parse(jsonReporter([], context()));
    expect(empty).toEqual({ version: '1.2.3', results: [], summary: { files: 0, problems: 0, errors: 0, warnings: 0, info: 0, style: 0, fixable: 0, fixableUnsafe: 0 } });
    expect(reportSchemaValidator()(empty)).toBe(true);
  });
});
