import * as fs from 'node:fs';

/** Everything a command touches outside its arguments, so commands can run in-process in tests. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input as UTF-8. */
  readStdin(): string;
  stdoutIsTTY: boolean;
}

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: () => fs.readFileSync(0, 'utf8'),
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}
