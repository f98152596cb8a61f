import type { Argv } from 'yargs';
import { defineCommand } from './command';
import { CliError, ExitCode } from './errors';
import { parseBuildArgs } from './build-args';
import { readInput } from './read-input';

interface InspectArgs {
  file: string;
  target?: string;
  /** `--build-arg` (yargs strips the dash). */
  buildArg?: string[];
  format: 'text' | 'json';
}

/** `dflint inspect FILE`: the image config a build would produce (Env, Cmd, Entrypoint, …), without building. */
export default defineCommand<InspectArgs>({
  command: 'inspect <file>',
  describe: 'Show the image config (Env, Cmd, Entrypoint, WorkingDir, …) a build of the Dockerfile would produce',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'A Dockerfile, or - for standard input' })
      .option('target', { type: 'string', describe: 'The stage to inspect (default: the last one)' })
      .option('build-arg', { type: 'string', array: true, describe: 'A build argument, NAME=VALUE (repeatable)' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' }) as unknown as Argv<InspectArgs>,
  async run(args, io) {
    const { inspectDockerfile, formatInspect, InspectError } = await import('../inspect');
    // yargs hands a lone `-` to a string positional as an empty string.
    const file = args.file === '' ? '-' : args.file;
    const text = readInput(file, io);
    try {
      const result = inspectDockerfile(text, {
        file: file === '-' ? '<stdin>' : file,
        target: args.target ?? null,
        buildArgs: parseBuildArgs(args.buildArg ?? [], io.env),
      });
      io.stdout(formatInspect(result, args.format));
      return ExitCode.Ok;
    } catch (err) {
      if (err instanceof InspectError) throw new CliError(err.message, args.target ? '--target' : file);
      throw err;
    }
  },
});
