import { dflint, ensureBuilt, expectOneLineError, tempTree } from '../cli/helpers';

/** Rule ids, lines and severities of a JSON report, for compact assertions. */
function findings(stdout: string): string[] {
  return JSON.parse(stdout).results.map((r: { ruleId: string; line: number; severity: string }) => `${r.ruleId}@${r.line}:${r.severity}`);
}

const DOCKERFILE = 'FROM node:latest\nWORKDIR /app\nRUN echo one\n# hadolint ignore=DL3059\nRUN echo two\nCMD ["node", "app.js"]\n';

describe('.hadolint.yaml through the CLI', () => {
  beforeAll(() => ensureBuilt());

  const lint = (files: Record<string, string>, args: string[] = []) => {
    const tree = tempTree({ Dockerfile: DOCKERFILE, ...files });
    try {
      return dflint(['--shellcheck', 'off', '-f', 'json', ...args, 'Dockerfile'], { cwd: tree.dir });
    } finally {
      tree.cleanup();
    }
  };

  it('applies ignored codes, overrides (enabling a default-off rule) and the failure threshold', () => {
    const r = lint({ '.hadolint.yaml': 'ignored: [DL3007]\noverride:\n  error: [DL3057]\nfailure-threshold: error\n' });
    expect(findings(r.stdout)).toEqual(['DF172@1:error']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });

  it('no-fail keeps the exit code at 0', () => {
    const r = lint({ '.hadolint.yml': 'no-fail: true\n' });
    expect(findings(r.stdout)).toEqual(['DF016@1:warning']);
    expect(r.code).toBe(0);
  });

  it('disable-ignore-pragma makes # hadolint ignore comments count for nothing', () => {
    const r = lint({ '.hadolint.yaml': 'disable-ignore-pragma: true\n' });
    expect(findings(r.stdout)).toEqual(['DF016@1:warning', 'DF010@5:info']);
  });

  it('trustedRegistries feeds the registry rule', () => {
    const r = lint({ '.hadolint.yaml': 'trustedRegistries: [registry.example.com]\nignored: [DL3007]\n' });
    expect(findings(r.stdout)).toEqual(['DF157@1:error']);
  });

  it('warns on stderr about unknown keys and codes, and still lints', () => {
    const r = lint({ '.hadolint.yaml': 'ignored: [DL9999]\ncolour: true\n' });
    expect(findings(r.stdout)).toEqual(['DF016@1:warning']);
    expect(r.stderr.trimEnd().split('\n').sort()).toEqual([
      expect.stringMatching(/^dflint: .*\.hadolint\.yaml: colour: unknown hadolint setting ignored$/),
      expect.stringMatching(/^dflint: .*\.hadolint\.yaml: ignored: unknown rule code "DL9999" ignored$/),
    ]);
  });

  it('is not read when a dflint config exists', () => {
    const r = lint({ '.hadolint.yaml': 'ignored: [DL3007]\n', '.dflintrc.json': '{}\n' });
    expect(findings(r.stdout)).toEqual(['DF016@1:warning']);
  });

  it('an invalid value is a config error: exit 2, one line naming the file and key', () => {
    const r = lint({ '.hadolint.yaml': 'ignored: DL3007\n' });
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr, /^dflint: .*\.hadolint\.yaml: ignored: expected a list of rule codes$/);
  });
});
