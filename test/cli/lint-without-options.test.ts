import * as commands from '../../src/cli/commands';
import { COMMAND_NAMES, quickLintArgs, runLintArgs } from '../../src/cli/quick-args';
import { runCli } from '../../src/cli/run';
import { CLEAN, LATEST, runOutcome, tempTree } from './helpers';

describe('COMMAND_NAMES', () => {
  it('knows every subcommand', () => {
    const names = Object.values(commands).map((command) => command.command.split(' ')[0]);
    expect([...COMMAND_NAMES].sort()).toEqual(names.sort());
  });
});

describe('a lint without options, read without yargs', () => {
  const tree = tempTree({
    Dockerfile: LATEST,
    'web/Dockerfile': CLEAN,
    'web/api.Dockerfile': 'FROM node:latest\nCMD node server.js\n',
    '0010': 'FROM alpine\n',
    broken: 'FROM alpine:3.20\nRUN ["sh", \n',
  });
  const empty = tempTree({});
  afterAll(() => {
    tree.cleanup();
    empty.cleanup();
  });

  it.each([
    ['no paths, with ./Dockerfile', [], tree],
    ['no paths, and no Dockerfile', [], empty],
    ['a file', ['Dockerfile'], tree],
    ['a directory', ['web'], tree],
    ['a glob', ['web/*.Dockerfile'], tree],
    ['a number-like name', ['0010'], tree],
    ['several, one with a parse error', ['broken', 'Dockerfile', 'web'], tree],
    ['a missing file', ['Dockerfile', 'nope'], tree],
  ])('gives the output, exit code and error of yargs with default options: %s', async (_what, argv, dir) => {
    const plain = await runOutcome((io) => runLintArgs(quickLintArgs(argv)!, io), dir.dir);
    const full = await runOutcome((io) => runCli(argv, io), dir.dir);
    expect(plain).toEqual(full);
    expect(plain.out + plain.err + ('thrown' in plain ? plain.thrown : '')).not.toBe('');
  });
});
