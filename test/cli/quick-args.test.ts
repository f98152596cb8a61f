import type { Argv } from 'yargs';
import { declareLintOptions, type LintOptions } from '../../src/cli/lint-options';
import { quickLintArgs, runLintArgs } from '../../src/cli/quick-args';
import { runCli } from '../../src/cli/run';
import { fakeIO, tempTree } from './helpers';
import { seededRandom } from '../helpers/random';

// Both ways of reading a lint command line end in runLint: it is replaced here by one that keeps
// the options it is given, so the two ways can be compared on many command lines.
let received: LintOptions | null = null;
jest.mock('../../src/cli/lint-run', () => ({
  runLint: async (options: LintOptions) => {
    received = options;
    return 0;
  },
}));

const tree = tempTree({ Dockerfile: 'FROM alpine:3.20\n', 'web/Dockerfile': 'FROM alpine:3.20\n' });
afterAll(tree.cleanup);

/** The options a run is given, or the message it stops with. */
async function outcome(run: () => Promise<number>): Promise<{ options: LintOptions | null; error?: string }> {
  received = null;
  try {
    await run();
    return { options: received };
  } catch (err) {
    return { options: received, error: (err as Error).message };
  }
}

const viaYargs = (argv: string[]) => outcome(() => runCli(argv, fakeIO(tree.dir)));
const viaQuick = (argv: string[]) => outcome(() => runLintArgs(quickLintArgs(argv)!, fakeIO(tree.dir)));

/** Words command lines are made of: options in every spelling, values good and bad, paths. */
const WORDS = [
  ['Dockerfile'], ['web'], ['-'], ['0010'], ['rules'], ['true'], ['false'], ['--'], [''],
  ['-f', 'json'], ['--format', 'sarif'], ['--format=text'], ['--format', 'xml'], ['-f=json'], ['--format'],
  ['-o', 'out.json'], ['--output=report.sarif'], ['--output', '-'],
  ['-c', 'cfg.json'], ['--config', 'x.yaml'],
  ['--rule', 'DF001=off'], ['--rule=latest-tag=error'], ['--rule', 'DF001'], ['--rule', 'DL3007=warning'],
  ['--ignore', 'DF010'], ['--ignore=DF011,DF012'],
  ['--failure-threshold', 'error'], ['--failure-threshold=none'], ['--failure-threshold', 'fatal'],
  ['--max-warnings', '3'], ['--max-warnings=0'], ['--max-warnings', '2.5'], ['--max-warnings', '-1'], ['--max-warnings', 'x'],
  ['--shellcheck', 'off'], ['--shellcheck=on'], ['--shellcheck', 'maybe'],
  ['--build-arg', 'A=1'], ['--build-arg=B=2'], ['--context', 'web'], ['--context', 'nowhere'], ['--stdin-filename', 'web/Dockerfile'],
  ['--trusted-registry', 'docker.io'], ['--trusted-registry=ghcr.io,quay.io'], ['--require-label', 'maintainer:text'], ['--require-label', 'x'], ['--require-label=a:colour'],
  ['--strict-labels'], ['--disable-ignore-pragma'], ['--no-strict-labels'], ['--print-config'],
  ['--cache'], ['--no-cache'], ['--cache-location', 'web'], ['--cache-location=.lint-cache'], ['--no-error-on-unmatched-pattern'], ['--error-on-unmatched-pattern'],
  ['-q'], ['--quiet'], ['--fix'], ['--fix-unsafe'], ['--fix-dry-run'], ['--report-unused-ignores'], ['--code-frame'],
  ['--color'], ['--no-color'], ['--no-fix'], ['--no-code-frame'], ['--fix=true'], ['-qf', 'json'], ['--failureThreshold', 'error'], ['--bogus'], ['--help'], ['-v'],
];

/** A fixed pseudo-random sequence, so a failure names the same command lines every time. */
function* commandLines(count: number): Generator<string[]> {
  const next = seededRandom(7);
  for (let i = 0; i < count; i++) {
    const argv: string[] = [];
    for (let w = next(6); w > 0; w--) argv.push(...WORDS[next(WORDS.length)]);
    yield argv;
  }
}

describe('quickLintArgs', () => {
  it('is tried here on every option the lint command declares', () => {
    const declared: string[] = [];
    const recorder = {
      positional: () => recorder,
      option: (name: string) => (declared.push(`--${name}`), recorder),
    };
    declareLintOptions(recorder as unknown as Argv);
    const words = new Set(WORDS.flat().map((word) => word.split('=')[0]));
    expect(declared.length).toBeGreaterThan(10);
    expect(declared.filter((name) => !words.has(name))).toEqual([]);
  });

  it('reads every command line it takes to the options yargs gives, or the error the lint command gives', async () => {
    let compared = 0;
    for (const argv of commandLines(2500)) {
      if (!quickLintArgs(argv)) continue;
      expect([argv, await viaQuick(argv)]).toEqual([argv, await viaYargs(argv)]);
      compared++;
    }
    expect(compared).toBeGreaterThan(400);
  });

  it.each([
    [[]],
    [['Dockerfile']],
    [['-f', 'json', '-o', 'out.json', 'Dockerfile', 'web']],
    [['--rule', 'DF001=off', '--rule=DF002=error', '--ignore', 'DF010', 'Dockerfile']],
    [['--format', 'json', '--format', 'sarif', 'Dockerfile']],
    [['-q', '--no-color', '--max-warnings', '0', 'Dockerfile']],
    [['--stdin-filename', 'web/Dockerfile', '-']],
    [['--no-fix', '--no-quiet', 'Dockerfile']],
  ])('takes %j', (argv) => {
    expect(quickLintArgs(argv)).not.toBeNull();
  });

  it.each([
    [['rules']],
    [['-q', 'explain', 'DF001']],
    // yargs may run `rules` here (after `--code-frame`, its first pass takes `Dockerfile` as a value).
    [['--code-frame', 'Dockerfile', 'rules']],
    [['Dockerfile', 'rules']],
    [['--help']],
    [['-v']],
    [['--', 'Dockerfile']],
    [['--quiet', 'true', 'Dockerfile']],
    [['--quiet', '--quiet']],
    [['--color', '--no-color']],
    [['--fix=true']],
    [['-qf', 'json']],
    [['-f=json']],
    [['--failureThreshold', 'error']],
    [['--format', 'xml']],
    [['--max-warnings', '2.5']],
    [['--output', '-']],
    [['--output']],
    [['']],
  ])('leaves %j to yargs', (argv) => {
    expect(quickLintArgs(argv)).toBeNull();
  });
});
