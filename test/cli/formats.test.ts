import * as fs from 'node:fs';
import * as path from 'node:path';
import { reportSchemaValidator, sarifSchemaValidator } from '../reporters/schema-validators';
import { spawnSync } from 'node:child_process';
import { BIN, dflint, ensureBuilt, LATEST, tempTree } from './helpers';

beforeAll(ensureBuilt, 120_000);

const BEGINNER = ['FROM node:latest', 'RUN npm install', 'COPY . /app', 'RUN cd /app && npm install', 'ENV NODE_ENV production', 'CMD node /app/server.js', ''].join('\n');

describe('output formats', () => {
  const tree = tempTree({ 'app/Dockerfile': BEGINNER, 'base/Dockerfile': LATEST, '.git/HEAD': 'ref: refs/heads/main\n' });
  afterAll(tree.cleanup);

  it('json: valid against schemas/report.schema.json, with fixes', () => {
    const r = dflint(['app/Dockerfile', 'base/Dockerfile', '--format', 'json'], { cwd: tree.dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const validate = reportSchemaValidator();
    expect(validate(report)).toBe(true);
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(report.summary.files).toBe(2);
    expect(report.summary.problems).toBe(report.results.length);
    const env = report.results.find((x: { ruleName: string }) => x.ruleName === 'legacy-env-format');
    expect(env).toMatchObject({ file: 'app/Dockerfile', line: 5, column: 5, fix: { kind: 'safe' } });
  });

  it('sarif: valid SARIF 2.1.0 with repository-relative URIs and a rules table', () => {
    const r = dflint(['app/Dockerfile', '-f', 'sarif'], { cwd: tree.dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    const { validate, skipped } = sarifSchemaValidator();
    if (validate) expect(validate(log)).toBe(true);
    else console.warn(`SARIF schema validation skipped: ${skipped}`);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('dflint');
    expect(run.tool.driver.rules.length).toBeGreaterThan(20);
    const latest = run.results.find((x: { ruleId: string }) => x.ruleId === 'DF016');
    expect(latest.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'app/Dockerfile', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 11, endLine: 1, endColumn: 17 },
    });
    expect(run.tool.driver.rules[latest.ruleIndex].id).toBe('DF016');
  });

  it('sarif: URIs stay relative to the repository root when run from a subdirectory', () => {
    const r = dflint(['Dockerfile', '-f', 'sarif'], { cwd: path.join(tree.dir, 'base') });
    const log = JSON.parse(r.stdout);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'base/Dockerfile', uriBaseId: '%SRCROOT%' });
  });

  it('sarif: fingerprints survive an unrelated line inserted above', () => {
    const moved = tempTree({ 'Dockerfile': `# syntax=docker/dockerfile:1\n# built by CI\n\n${BEGINNER}` });
    try {
      const before = JSON.parse(dflint(['app/Dockerfile', '-f', 'sarif'], { cwd: tree.dir }).stdout).runs[0].results;
      const after = JSON.parse(dflint(['Dockerfile', '-f', 'sarif'], { cwd: moved.dir }).stdout).runs[0].results;
      const key = (x: { ruleId: string; partialFingerprints: Record<string, string> }) => `${x.ruleId} ${Object.values(x.partialFingerprints)[0]}`;
      expect(after.map(key)).toEqual(before.map(key));
      expect(after[0].locations[0].physicalLocation.region.startLine).toBe(before[0].locations[0].physicalLocation.region.startLine + 3);
    } finally {
      moved.cleanup();
    }
  });

  it('github: one workflow command per problem, paths from the repository root', () => {
    const r = dflint(['Dockerfile', '-f', 'github'], { cwd: path.join(tree.dir, 'app') });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.every((line) => /^::(error|warning|notice) file=app\/Dockerfile,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=DF\d{3}\/[a-z-]+::\S/.test(line))).toBe(true);
    expect(lines[0]).toBe('::warning file=app/Dockerfile,line=1,endLine=1,col=11,endColumn=17,title=DF016/latest-tag::"node:latest" uses the moving "latest" tag; pin a version tag');
  });

  it('github: a run stopped by a config error still writes an annotation saying why', () => {
    const bad = tempTree({ '.dflintrc.json': '{ "rules": { "nope": "off" } }', 'Dockerfile': LATEST });
    try {
      const r = dflint(['Dockerfile', '-f', 'github'], { cwd: bad.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('dflint: .dflintrc.json: rules.nope: unknown rule\n');
      expect(r.stdout).toBe('::error title=dflint::.dflintrc.json: rules.nope: unknown rule\n');
    } finally {
      bad.cleanup();
    }
  });

  it('gitlab: a code quality report with repository paths, positions and unique fingerprints', () => {
    const r = dflint(['app/Dockerfile', 'base/Dockerfile', '-f', 'gitlab'], { cwd: tree.dir });
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout);
    expect(issues.length).toBeGreaterThan(3);
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.find((i: { location: { path: string } }) => i.location.path === 'base/Dockerfile')).toEqual({
      type: 'issue',
      check_name: 'DF016/latest-tag',
      description: '"node:latest" uses the moving "latest" tag; pin a version tag',
      severity: 'major',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      location: { path: 'base/Dockerfile', positions: { begin: { line: 1, column: 11 }, end: { line: 1, column: 17 } } },
    });
    expect(dflint(['base/Dockerfile', '-f', 'gitlab', '--ignore', 'latest-tag'], { cwd: tree.dir }).stdout).toBe('[]\n');
  });

  it('checkstyle: a <file> per Dockerfile with its problems, as hadolint -f checkstyle users read it', () => {
    const r = dflint(['base/Dockerfile', '-f', 'checkstyle'], { cwd: tree.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="base/Dockerfile">',
        '    <error line="1" column="11" severity="warning" message="&quot;node:latest&quot; uses the moving &quot;latest&quot; tag; pin a version tag" source="DF016/latest-tag"/>',
        '  </file>',
        '</checkstyle>',
        '',
      ].join('\n'),
    );
  });

  it.each(['json', 'sarif', 'text', 'github', 'gitlab', 'checkstyle', 'sonarqube', 'gnu'])('%s: the same bytes through a pipe, a redirect to a file, and --output, past 256 K', (format) => {
    // The one-line-per-problem format needs more files to pass 256 K.
    const many = tempTree(Object.fromEntries(Array.from({ length: format === 'gnu' ? 400 : 300 }, (_, i) => [`s${i}/Dockerfile`, BEGINNER])));
    try {
      const args = ['.', '-f', format, '--no-color', '--code-frame', '--shellcheck', 'off'];
      const piped = dflint(args, { cwd: many.dir }).stdout;
      // Longer than one write (256 K characters), so the pieces must join up.
      expect(piped.length).toBeGreaterThan(300_000);
      const redirected = path.join(many.dir, 'redirected.out');
      const fd = fs.openSync(redirected, 'w');
      try {
        spawnSync(process.execPath, [BIN, ...args], { cwd: many.dir, stdio: ['ignore', fd, 'pipe'] });
      } finally {
        fs.closeSync(fd);
      }
      expect(fs.readFileSync(redirected, 'utf8')).toBe(piped);
      dflint([...args, '-o', 'out/report'], { cwd: many.dir });
      expect(fs.readFileSync(path.join(many.dir, 'out/report'), 'utf8')).toBe(piped);
    } finally {
      many.cleanup();
    }
  });

  it('--output writes the report to a file (creating its directory) and nothing to stdout', () => {
    const r = dflint(['base/Dockerfile', '-f', 'sarif', '-o', 'reports/dflint.sarif'], { cwd: tree.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const written = JSON.parse(fs.readFileSync(path.join(tree.dir, 'reports/dflint.sarif'), 'utf8'));
    expect(written.runs[0].results).toHaveLength(1);
  });

  it('sarif: a run stopped by a config error still writes a log saying why', () => {
    const bad = tempTree({ '.dflintrc.json': '{ "rules": { "nope": "off" } }', 'Dockerfile': LATEST });
    try {
      const r = dflint(['Dockerfile', '-f', 'sarif', '-o', 'dflint.sarif'], { cwd: bad.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('dflint: .dflintrc.json: rules.nope: unknown rule\n');
      const log = JSON.parse(fs.readFileSync(path.join(bad.dir, 'dflint.sarif'), 'utf8'));
      expect(log.runs[0].results).toEqual([]);
      expect(log.runs[0].invocations).toEqual([
        { executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: '.dflintrc.json: rules.nope: unknown rule' } }] },
      ]);
      const { validate } = sarifSchemaValidator();
      if (validate) expect(validate(log)).toBe(true);
    } finally {
      bad.cleanup();
    }
  });

  it('text: colour only on request (FORCE_COLOR, --color), never with --no-color or NO_COLOR', () => {
    const plain = dflint(['base/Dockerfile'], { cwd: tree.dir });
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = dflint(['base/Dockerfile'], { cwd: tree.dir, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[33mwarning\u001b[39m');
    expect(dflint(['base/Dockerfile', '--no-color'], { cwd: tree.dir, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(dflint(['base/Dockerfile', '--color'], { cwd: tree.dir, env: { NO_COLOR: '1' } }).stdout).toContain('\u001b[');
  });

  it('text: --code-frame shows the flagged line', () => {
    const r = dflint(['base/Dockerfile', '--code-frame'], { cwd: tree.dir });
    expect(r.stdout).toContain(['    > 1 | FROM node:latest', '        |           ^^^^^^'].join('\n'));
  });
});
