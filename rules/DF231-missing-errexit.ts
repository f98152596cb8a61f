import { commandName } from '../src/analysis/command-flags';
import type { Range, RunInstruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import type { ShellCommand } from '../src/shell/types';

/** Builtins whose failure nobody checks (and that rarely fail): no reason to report them. */
const NOT_WORTH_CHECKING = new Set(['set', 'export', 'unset', 'echo', 'printf', 'true', ':', 'local', 'declare', 'typeset', 'readonly', 'trap', 'umask', 'shopt', 'alias', 'hash', 'sleep']);

/** Tests: `[ -f x ] && exit 0;` fails when the condition is false, which is no error. */
const TESTS = new Set(['[', 'test']);

/** A statement after which the failure of the one before is ignored on purpose: `cmd; exit 0`, `cmd; true`. */
const ACCEPTS_FAILURE = new Set(['exit', 'true', ':']);

/** `set -e`, `set -eux`, `set -euo pipefail`, `set -o errexit`. */
export function setsErrexit(cmd: ShellCommand): boolean {
  if (commandName(cmd) !== 'set') return false;
  const all = cmd.args.map((a) => a.value);
  // After `--` come positional parameters (`set -- -e` sets $1).
  const args = all.includes('--') ? all.slice(0, all.indexOf('--')) : all;
  return args.some((a, i) => /^-[A-Za-z]*e[A-Za-z]*$/.test(a) || (/^-[A-Za-z]*o$/.test(a) && args[i + 1] === 'errexit'));
}

/** One top-level and-or list of a script (`a && b`, `x | y`, `if …; fi`). */
interface Statement {
  /** Its commands, those in `$( … )` left out. */
  commands: ShellCommand[];
  /** What joined it to the statement before: `;`, a new line, `&` (that one ran in the background). */
  connector: ShellCommand['context']['connector'];
}

function statementsOf(commands: readonly ShellCommand[]): Statement[] {
  const statements: Statement[] = [];
  let index = -1;
  for (const cmd of commands) {
    if (cmd.context.inSubstitution) continue;
    if (cmd.context.statement !== index) {
      index = cmd.context.statement;
      statements.push({ commands: [], connector: cmd.context.connector });
    }
    statements[statements.length - 1].commands.push(cmd);
  }
  return statements;
}

/**
 * Whether a failure in this statement would go unseen and matters: a plain list of commands (no
 * compound command, subshell or function, whose status is another story), with no `||` handling
 * its failure, running something that can fail.
 */
function mayFailUnseen(statement: Statement): boolean {
  const first = commandName(statement.commands[0]);
  return (
    (first === null || !TESTS.has(first)) &&
    statement.commands.every((c) => c.context.subshellDepth === 0 && !c.context.inCompound && !c.context.inFunction) &&
    !statement.commands.some((c) => c.context.connector === '||') &&
    statement.commands.some(isWorthChecking)
  );
}

function isWorthChecking(cmd: ShellCommand): boolean {
  const name = commandName(cmd);
  return name !== null && !NOT_WORTH_CHECKING.has(name);
}

/** Whether a statement makes the failure of the one before moot: it reads `$?`, or it is `exit 0`, `true`. */
function handlesFailureBefore(statement: Statement): boolean {
  const first = commandName(statement.commands[0]);
  if (first !== null && ACCEPTS_FAILURE.has(first) && (first !== 'exit' || statement.commands[0].args[0]?.value === '0')) return true;
  return statement.commands.some((c) => [c.name, ...c.args, ...c.assignments.map((a) => a.value)].some((w) => w?.raw.includes('$?')));
}

export default defineRule({
  id: 'DF231',
  name: 'missing-errexit',
  aliases: [],
  severity: 'warning',
  fix: 'none',
  summary: 'RUN runs commands one after another (`;` or new lines) without `set -e`, so only the last one can fail the build',
  docs: {
    why:
      'A RUN fails the build when its script exits with an error, and a shell script exits with the status ' +
      'of its last command. In `RUN apt-get update; apt-get install -y curl; rm -rf /var/lib/apt/lists/*` ' +
      'a failed install is followed by a successful `rm`, so the build goes on and ships an image without ' +
      'curl. The same holds for the lines of a `RUN <<EOF` script. Join the commands with `&&`, or make ' +
      'the shell stop at the first failure with `set -e` (or a SHELL or shebang with `-e`).',
    invalid: [
      'FROM debian:12\nRUN apt-get update; apt-get install -y curl; rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n',
    ],
    valid: [
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:12\nRUN set -eux; apt-get update; apt-get install -y curl; rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF\n',
      'FROM debian:12\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN apt-get update; apt-get install -y curl\n',
      'FROM debian:12\nRUN make test || echo "tests failed"; make install\n',
    ],
    notes:
      'Reported once per RUN, at the first command whose failure would go unseen. Not reported: a command ' +
      'whose failure is handled (`cmd || …`), one run in the background (`cmd &`), one followed by `exit 0` or ' +
      '`true`, or by a statement that reads its status (`$?`), a test (`[ -f x ] && exit 0;`), builtins such as ' +
      '`echo`, `export` or `set`, `sleep`, compound commands (`if`, loops, ' +
      '`( … )`) and anything after `set -e`. A SHELL, exec-form shell or heredoc shebang started with `-e` ' +
      'counts as `set -e`. PowerShell and cmd scripts are not checked, nor scripts with a syntax error ' +
      '(shell-syntax-error reports those). CMD and ENTRYPOINT are not build steps and are not checked.',
  },
  messages: {
    unseen: (p: { command: string; separator: string }) =>
      `A failure of "${p.command}" would not fail the build: it is followed by ${p.separator}, and a RUN fails only when its last command does; start with "set -e" or join the commands with &&`,
  },
  create(ctx) {
    return {
      Run(node: RunInstruction) {
        const analysis = ctx.model.shell(node);
        if (analysis?.kind !== 'parsed' || analysis.script.errors.length > 0 || analysis.shellOptions?.includes('errexit')) return;
        // An exec-form RUN's first command is the array itself; its `sh -c` script follows.
        const commands = analysis.origin === 'exec-form' ? analysis.script.commands.slice(1) : analysis.script.commands;
        // Most RUNs are one statement (`a && b && c`): nothing can fail unseen.
        if (commands.length < 2 || commands[commands.length - 1].context.statement === commands[0].context.statement) return;
        const statements = statementsOf(commands);
        for (let i = 0; i + 1 < statements.length; i++) {
          const statement = statements[i];
          if (statement.commands.some((c) => c.context.subshellDepth === 0 && !c.context.inCompound && setsErrexit(c))) return;
          const next = statements[i + 1];
          if (next.connector === '&' || !mayFailUnseen(statement) || handlesFailureBefore(next)) continue;
          const first = statement.commands[0];
          const last = statement.commands[statement.commands.length - 1];
          const range: Range = { start: first.range.start, end: last.range.end };
          const command = commandName(statement.commands.find(isWorthChecking)!)!;
          ctx.report({ range, messageId: 'unseen', data: { command, separator: next.connector === ';' ? '";"' : 'a new line' } });
          return;
        }
      },
    };
  },
});
