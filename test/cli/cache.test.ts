import * as fs from 'node:fs';
import * as path from 'node:path';
import { dflint, ensureBuilt, tempTree } from './helpers';

/** What --cache keeps: findings by key, each with the run that last used it. */
interface CacheFile {
  format: number;
  run: string;
  runs: number;
  entries: Record<string, { d: { message: string }[]; r: number }>;
}

const DOCKERFILE = 'FROM node:latest\nCOPY secret.txt /app/\nRUN cd /app && make\n';

describe('dflint --cache', () => {
  beforeAll(() => ensureBuilt());
  let tree: ReturnType<typeof tempTree>;
  beforeEach(() => {
    tree = tempTree({ 'Dockerfile': DOCKERFILE, 'api/Dockerfile': 'FROM alpine:3.20\nCMD ["sh"]\n' });
  });
  afterEach(() => tree.cleanup());
  const cacheFile = () => path.join(tree.dir, '.dflintcache');
  const readCache = () => JSON.parse(fs.readFileSync(cacheFile(), 'utf8')) as CacheFile;
  const run = (...args: string[]) => dflint(['--shellcheck', 'off', '-f', 'json', '--cache', ...args, '.'], { cwd: tree.dir });
  const messages = (stdout: string) => (JSON.parse(stdout) as { results: { message: string }[] }).results.map((r) => r.message);
  /** Every finding in the cache says where it came from: a later report that shows this was not linted again. */
  const markCache = () => {
    const cache = readCache();
    for (const entry of Object.values(cache.entries)) for (const d of entry.d) d.message = `cached: ${d.message}`;
    fs.writeFileSync(cacheFile(), JSON.stringify(cache));
  };

  it('writes the findings to .dflintcache, reports the same bytes from it, and uses it only while nothing changed', () => {
    const first = run();
    expect(first.code).toBe(1);
    expect(readCache().entries).not.toEqual({});
    const second = run();
    expect(second.stdout).toBe(first.stdout);
    markCache();
    const third = run();
    expect(third.code).toBe(1);
    expect(messages(third.stdout).every((m) => m.startsWith('cached: '))).toBe(true);
    // An edited Dockerfile is linted again; the other one still comes from the cache.
    fs.writeFileSync(path.join(tree.dir, 'Dockerfile'), DOCKERFILE.replace('latest', '22.11'));
    const edited = messages(run().stdout);
    expect(edited.some((m) => m.includes('latest'))).toBe(false);
    expect(edited.filter((m) => !m.startsWith('cached: '))).toEqual(expect.arrayContaining([expect.stringMatching(/cd in RUN/)]));
  });

  it('lints again when the configuration or the ignore file a rule reads changes', () => {
    run();
    markCache();
    fs.writeFileSync(path.join(tree.dir, '.dflintrc.json'), JSON.stringify({ rules: { 'cd-in-run': 'off' } }));
    const configured = messages(run().stdout);
    expect(configured.some((m) => m.startsWith('cached: '))).toBe(false);
    expect(configured.some((m) => /cd in RUN/.test(m))).toBe(false);
    // copy-ignored-file reads .dockerignore: adding one that excludes the copied file changes the findings.
    markCache();
    fs.writeFileSync(path.join(tree.dir, '.dockerignore'), 'secret.txt\n');
    const ignored = messages(run().stdout);
    expect(ignored).toEqual(expect.arrayContaining([expect.stringMatching(/^Attempting to Copy file "secret.txt" that is excluded by \.dockerignore/)]));
    // Command-line options are part of the configuration too.
    markCache();
    expect(messages(run('--rule', 'latest-tag=off').stdout).some((m) => m.startsWith('cached: '))).toBe(false);
  });

  it('keeps no findings that depend on the build context\'s files (copy-source-missing with --context)', () => {
    // secret.txt is not in the context: copy-source-missing reports it; once it exists, not.
    const missing = messages(run('--context', '.').stdout);
    expect(missing).toEqual(expect.arrayContaining([expect.stringMatching(/^COPY source "secret\.txt" is not in the build context/)]));
    expect(fs.existsSync(cacheFile()) ? Object.keys(readCache().entries) : []).toEqual([]);
    fs.writeFileSync(path.join(tree.dir, 'secret.txt'), 'x\n');
    expect(messages(run('--context', '.').stdout).some((m) => m.includes('not in the build context'))).toBe(false);
    // With the rule off, the same run is kept again.
    run('--context', '.', '--rule', 'copy-source-missing=off');
    expect(Object.keys(readCache().entries)).toHaveLength(2);
  });

  it('starts over from a cache of another dflint build, an unreadable one, or none', () => {
    run();
    const cache = readCache();
    markCache();
    fs.writeFileSync(cacheFile(), JSON.stringify({ ...readCache(), run: `${cache.run}-older` }));
    expect(messages(run().stdout).some((m) => m.startsWith('cached: '))).toBe(false);
    fs.writeFileSync(cacheFile(), '{ not json');
    const fresh = run();
    expect(fresh.code).toBe(1);
    expect(fresh.stderr).toBe('');
    expect(readCache().format).toBe(1);
  });

  it('is not used to fix files', () => {
    run();
    markCache();
    const fixed = dflint(['--shellcheck', 'off', '-f', 'json', '--cache', '--fix', 'Dockerfile'], { cwd: tree.dir });
    expect(messages(fixed.stdout).some((m) => m.startsWith('cached: '))).toBe(false);
  });

  it('goes where --cache-location says (a file, or a directory to hold .dflintcache), and says when it cannot be written', () => {
    fs.mkdirSync(path.join(tree.dir, 'cache-dir'));
    expect(dflint(['--shellcheck', 'off', '--cache-location', 'cache-dir', '.'], { cwd: tree.dir }).code).toBe(1);
    expect(fs.existsSync(path.join(tree.dir, 'cache-dir', '.dflintcache'))).toBe(true);
    expect(dflint(['--shellcheck', 'off', '--cache-location', 'lint.cache', '.'], { cwd: tree.dir }).code).toBe(1);
    expect(fs.existsSync(path.join(tree.dir, 'lint.cache'))).toBe(true);
    fs.writeFileSync(path.join(tree.dir, 'not-a-dir'), '');
    const blocked = dflint(['--shellcheck', 'off', '--cache-location', 'not-a-dir/x/.dflintcache', '.'], { cwd: tree.dir });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/^dflint: not-a-dir\/x\/\.dflintcache: could not write the cache \(E[A-Z]+\)\n$/);
    expect(blocked.stdout).toMatch(/latest/);
  });
});

describe('LintCache', () => {
  it('drops entries no run has used in the last 20 runs that wrote the file, and writes nothing for a run that only read', async () => {
    const { LintCache } = await import('../../src/cli/lint-cache');
    const tree = tempTree({});
    try {
      const file = path.join(tree.dir, 'c.json');
      const none: never[] = [];
      let cache = LintCache.open(file, 'run', []);
      cache.set('old', none);
      cache.set('kept', none);
      cache.save();
      for (let i = 0; i < 20; i++) {
        cache = LintCache.open(file, 'run', []);
        expect(cache.get('kept')).toEqual([]);
        cache.set(`new${i}`, none);
        cache.save();
      }
      const keys = Object.keys((JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile).entries);
      expect(keys).toContain('kept');
      expect(keys).not.toContain('old');
      expect(keys).toContain('new0');
      const before = fs.statSync(file).mtimeMs;
      const reader = LintCache.open(file, 'run', []);
      expect(reader.get('kept')).toEqual([]);
      reader.save();
      expect(fs.statSync(file).mtimeMs).toBe(before);
    } finally {
      tree.cleanup();
    }
  });
});
