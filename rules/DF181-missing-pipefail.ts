import { onBusyBoxImage } from '../src/analysis/busybox-base';
import { commandName } from '../src/analysis/command-flags';
import { isNonPosixShell, parsedScript, runsInFile, shellBasename } from '../src/analysis/run-script';
import { defineRule } from '../src/engine/define-rule';
import type { Range, RunInstruction } from '../src/ast/nodes';
import type { ShellCommand, ShellPipeline } from '../src/shell/types';

/** Shells that understand `-o pipefail`. Plain `sh` (dash, BusyBox without ash) may not. */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash', 'ksh', 'mksh', 'busybox']);

/** `-o pipefail`, `-eo pipefail`, `-euxo pipefail` in a list of shell arguments. */
export function setsPipefail(args: readonly string[]): boolean {
  for (let i = 0; i + 1 < args.length; i++) {
    if (/^-[A-Za-z]*o$/.test(args[i]) && args[i + 1] === 'pipefail') return true;
  }
  return false;
}

/**
 * Producers pipefail has nothing to say about: `echo` and `printf` only print their arguments, and
 * `yes` never ends by itself (it dies of SIGPIPE, so under pipefail `yes | cmd` would fail the build).
 */
const CANNOT_FAIL = new Set(['echo', 'printf', 'yes']);

/** `echo "$v" | cut -d. -f1`: only the last command can fail usefully, so pipefail adds nothing. */
function onlyLastCanFail(p: ShellPipeline): boolean {
  return p.commands.slice(0, -1).every((c) => {
    const name = commandName(c);
    return name !== null && CANNOT_FAIL.has(name) && !c.args.some((a) => a.value.includes('$('));
  });
}

function isSetPipefail(cmd: ShellCommand): boolean {
  return commandName(cmd) === 'set' && setsPipefail(cmd.args.map((a) => a.value));
}

export default defineRule({
  id: 'DF181',
  name: 'missing-pipefail',
  aliases: ['DL4006'],
  severity: 'warning',
  fix: 'none',
  summary: 'RUN with a pipe, without `-o pipefail`',
  docs: {
    why:
      'A pipeline succeeds when its last command succeeds. In `RUN wget -O- $URL | tar xz` a failed ' +
      'download still lets the build go on, with a broken or empty result. With `pipefail` the RUN ' +
      'fails when any command of the pipe fails.',
    invalid: ['FROM debian:12\nRUN wget -qO- https://example.com/app.tgz | tar xz -C /opt\n'],
    valid: [
      'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://example.com/app.tgz | tar xz -C /opt\n',
      'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN wget -qO- https://example.com/app.tgz | tar xz -C /opt\n',
      'FROM debian:12\nRUN set -euo pipefail; wget -qO- https://example.com/app.tgz | tar xz -C /opt\n',
      'FROM debian:12\nRUN MAJOR=$(echo "$VERSION" | cut -d. -f1) && echo "$MAJOR"\n',
      'FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04\nSHELL ["pwsh", "-Command"]\nRUN Get-ChildItem | Select-Object Name\n',
    ],
    notes:
      'Accepted: a `SHELL` of bash, zsh, ash, ksh or mksh with `-o pipefail` (also `-eo pipefail`), in ' +
      'the stage or a stage it is built `FROM`; `set -o pipefail` earlier in the same RUN; an exec-form ' +
      'RUN whose shell gets `-o pipefail`. PowerShell and cmd are not POSIX shells and are skipped. ' +
      'Reported at the first `|` not covered. `SHELL ["/bin/sh", "-o", "pipefail", "-c"]` does not count, ' +
      'as in hadolint: not every `sh` supports it. Unlike hadolint, a pipe fed only by `echo` or `printf` ' +
      '(`echo "$V" | cut -d. -f1`) is not reported: only its last command can fail, so pipefail changes nothing; ' +
      'nor is `yes | cmd`, which pipefail would turn into a failure (`yes` is stopped by SIGPIPE). In a stage built ' +
      'on an Alpine or BusyBox image, which has no bash, the message suggests `/bin/ash`.',
  },
  messages: {
    pipefail: (p: { shell: string }) =>
      `Pipe without pipefail: a failure before the last command is ignored. Use SHELL ["${p.shell}", "-o", "pipefail", "-c"] or set -o pipefail`,
  },
  create(ctx) {
    // No handlers for a file without a pipe of two commands or more: nothing can fail unseen.
    if (!runsInFile(ctx.model).some((run) => parsedScript(ctx.model, run)?.pipelines.some((p) => p.commands.length >= 2))) return {};
    function shellHasPipefail(shell: readonly string[]): boolean {
      return shell.length > 0 && PIPEFAIL_SHELLS.has(shellBasename(shell[0])) && setsPipefail(shell.slice(1));
    }
    /** The `|` between the first two commands of the pipeline, or the pipeline itself. */
    function pipeRange(p: ShellPipeline): Range {
      const [a, b] = p.commands;
      const between = ctx.text.slice(a.range.end.offset, b.range.start.offset);
      const i = between.indexOf('|');
      if (i < 0) return p.range;
      const start = a.range.end.offset + i;
      return ctx.source.rangeOf(start, start + (between[i + 1] === '&' ? 2 : 1));
    }
    return {
      Run(node: RunInstruction) {
        const script = parsedScript(ctx.model, node);
        if (!script || script.pipelines.length === 0) return;
        const shell =
          node.command?.type === 'ExecForm' ? node.command.args.map((a) => a.value) : ctx.model.effectiveShell(node);
        if (isNonPosixShell(shell) || shellHasPipefail(shell)) return;
        const setAt = script.commands.find(isSetPipefail)?.range.start.offset ?? Infinity;
        const unprotected = script.pipelines.find(
          (p) => p.range.start.offset < setAt && p.commands.length >= 2 && !onlyLastCanFail(p),
        );
        if (!unprotected) return;
        // Alpine and BusyBox images have no bash; their ash knows pipefail.
        const suggested = onBusyBoxImage(ctx.model, node) ? '/bin/ash' : '/bin/bash';
        ctx.report({ range: pipeRange(unprotected), messageId: 'pipefail', data: { shell: suggested } });
      },
    };
  },
});
