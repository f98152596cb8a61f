import type { CliIO } from '../cli/io';
import type { LintOptions } from '../cli/lint-options';
import { ruleRegistry } from '../cli/rule-catalog';
import { VERSION } from '../cli/version';
import { frameMessage, MessageReader } from './framing';
import { LanguageServer } from './server';
import { sessionLinter } from './session-linter';

/**
 * Serves the protocol on standard input and output until the client says `exit` (or closes
 * standard input). Resolves to the exit code: 0 after an orderly shutdown, else 1.
 */
export function serveStdio(options: LintOptions, io: CliIO): Promise<number> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (code: number) => {
      if (done) return;
      done = true;
      process.stdin.pause();
      resolve(code);
    };
    const send = (message: object) => {
      if (!done) io.stdout(frameMessage(message));
    };
    const server: LanguageServer = new LanguageServer({
      send,
      version: VERSION,
      registry: ruleRegistry(),
      linter: sessionLinter(options, io, () => server.workspaceRoot ?? io.cwd, (line) => server.log(2, line)),
      onExit: finish,
    });
    const reader = new MessageReader(
      (message) => server.handle(message),
      ({ problem }) => server.log(1, `dflint: ${problem}`),
    );
    process.stdin.on('data', (chunk: Buffer) => reader.push(chunk));
    process.stdin.on('end', () => finish(server.hasShutDown ? 0 : 1));
    process.stdin.on('error', () => finish(1));
  });
}
