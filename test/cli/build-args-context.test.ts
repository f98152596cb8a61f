import { dflint, ensureBuilt, expectOneLineError, tempTree } from './helpers';

/** `ruleId@line:column` of every finding in a JSON report. */
function findings(stdout: string): string[] {
  return JSON.parse(stdout).results.map((r: { ruleId: string; line: number; column: number }) => `${r.ruleId}@${r.line}:${r.column}`);
}

describe('--build-arg and --context on the lint command', () => {
  beforeAll(() => ensureBuilt());

  it('--build-arg gives ARGs the value the build would see', () => {
    const tree = tempTree({ Dockerfile: 'FROM alpine:3.20\nARG DIR\nWORKDIR $DIR\n' });
    try {
      const base = ['--shellcheck', 'off', '-f', 'json', 'Dockerfile'];
      expect(findings(dflint(base, { cwd: tree.dir }).stdout)).toEqual([]);
      expect(findings(dflint(['--build-arg', 'DIR=app', ...base], { cwd: tree.dir }).stdout)).toEqual(['DF013@3:9']);
      // A bare NAME takes its value from the environment, as with docker build.
      expect(findings(dflint(['--build-arg', 'DIR', ...base], { cwd: tree.dir, env: { DIR: 'rel' } }).stdout)).toEqual(['DF013@3:9']);
      expect(findings(dflint(['--build-arg', 'DIR=/app', ...base], { cwd: tree.dir }).stdout)).toEqual([]);
    } finally {
      tree.cleanup();
    }
  });

  it('--context DIR is where .dockerignore is read', () => {
    const tree = tempTree({
      'docker/Dockerfile': 'FROM alpine:3.20\nCOPY secret.txt /etc/app/\n',
      'context/.dockerignore': 'secret.txt\n',
      // On disk but left out of the context: copy-ignored-file's finding, not copy-source-missing's.
      'context/secret.txt': 'x\n',
    });
    try {
      const args = ['--shellcheck', 'off', '-f', 'json', 'docker/Dockerfile'];
      expect(findings(dflint(args, { cwd: tree.dir }).stdout)).toEqual([]);
      expect(findings(dflint(['--context', 'context', ...args], { cwd: tree.dir }).stdout)).toEqual(['DF213@2:6']);
    } finally {
      tree.cleanup();
    }
  });

  it('rejects a bad --build-arg or --context with one line and exit 2', () => {
    const bad = dflint(['--build-arg', '9x=1', 'Dockerfile']);
    expect(bad.code).toBe(2);
    expectOneLineError(bad.stderr, /^dflint: --build-arg: invalid --build-arg "9x=1": expected NAME=VALUE$/);
    const missing = dflint(['--context', 'no/such/dir', 'Dockerfile']);
    expect(missing.code).toBe(2);
    expectOneLineError(missing.stderr, /^dflint: --context: "no\/such\/dir" is not a directory$/);
  });
});
