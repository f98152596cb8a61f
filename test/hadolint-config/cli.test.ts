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

describe("hadolint's command-line options", () => {
  beforeAll(() => ensureBuilt());

  const lint = (args: string[], files: Record<string, string> = {}) => {
    const tree = tempTree({ Dockerfile: DOCKERFILE, ...files });
    try {
      return dflint(['--shellcheck', 'off', '-f', 'json', ...args, 'Dockerfile'], { cwd: tree.dir });
    } finally {
      tree.cleanup();
    }
  };

  it('--trusted-registry (repeatable, or a comma list) feeds the registry rule', () => {
    expect(findings(lint(['--trusted-registry', 'registry.example.com', '--ignore', 'DL3007']).stdout)).toEqual(['DF157@1:error']);
    expect(findings(lint(['--trusted-registry', 'ghcr.io,docker.io', '--ignore', 'DL3007']).stdout)).toEqual([]);
  });

  it('--require-label LABEL:KIND and --strict-labels feed the label rules', () => {
    const labelled = { Dockerfile: `${DOCKERFILE}LABEL maintainer="me" org.opencontainers.image.source=not-a-url\n` };
    const r = lint(['--ignore', 'DL3007', '--require-label', 'org.opencontainers.image.source:url', '--require-label', 'version:semver', '--strict-labels'], labelled);
    expect(findings(r.stdout).sort()).toEqual(['DF164@1:info', 'DF165@7:info', 'DF167@7:warning'].sort());
  });

  it('--require-label refuses a spec without a known kind, naming the option', () => {
    for (const [spec, why] of [['maintainer', /expected LABEL:KIND, got "maintainer"/], ['a:colour', /"a:colour": KIND must be one of text, url/]] as const) {
      const r = lint(['--require-label', spec]);
      expect(r.code).toBe(2);
      expectOneLineError(r.stderr, new RegExp(`^dflint: --require-label: ${why.source}`));
    }
  });

  it('--disable-ignore-pragma makes # hadolint ignore comments count for nothing, over the config file', () => {
    expect(findings(lint([]).stdout)).toEqual(['DF016@1:warning']);
    expect(findings(lint(['--disable-ignore-pragma'], { '.dflintrc.json': '{ "settings": { "disableIgnorePragma": false } }' }).stdout)).toEqual(['DF016@1:warning', 'DF010@5:info']);
  });

  it('--print-config prints what every layer adds up to for the file, and lints nothing', () => {
    const r = lint(['--print-config', '--rule', 'layer-count=error', '--trusted-registry', 'ghcr.io', '--failure-threshold', 'error'], {
      '.dflintrc.json': '{ "rules": { "latest-tag": "off", "layer-count": { "options": { "max": 30 } } }, "ignorePaths": ["vendor/**"] }',
    });
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject({
      file: 'Dockerfile',
      configFile: '.dflintrc.json',
      failureThreshold: 'error',
      ignorePaths: ['vendor/**'],
      disableIgnorePragma: false,
      settings: { trustedRegistries: ['ghcr.io'], strictLabels: false },
    });
    expect(printed.rules.DF016).toEqual({ name: 'latest-tag', severity: 'off' });
    expect(printed.rules.DF011).toEqual({ name: 'layer-count', severity: 'error', options: { max: 30 } });
    expect(printed.rules.DF099).toEqual({ name: 'unused-ignore', severity: 'off' });
  });
});
