import type * as Sarif from 'sarif';
import { FINGERPRINT_KEY } from '../../src/reporters/fingerprint';
import { buildSarifLog, sarifReporter } from '../../src/reporters/sarif';
import type { LintResult } from '../../src/engine/types';
import { cdInRun, context, diagnosticAt, latestTag, parseError, RULES, sampleResults } from './fixtures';
import { sarifSchemaValidator } from './schema-validators';

function expectValidSarif(log: unknown): void {
  const { validate, skipped } = sarifSchemaValidator();
  if (!validate) {
    console.warn(`SARIF schema validation skipped: ${skipped}`);
    return;
  }
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('sarif reporter', () => {
  const log: Sarif.Log = JSON.parse(sarifReporter(sampleResults(), context()));
  const run = log.runs[0];

  it('is valid SARIF 2.1.0 against the official schema', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expectValidSarif(log);
  });

  it('describes the tool and every rule from metadata', () => {
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: 'dflint', version: '1.2.3', informationUri: 'https://github.com/dflint/dflint' });
    expect(driver.rules?.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const rule = driver.rules?.find((r) => r.id === 'DF016');
    expect(rule).toMatchObject({
      id: 'DF016',
      name: 'latest-tag',
      shortDescription: { text: 'Base image pinned to the moving "latest" tag' },
      fullDescription: { text: 'The latest tag moves.' },
      helpUri: 'https://github.com/dflint/dflint/blob/main/docs/rules/DF016-latest-tag.md',
      defaultConfiguration: { level: 'warning', enabled: true },
      properties: { tags: ['dockerfile', 'reproducibility'], aliases: ['DL3007'] },
    });
    expect(rule?.help?.markdown).toContain('```dockerfile\nFROM node:latest\n```');
    expect(rule?.help?.text).toContain('    FROM node:22.11-alpine');
    expect(driver.rules?.find((r) => r.id === 'DF012')?.defaultConfiguration?.level).toBe('note');
  });

  it('rates rules tagged security for GitHub\'s security alerts, and only those', () => {
    const secure = { ...latestTag, id: 'DF210', name: 'secrets-in-arg-or-env', tags: ['security'] };
    const log = JSON.parse(sarifReporter(sampleResults(), context({ rules: [...RULES, secure] }))) as Sarif.Log;
    const rules = log.runs[0].tool.driver.rules ?? [];
    expect(rules.find((r) => r.id === 'DF210')?.properties).toEqual({ tags: ['dockerfile', 'security'], aliases: ['DL3007'], fix: 'none', 'security-severity': '5.0' });
    expect(rules.filter((r) => r.properties?.['security-severity'] !== undefined).map((r) => r.id)).toEqual(['DF210']);
    expectValidSarif(log);
  });

  it('writes each result with rule index, level, repository-relative location and exact region', () => {
    expect(run.results).toHaveLength(3);
    const [latest, env, cd] = run.results ?? [];
    expect(latest).toMatchObject({
      ruleId: 'DF016',
      ruleIndex: 2,
      level: 'warning',
      message: { text: '"node:latest" uses the latest tag; pin a version' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'app/Dockerfile', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1, startColumn: 6, endLine: 1, endColumn: 17 },
          },
        },
      ],
    });
    expect(env.level).toBe('note');
    expect(cd).toMatchObject({ ruleId: 'DF012', ruleIndex: 1, level: 'note' });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
  });

  it('carries fixes as artifact changes', () => {
    expect(run.results?.[1].fixes).toEqual([
      {
        description: { text: 'Use key=value' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'app/Dockerfile', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 2, startColumn: 13, endLine: 2, endColumn: 14 }, insertedContent: { text: '=' } }],
          },
        ],
        properties: { kind: 'safe' },
      },
    ]);
  });

  it('makes paths relative to the source root and encodes them', () => {
    const text = 'FROM node:latest\n';
    const results: LintResult[] = [
      { filePath: 'sub dir/Dockerfile', text, diagnostics: [diagnosticAt(text, latestTag, 'node:latest', 'latest')] },
      { filePath: '/elsewhere/Dockerfile', text, diagnostics: [diagnosticAt(text, latestTag, 'node:latest', 'latest')] },
    ];
    const out = buildSarifLog(results, context({ cwd: '/repo/pkg', srcRoot: '/repo' }));
    const uris = out.runs[0].results?.map((r) => r.locations?.[0].physicalLocation?.artifactLocation);
    expect(uris).toEqual([{ uri: 'pkg/sub%20dir/Dockerfile', uriBaseId: '%SRCROOT%' }, { uri: 'file:///elsewhere/Dockerfile' }]);
    expectValidSarif(out);
  });

  it('lists parse problems and config problems as tool execution notifications', () => {
    const text = 'FROM a:1\nCOPY\n';
    const results: LintResult[] = [{ filePath: 'Dockerfile', text, diagnostics: [diagnosticAt(text, parseError, 'COPY', 'COPY needs a source and a destination')] }];
    const out = buildSarifLog(results, context({ notifications: [{ level: 'warning', message: '.dflintrc.json: rules.foo: unknown rule', filePath: '.dflintrc.json' }] }));
    const invocation = out.runs[0].invocations?.[0];
    expect(invocation?.executionSuccessful).toBe(true);
    expect(invocation?.toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: { text: '.dflintrc.json: rules.foo: unknown rule' },
        locations: [{ physicalLocation: { artifactLocation: { uri: '.dflintrc.json', uriBaseId: '%SRCROOT%' } } }],
      },
      {
        level: 'error',
        message: { text: 'COPY needs a source and a destination' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' },
              region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 },
            },
          },
        ],
        associatedRule: { id: 'DF000', index: 0 },
      },
    ]);
    expect(out.runs[0].results?.[0]).toMatchObject({ ruleId: 'DF000', level: 'error' });
    expectValidSarif(out);
  });

  it('adds a rules entry for a rule id without metadata (ShellCheck codes)', () => {
    const text = 'FROM a:1\nRUN echo $X\n';
    const d = { ...diagnosticAt(text, cdInRun, '$X', 'Double quote'), ruleId: 'SC2086', ruleName: 'shellcheck', docsUrl: 'https://www.shellcheck.net/wiki/SC2086' };
    const out = buildSarifLog([{ filePath: 'Dockerfile', text, diagnostics: [d] }], context());
    const rules = out.runs[0].tool.driver.rules ?? [];
    expect(rules[rules.length - 1]).toEqual({
      id: 'SC2086',
      name: 'shellcheck',
      shortDescription: { text: 'shellcheck SC2086' },
      helpUri: 'https://www.shellcheck.net/wiki/SC2086',
      defaultConfiguration: { level: 'note' },
      properties: { tags: ['dockerfile', 'shellcheck'] },
    });
    expect(out.runs[0].results?.[0].ruleIndex).toBe(rules.length - 1);
    expectValidSarif(out);
  });
});

