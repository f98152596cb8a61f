import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, splitTrailingPaths } from '../../src/cli/run';
import { CLEAN, LATEST, runOutcome, tempTree } from './helpers';

describe('splitTrailingPaths', () => {
  it.each([
    [[], [], []],
    // `json` may be the value of -f (it is): it stays with yargs.
    [['-f', 'json', 'a', 'b', 'c'], ['-f', 'json'], ['a', 'b', 'c']],
    [['-o', 'out.sarif', 'a'], ['-o', 'out.sarif'], ['a']],
    [['--quiet', 'a', 'b'], ['--quiet', 'a'], ['b']],
    [['a', '--quiet', 'b', 'c'], ['a', '--quiet', 'b'], ['c']],
    [['a', 'b', '-f', 'json'], ['a', 'b', '-f', 'json'], []],
    [['--', 'a', 'b'], ['--', 'a'], ['b']],
    // `-` (standard input) and an empty word stop the tail: yargs handles them.
    [['-q', 'a', '-', 'b', 'c'], ['-q', 'a', '-', 'b'], ['c']],
    [['-q', 'a', '', 'b', 'c'], ['-q', 'a', '', 'b'], ['c']],
    // A subcommand anywhere: yargs sees everything.
    [['-q', 'explain', 'DF001', 'x'], ['-q', 'explain', 'DF001', 'x'], []],
    [['-q', 'a', 'b', 'rules'], ['-q', 'a', 'b', 'rules'], []],
  ])('%j → yargs %j, then %j', (argv, head, tail) => {
    expect(splitTrailingPaths(argv)).toEqual({ head, tail });
  });
});

describe('paths after the options', () => {
  const tree = tempTree({
    Dockerfile: LATEST,
    'web/Dockerfile': CLEAN,
    'web/api.Dockerfile': 'FROM node:latest\nCMD node server.js\n',
    'b.Dockerfile': 'FROM alpine\nRUN cd /x\n',
    '0010': 'FROM alpine\n',
  });
  afterAll(() => tree.cleanup());

  const outcome = (argv: string[]) => runOutcome((io) => runCli(argv, io), tree.dir);

  // The same run with the options moved after the paths, where nothing is split off.
  it.each([
    [['-f', 'json'], ['Dockerfile', 'web', 'b.Dockerfile', '0010']],
    [['--format', 'json', '--quiet'], ['b.Dockerfile', 'Dockerfile']],
    [['-f', 'json', '--rule', 'DF001=off', '--ignore', 'latest-tag'], ['web/*.Dockerfile', 'Dockerfile', 'b.Dockerfile']],
    [['-f', 'json', '--'], ['Dockerfile', 'b.Dockerfile']],
    [['-f', 'json'], ['Dockerfile', 'missing', 'b.Dockerfile']],
    [['--failure-threshold', 'error'], ['Dockerfile', 'b.Dockerfile', 'web']],
  ])('%j then %j: the same as with the options last', async (options, paths) => {
    const first = await outcome([...options, ...paths]);
    const last = options.includes('--') ? await outcome([...options, ...paths]) : await outcome([...paths, ...options]);
    expect(first).toEqual(last);
    expect(first.out + ('thrown' in first ? first.thrown : '')).not.toBe('');
  });

  it('gives every path to the lint, in order, when the first is an option value', async () => {
    const run = await outcome(['-f', 'json', '-o', 'report.json', 'b.Dockerfile', 'Dockerfile', '0010']);
    expect(run).toMatchObject({ code: 1 });
    const report = JSON.parse(readFileSync(join(tree.dir, 'report.json'), 'utf8')) as { results: { file: string }[]; summary: { files: number } };
    expect(report.summary.files).toBe(3);
    expect([...new Set(report.results.map((r) => r.file))]).toEqual(['b.Dockerfile', 'Dockerfile', '0010']);
  });
});
