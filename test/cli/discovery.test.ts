import * as path from 'node:path';
import { discoverTargets, isDockerfileCompanion, isDockerfileName } from '../../src/cli/discover';
import { CLEAN, dflint, ensureBuilt, LATEST, tempTree } from './helpers';

beforeAll(ensureBuilt, 120_000);

describe('Dockerfile names found in directories', () => {
  it.each(['Dockerfile', 'Dockerfile.dev', 'api.Dockerfile', 'api.dockerfile', 'Containerfile', 'Containerfile.prod'])('%s', (name) => {
    expect(isDockerfileName(name)).toBe(true);
  });
  it.each(['dockerfile', 'Dockerfile-old', '.Dockerfile', 'README.md', 'DockerfileX', 'my_Dockerfile'])('not %s', (name) => {
    expect(isDockerfileName(name)).toBe(false);
  });
  it.each(['Dockerfile.dockerignore', 'Dockerfile.j2', 'Dockerfile.tmpl', 'Containerfile.template', 'Dockerfile.in', 'Dockerfile.ORIG', 'Dockerfile.dev~', 'Dockerfile.swp'])(
    'not %s: an ignore file, a template or a leftover',
    (name) => {
      expect(isDockerfileName(name)).toBe(false);
      expect(isDockerfileCompanion(name)).toBe(true);
    },
  );
  it.each(['api.Dockerfile.dockerignore', 'build.dockerfile.j2'])('%s is a companion file too', (name) => {
    expect(isDockerfileCompanion(name)).toBe(true);
  });
  it.each(['Dockerfile', 'Dockerfile.dev', 'notes.bak', 'config.in', 'Dockerfile.internal'])('%s is no companion file', (name) => {
    expect(isDockerfileCompanion(name)).toBe(false);
  });
});