describe('sarif partialFingerprints', () => {
  const fingerprintsOf = (text: string, needles: string[]) => {
    const diagnostics = needles.map((needle, i) => diagnosticAt(text, cdInRun, needle, `message on a line that moves ${i}`, { occurrence: needles.slice(0, i).filter((n) => n === needle).length }));
    const out = buildSarifLog([{ filePath: 'Dockerfile', text, diagnostics }], context());
    return out.runs[0].results?.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]);
  };

  const before = 'FROM a:1\nRUN cd /x && make\nRUN cd /x && make\nRUN cd /y\n';
  const after = 'FROM a:1\n# a new comment\nRUN apt-get update\n  RUN   cd /x &&  make\nRUN cd /x && make\n\nRUN cd /y\n';

  it('do not change when unrelated lines are inserted above or the line is re-indented', () => {
    const a = fingerprintsOf(before, ['cd /x', 'cd /x', 'cd /y']);
    const b = fingerprintsOf(after, ['cd /x', 'cd /x', 'cd /y']);
    expect(a).toEqual(b);
  });

  it('tell identical lines apart by occurrence, and different lines apart by text', () => {
    const [first, second, third] = fingerprintsOf(before, ['cd /x', 'cd /x', 'cd /y']) ?? [];
    expect(first).not.toBe(second);
    expect(first?.split(':')[0]).toBe(second?.split(':')[0]);
    expect(first?.endsWith(':1')).toBe(true);
    expect(second?.endsWith(':2')).toBe(true);
    expect(third?.split(':')[0]).not.toBe(first?.split(':')[0]);
  });

  it('change when the flagged line itself changes', () => {
    const [a] = fingerprintsOf('FROM a:1\nRUN cd /x\n', ['cd /x']) ?? [];
    const [b] = fingerprintsOf('FROM a:1\nRUN cd /x/y\n', ['cd /x']) ?? [];
    expect(a).not.toBe(b);
  });
});
