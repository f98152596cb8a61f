import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN, dflint, ensureBuilt, expectOneLineError, LATEST, tempTree } from './helpers';

beforeAll(ensureBuilt, 120_000);

describe('exit codes', () => {
  const tree = tempTree({
    'clean/Dockerfile': CLEAN,
    'latest/Dockerfile': LATEST,
    'broken/Dockerfile': 'FROM alpine:3.20\nCOPY\nCMD ["sh"]\n',
    'bad-config/.dflintrc.json': '{ "rules": { "lates-tag": "off" } }',
    'bad-config/Dockerfile': CLEAN,
    'style-only/Dockerfile': 'FROM alpine:3.20\nWORKDIR /app\nCOPY app.sh ./\ncmd ["./app.sh"]\n',
  });
  // What Windows PowerShell's `>` writes: UTF-16 with a byte order mark.
  writeFileSync(join(tree.dir, 'utf16-Dockerfile'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LATEST, 'utf16le')]));
  afterAll(tree.cleanup);
  const run = (args: string[], env?: Record<string, string>) => dflint(args, { cwd: tree.dir, env });

  it('0 when nothing is at or above the threshold', () => {
    const r = run(['clean/Dockerfile']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('1 for a finding at the default threshold (warning)', () => {
    const r = run(['latest/Dockerfile']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('1:11  warning  "node:latest" uses the moving "latest" tag');
  });

  it('1 for a parse error', () => {
    const r = run(['broken/Dockerfile']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2:1 +error +.*DF000\/parse-error/);
  });

  it('1 for a file that is not UTF-8 text, with one error that says so', () => {
    const r = run(['--shellcheck', 'off', 'utf16-Dockerfile']);
    expect(r).toEqual({
      code: 1,
      stdout: 'utf16-Dockerfile\n  1:1  error  The file is UTF-16 text; Docker reads a Dockerfile as UTF-8: save it as UTF-8  DF000/parse-error\n\n1 problem (1 error, 0 warnings, 0 info, 0 style)\n',
      stderr: '',
    });
  });

  it('--failure-threshold moves the bar', () => {
    expect(run(['latest/Dockerfile', '--failure-threshold', 'error']).code).toBe(0);
    expect(run(['latest/Dockerfile', '--failure-threshold', 'none']).code).toBe(0);
    expect(run(['style-only/Dockerfile']).code).toBe(0);
    expect(run(['style-only/Dockerfile', '--failure-threshold', 'style']).code).toBe(1);
    expect(run(['broken/Dockerfile', '--failure-threshold', 'error']).code).toBe(1);
  });

  it('DFLINT_FAILURE_THRESHOLD sits below the flag', () => {
    expect(run(['latest/Dockerfile'], { DFLINT_FAILURE_THRESHOLD: 'error' }).code).toBe(0);
    expect(run(['latest/Dockerfile', '--failure-threshold', 'warning'], { DFLINT_FAILURE_THRESHOLD: 'error' }).code).toBe(1);
  });

  it('--max-warnings fails on too many warnings whatever the threshold', () => {
    expect(run(['latest/Dockerfile', '--failure-threshold', 'none', '--max-warnings', '0']).code).toBe(1);
    expect(run(['latest/Dockerfile', '--failure-threshold', 'none', '--max-warnings', '1']).code).toBe(0);
  });

  it('--quiet reports and counts errors only', () => {
    const r = run(['latest/Dockerfile', 'broken/Dockerfile', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('latest/Dockerfile');
    expect(r.stdout).toContain('broken/Dockerfile');
    expect(run(['latest/Dockerfile', '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--rule and --ignore change severities by id, name or alias', () => {
    expect(run(['latest/Dockerfile', '--ignore', 'latest-tag']).code).toBe(0);
    expect(run(['latest/Dockerfile', '--rule', 'DL3007=off']).code).toBe(0);
    const r = run(['latest/Dockerfile', '--rule', 'DF016=error', '--failure-threshold', 'error']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error  "node:latest"');
  });

  it('--report-unused-ignores reports a suppression that suppressed nothing', () => {
    const stale = '# dflint ignore=latest-tag\nFROM alpine:3.20\nCMD ["sh"]\n';
    expect(dflint(['-'], { input: stale }).code).toBe(0);
    const r = dflint(['-', '--report-unused-ignores'], { input: stale });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  1:17  warning  Suppression of "latest-tag" suppressed nothing  DF099/unused-ignore');
    expect(dflint(['-', '--report-unused-ignores'], { input: stale.replace('alpine:3.20', 'node:latest') }).code).toBe(0);
  });

  describe('2 with one line on stderr and no stack trace', () => {
    it('for a missing file', () => {
      const r = run(['nope/Dockerfile']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expectOneLineError(r.stderr, /^dflint: nope\/Dockerfile: no such file or directory$/);
    });

    it('for an unknown option', () => {
      const r = run(['--frobnicate']);
      expect(r.code).toBe(2);
      expectOneLineError(r.stderr, /^dflint: unknown option --frobnicate \(see dflint --help\)$/);
    });

    it('for a bad option value', () => {
      expectOneLineError(run(['clean/Dockerfile', '--rule', 'DF016']).stderr, /^dflint: --rule: expected ID=SEVERITY/);
      expectOneLineError(run(['clean/Dockerfile', '--rule', 'DF016=fatal']).stderr, /^dflint: --rule: "DF016=fatal": severity must be one of/);
      expectOneLineError(run(['clean/Dockerfile', '--max-warnings', '-1']).stderr, /^dflint: --max-warnings: /);
      expectOneLineError(run(['clean/Dockerfile', '--format', 'xml']).stderr, /^dflint: invalid values: Argument: format, Given: "xml", Choices: "text", "json", "sarif", "github", "gitlab", "checkstyle", "sonarqube", "gnu" \(see dflint --help\)$/);
      expect(run(['clean/Dockerfile', '--failure-threshold', 'fatal']).code).toBe(2);
    });

    it('for an unknown rule, with a suggestion', () => {
      const r = run(['clean/Dockerfile', '--rule', 'lates-tag=off']);
      expect(r.code).toBe(2);
      expectOneLineError(r.stderr, /^dflint: --rule: lates-tag: unknown rule; did you mean "latest-tag"\?$/);
    });

    it('for an invalid config file, naming the file and key', () => {
      const r = run(['bad-config/Dockerfile']);
      expect(r.code).toBe(2);
      expectOneLineError(r.stderr, /^dflint: bad-config\/\.dflintrc\.json: rules\.lates-tag: unknown rule; did you mean "latest-tag"\?$/);
    });

    it('for a missing --config file', () => {
      const r = run(['clean/Dockerfile', '--config', 'missing.json']);
      expect(r.code).toBe(2);
      expectOneLineError(r.stderr, /^dflint: missing\.json: no such config file$/);
    });

    it('for a directory without Dockerfiles and a glob that matches nothing', () => {
      const empty = tempTree({ 'src/readme.txt': 'hi' });
      try {
        expectOneLineError(dflint(['src'], { cwd: empty.dir }).stderr, /^dflint: src: no Dockerfiles found in this directory$/);
        expectOneLineError(dflint(['**/*.Dockerfile'], { cwd: empty.dir }).stderr, /^dflint: \*\*\/\*\.Dockerfile: no files match this pattern$/);
      } finally {
        empty.cleanup();
      }
    });

    it('when there is no path and no ./Dockerfile', () => {
      const r = run([]);
      expect(r.code).toBe(2);
      expectOneLineError(r.stderr, /^dflint: no Dockerfile in this directory; usage: dflint \[paths\.\.\]/);
    });

    it('for an unwritable --output', () => {
      const r = run(['clean/Dockerfile', '-o', 'clean/Dockerfile/report.json']);
      expect(r.code).toBe(2);
      expectOneLineError(r.stderr, /^dflint: clean\/Dockerfile\/report\.json: cannot write the report: /);
    });

    (existsSync('/dev/full') ? it : it.skip)('when writing the report fails part-way (a full disk: /dev/full)', () => {
      const r = run(['clean/Dockerfile', 'latest/Dockerfile', '-f', 'json', '-o', '/dev/full']);
      expect(r.code).toBe(2);
      expectOneLineError(r.stderr, /^dflint: \/dev\/full: cannot write the report: enospc/);
    });
  });

  it('lints ./Dockerfile when no path is given', () => {
    const r = dflint([], { cwd: `${tree.dir}/latest` });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('Dockerfile');
  });

  it('follows a config\'s extends and overrides per file: findings, thresholds, --print-config', () => {
    const repo = tempTree({
      'ci/strict.yaml': 'rules:\n  latest-tag: error\n',
      '.dflintrc.json': JSON.stringify({
        extends: 'ci/strict.yaml',
        overrides: [{ files: '*.dev.Dockerfile', rules: { 'latest-tag': 'info' }, failureThreshold: 'error' }],
      }),
      'Dockerfile': LATEST,
      'app.dev.Dockerfile': LATEST,
    });
    try {
      const both = dflint(['-f', 'json', '.'], { cwd: repo.dir });
      expect(JSON.parse(both.stdout).results.map((r: { file: string; ruleId: string; severity: string }) => `${r.file} ${r.ruleId} ${r.severity}`)).toEqual([
        'Dockerfile DF016 error',
        'app.dev.Dockerfile DF016 info',
      ]);
      expect(both.code).toBe(1);
      // The dev file's own threshold is error, and its finding is info.
      expect(dflint(['app.dev.Dockerfile'], { cwd: repo.dir }).code).toBe(0);
      const printed = JSON.parse(dflint(['--print-config', 'app.dev.Dockerfile'], { cwd: repo.dir }).stdout);
      expect(printed).toMatchObject({ configFile: '.dflintrc.json', configSources: [join('ci', 'strict.yaml'), '.dflintrc.json', '.dflintrc.json overrides[0]'], failureThreshold: 'error' });
      expect(printed.rules.DF016).toEqual({ name: 'latest-tag', severity: 'info' });
      expect(JSON.parse(dflint(['--print-config', 'Dockerfile'], { cwd: repo.dir }).stdout).configSources).toEqual([join('ci', 'strict.yaml'), '.dflintrc.json']);
    } finally {
      repo.cleanup();
    }
  });
});