describe('file discovery', () => {
  const tree = tempTree({
    'Dockerfile': CLEAN,
    'services/api/Dockerfile': LATEST,
    'services/api/Dockerfile.dev': CLEAN,
    'services/web/web.Dockerfile': CLEAN,
    'services/web/Containerfile': CLEAN,
    'services/web/notes.txt': 'not a Dockerfile',
    'services/web/build.dockerfile': CLEAN,
    'node_modules/pkg/Dockerfile': LATEST,
    '.git/Dockerfile': LATEST,
    'docker/custom-name': LATEST,
    'services/api/Dockerfile.dockerignore': 'node_modules\n',
    'services/api/Dockerfile.j2': 'FROM {{ base }}\n',
  });
  afterAll(tree.cleanup);
  const files = (inputs: string[]) => discoverTargets(inputs, tree.dir).map((t) => (t.kind === 'file' ? t.path : '-'));

  it('walks directories recursively in name order, skipping .git and node_modules', () => {
    expect(files(['.'])).toEqual([
      'Dockerfile',
      path.join('services/api/Dockerfile'),
      path.join('services/api/Dockerfile.dev'),
      path.join('services/web/Containerfile'),
      path.join('services/web/build.dockerfile'),
      path.join('services/web/web.Dockerfile'),
    ]);
    expect(files(['services/web'])).toEqual([path.join('services/web/Containerfile'), path.join('services/web/build.dockerfile'), path.join('services/web/web.Dockerfile')]);
  });

  it('takes a named file whatever its name, and drops duplicates', () => {
    expect(files(['docker/custom-name', 'Dockerfile', './Dockerfile'])).toEqual(['docker/custom-name', 'Dockerfile']);
    expect(files(['services/api/Dockerfile.j2'])).toEqual(['services/api/Dockerfile.j2']);
  });

  it('matches globs against the whole relative path', () => {
    expect(files(['services/**/*.Dockerfile'])).toEqual([path.join('services/web/web.Dockerfile')]);
    expect(files(['**/Dockerfile'])).toEqual(['Dockerfile', path.join('services/api/Dockerfile')]);
    expect(files(['services/*/Dockerfile*'])).toEqual([path.join('services/api/Dockerfile'), path.join('services/api/Dockerfile.dev')]);
    expect(files(['docker/*'])).toEqual([path.join('docker/custom-name')]);
  });

  it('shows found files under the directory or glob base as written, each file once across inputs that walk the same tree', () => {
    expect(files(['./services/web/', 'services/*/*', 'services'])).toEqual([
      path.join('services/web/Containerfile'),
      path.join('services/web/build.dockerfile'),
      path.join('services/web/web.Dockerfile'),
      path.join('services/api/Dockerfile'),
      path.join('services/api/Dockerfile.dev'),
      // A glob takes any file it matches.
      path.join('services/web/notes.txt'),
    ]);
    expect(files([path.join(tree.dir, 'services', 'api')])).toEqual([path.join(tree.dir, 'services/api/Dockerfile'), path.join(tree.dir, 'services/api/Dockerfile.dev')]);
    expect(files(['./services/../services/web/*.Dockerfile'])).toEqual([path.join('services/web/web.Dockerfile')]);
  });

  it('keeps - as standard input, once', () => {
    expect(discoverTargets(['-', 'Dockerfile', '-'], tree.dir)).toEqual([{ kind: 'stdin' }, { kind: 'file', path: 'Dockerfile' }]);
  });

  it('lints every discovered file in one run (end to end)', () => {
    const r = dflint(['.', '-f', 'json'], { cwd: tree.dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary.files).toBe(6);
    expect(report.results.map((x: { file: string; ruleId: string }) => `${x.file} ${x.ruleId}`)).toEqual(['services/api/Dockerfile DF016']);
  });

  it('passes over unmatched globs and directories without Dockerfiles with --no-error-on-unmatched-pattern, not missing files', () => {
    expect(discoverTargets(['nomatch/*.Dockerfile', 'services/web', 'docker'], tree.dir, true).map((t) => (t.kind === 'file' ? t.path : '-'))).toEqual([
      path.join('services/web/Containerfile'),
      path.join('services/web/build.dockerfile'),
      path.join('services/web/web.Dockerfile'),
    ]);
    expect(() => discoverTargets(['nomatch/*.Dockerfile'], tree.dir)).toThrow('no files match this pattern');
    expect(() => discoverTargets(['missing/Dockerfile'], tree.dir, true)).toThrow('no such file or directory');
    const none = dflint(['nomatch/*.Dockerfile', '--no-error-on-unmatched-pattern', '-f', 'sarif'], { cwd: tree.dir });
    expect([none.code, none.stderr]).toEqual([0, '']);
    expect(JSON.parse(none.stdout).runs[0].results).toEqual([]);
    const some = dflint(['nomatch/*', 'services/api/Dockerfile', '--no-error-on-unmatched-pattern', '-f', 'json'], { cwd: tree.dir });
    expect(some.code).toBe(1);
    expect(JSON.parse(some.stdout).summary.files).toBe(1);
  });

  it('respects ignorePaths from the config file', () => {
    const withIgnore = tempTree({ '.dflintrc.yaml': 'ignorePaths:\n  - "legacy/**"\n', 'legacy/Dockerfile': LATEST, 'app/Dockerfile': CLEAN });
    try {
      const r = dflint(['.', '-f', 'json'], { cwd: withIgnore.dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).summary.files).toBe(1);
    } finally {
      withIgnore.cleanup();
    }
  });
});

describe('standard input', () => {
  it('lints stdin as <stdin>, or under --stdin-filename', () => {
    const plain = dflint(['-'], { input: LATEST });
    expect(plain.code).toBe(1);
    expect(plain.stdout.split('\n')[0]).toBe('<stdin>');
    const named = dflint(['-', '--stdin-filename', 'images/app/Dockerfile', '-f', 'json'], { input: LATEST });
    expect(JSON.parse(named.stdout).results[0]).toMatchObject({ file: 'images/app/Dockerfile', ruleId: 'DF016', line: 1, column: 11, endLine: 1, endColumn: 17 });
  });

  it('finds the config for --stdin-filename', () => {
    const tree = tempTree({ 'strict/.dflintrc.json': '{ "rules": { "latest-tag": "error" } }' });
    try {
      const r = dflint(['-', '--stdin-filename', 'strict/Dockerfile', '-f', 'json'], { cwd: tree.dir, input: LATEST });
      expect(JSON.parse(r.stdout).results[0]).toMatchObject({ ruleId: 'DF016', severity: 'error' });
    } finally {
      tree.cleanup();
    }
  });
});
