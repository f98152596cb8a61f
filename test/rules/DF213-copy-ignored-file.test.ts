import * as fs from 'node:fs';
// The module object itself (not a namespace copy), so that a spy on it sees the rule's calls.
import nodeFs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ruleTester, dedent } from '../helpers/rule-tester';
import rule from '../../rules/DF213-copy-ignored-file';
import { DirectoryCache, excludedBy, parseDockerignore, RECHECK_MS } from '../../src/semantic/dockerignore';
import { Linter } from '../../src/engine/linter';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-df213-'));
const context = path.join(root, 'ctx');
fs.mkdirSync(context);
fs.writeFileSync(path.join(context, '.dockerignore'), '# build output\ntmp/\n*.log\n!keep.log\n**/secret.txt\n');
// A Dockerfile-specific ignore file wins over the context's.
const special = path.join(root, 'special');
fs.mkdirSync(special);
fs.writeFileSync(path.join(special, '.dockerignore'), 'docs\n');
fs.writeFileSync(path.join(special, 'Dockerfile.dev.dockerignore'), 'src\n');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const inContext = path.join(context, 'Dockerfile');

ruleTester(rule, {
  valid: [
    { code: 'FROM scratch\nCOPY ./forever/helloworld.txt /helloworld.txt\n', filePath: inContext },
    { code: 'FROM scratch\nCOPY keep.log . /x/\nCOPY *.log /logs/\n', filePath: inContext },
    { code: 'FROM scratch\nCOPY --from=build tmp/a /a\nADD https://example.com/tmp/a /a\n', filePath: inContext },
    { code: 'FROM scratch\nCOPY tmp/a /a\n', filePath: path.join(root, 'Dockerfile'), name: 'no ignore file next to the Dockerfile' },
    { code: 'FROM scratch\nCOPY docs /docs\n', filePath: path.join(special, 'Dockerfile.dev'), name: 'the Dockerfile-specific file replaces .dockerignore' },
    { code: 'FROM scratch\n# check=skip=CopyIgnoredFile\nCOPY tmp/a /a\n', filePath: inContext, name: 'skipped with the BuildKit name' },
  ],
  invalid: [
    {
      code: dedent`
        FROM scratch
        COPY ./tmp/helloworld.txt /helloworld.txt
        ADD app.log a/b/secret.txt /dest/
      `,
      filePath: inContext,
      errors: [
        { messageId: 'ignored', line: 2, column: 6, endLine: 2, endColumn: 26, message: 'Attempting to Copy file "./tmp/helloworld.txt" that is excluded by .dockerignore (pattern "tmp" on line 2)' },
        { messageId: 'ignored', line: 3, column: 5, endLine: 3, endColumn: 12 },
        { messageId: 'ignored', line: 3, column: 13, endLine: 3, endColumn: 27 },
      ],
    },
    {
      name: 'contextDir setting and ARG expansion',
      code: 'FROM scratch\nARG DIR=tmp\nCOPY $DIR/x /x\n',
      filePath: '<stdin>',
      settings: { contextDir: context },
      errors: [{ messageId: 'ignored', line: 3, column: 6, endLine: 3, endColumn: 12 }],
    },
    {
      name: 'extraPatterns add to the ignore file',
      code: 'FROM scratch\nCOPY build/app /app\n',
      filePath: inContext,
      options: { extraPatterns: ['build'] },
      errors: [{ messageId: 'ignored', line: 2, column: 6, endLine: 2, endColumn: 15, message: 'Attempting to Copy file "build/app" that is excluded by .dockerignore (pattern "build" from the extraPatterns option)' }],
    },
    {
      code: 'FROM scratch\nCOPY src/main.go /src/\n',
      filePath: path.join(special, 'Dockerfile.dev'),
      errors: [{ messageId: 'ignored', line: 2, column: 6, endLine: 2, endColumn: 17 }],
    },
  ],
});

describe('.dockerignore matching', () => {
  const patterns = parseDockerignore('node_modules\n/build/**\n*/temp*\n!build/keep\n[a-c]?.txt\n');
  it.each([
    ['node_modules/x/y.js', 'node_modules'],
    ['build/out/app', 'build/**'],
    ['build/keep', null],
    ['src/temp1', '*/temp*'],
    ['temp1', null],
    ['ab.txt', '[a-c]?.txt'],
    ['./node_modules', 'node_modules'],
    ['README.md', null],
  ])('%s → %s', (file, pattern) => {
    expect(excludedBy(patterns, file)?.pattern ?? null).toBe(pattern);
  });
});

describe('a long-lived Linter (an editor keeps one)', () => {
  afterEach(() => jest.useRealTimers());

  it('sees a .dockerignore created, and one removed, once the directory is checked again', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const dir = path.join(root, 'later');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'Dockerfile');
    const linter = new Linter({ rules: [rule] });
    const code = 'FROM scratch\nCOPY tmp/a /a\n';
    const reported = () => linter.lint(code, file).diagnostics.filter((d) => d.ruleId === rule.id).length;
    expect(reported()).toBe(0);
    fs.writeFileSync(path.join(dir, '.dockerignore'), 'tmp\n');
    jest.advanceTimersByTime(RECHECK_MS);
    expect(reported()).toBe(1);
    fs.rmSync(path.join(dir, '.dockerignore'));
    jest.advanceTimersByTime(RECHECK_MS);
    expect(reported()).toBe(0);
    // A Dockerfile-specific ignore file appears too.
    fs.writeFileSync(`${file}.dockerignore`, 'tmp\n');
    jest.advanceTimersByTime(RECHECK_MS);
    expect(reported()).toBe(1);
  });
});

describe('DirectoryCache', () => {
  it('answers the first question about a directory without listing it, lists it at the second, and again when it changed', () => {
    const dir = fs.mkdtempSync(path.join(root, 'cache-'));
    let now = 0;
    const cache = new DirectoryCache(() => now);
    const listings = jest.spyOn(nodeFs, 'readdirSync');
    try {
      const listed = () => listings.mock.calls.filter(([p]) => p === dir).length;
      // One Dockerfile of a directory: probe its ignore file rather than list the directory.
      expect(cache.mayHoldIgnoreFiles(dir)).toBe(true);
      expect(listed()).toBe(0);
      // A second one: the listing answers, and keeps answering.
      expect(cache.mayHoldIgnoreFiles(dir)).toBe(false);
      expect(cache.mayHoldIgnoreFiles(dir)).toBe(false);
      expect(listed()).toBe(1);
      const first = cache.facts(dir);
      fs.writeFileSync(path.join(dir, 'Dockerfile.dockerignore'), 'x\n');
      // Within the window the facts are kept, as they were.
      now = RECHECK_MS - 1;
      expect(cache.facts(dir)).toBe(first);
      expect(cache.mayHoldIgnoreFiles(dir)).toBe(false);
      // After it, the changed directory's facts begin anew: probed first, then listed again.
      now = 2 * RECHECK_MS;
      expect(cache.mayHoldIgnoreFiles(dir)).toBe(true);
      const second = cache.facts(dir);
      expect(second).not.toBe(first);
      expect(cache.mayHoldIgnoreFiles(dir)).toBe(true);
      expect(listed()).toBe(2);
      // An unchanged directory keeps its facts after a recheck.
      now = 4 * RECHECK_MS;
      expect(cache.facts(dir)).toBe(second);
      expect(cache.mayHoldIgnoreFiles(dir)).toBe(true);
      expect(listed()).toBe(2);
    } finally {
      listings.mockRestore();
    }
  });
});
