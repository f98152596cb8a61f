import type { RunInstruction } from '../src/ast/nodes';
import { APK, APT, APT_GET, DNF, fileRunsAny, MICRODNF, runCommands, subcommandCalls, YUM, ZYPPER, type Tool } from '../src/analysis/packages';
import { defineRule } from '../src/engine/define-rule';

/** System package managers and the subcommands that change the system (and need root). */
const INSTALLERS: readonly (readonly [Tool, readonly string[]])[] = [
  [APT_GET, ['install', 'update', 'upgrade', 'dist-upgrade', 'remove', 'purge', 'autoremove']],
  [APT, ['install', 'update', 'upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove']],
  [APK, ['add', 'update', 'upgrade', 'del']],
  [YUM, ['install', 'update', 'upgrade', 'remove', 'erase', 'groupinstall', 'reinstall', 'makecache']],
  [DNF, ['install', 'update', 'upgrade', 'remove', 'erase', 'groupinstall', 'reinstall', 'makecache']],
  [MICRODNF, ['install', 'update', 'upgrade', 'remove', 'reinstall', 'makecache']],
  [ZYPPER, ['install', 'in', 'update', 'up', 'refresh', 'ref', 'remove', 'rm', 'dist-upgrade', 'dup', 'patch']],
];

/** Programs that run the command after them as root. */
const ELEVATORS = new Set(['sudo', 'doas']);

export default defineRule({
  id: 'DF226',
  name: 'install-as-non-root',
  aliases: [],
  severity: 'warning',
  fix: 'none',
  summary: 'A system package manager runs after USER switched to an unprivileged user',
  docs: {
    why:
      '`apt-get`, `apk`, `dnf`, `yum` and `zypper` must run as root to change the system. After `USER app` the ' +
      'following `RUN` steps run as that user, so an install fails the build (permission denied on the package ' +
      'database). Install first, then switch users, or switch to `USER root` for the install and back after.',
    invalid: ['FROM alpine:3.20\nRUN adduser -D app\nUSER app\nRUN apk add --no-cache curl\n'],
    valid: [
      'FROM alpine:3.20\nRUN apk add --no-cache curl && adduser -D app\nUSER app\n',
      'FROM alpine:3.20\nUSER app\nUSER root\nRUN apk add --no-cache curl\nUSER app\n',
      'FROM debian:12\nUSER app\nRUN sudo apt-get update\n',
    ],
    notes:
      'Only USER instructions of the Dockerfile count (in the stage, or a stage it is built FROM): a base image ' +
      'that runs as another user is not known. `root`, `0` and their `:group` forms are root; a USER whose value is ' +
      'not known is skipped, and so is an install run through `sudo` or `doas`.',
  },
  messages: {
    nonRoot: (p: { tool: string; user: string; line: number }) =>
      `${p.tool} runs as USER ${p.user} (line ${p.line}), which cannot install system packages; run it before switching users, or as USER root`,
  },
  create(ctx) {
    if (!fileRunsAny(ctx.model, INSTALLERS.map(([tool]) => tool))) return {};
    return {
      Run(node: RunInstruction) {
        // The last USER before it in its stage, else in the stages it builds on.
        const user = ctx.model.lastBefore(node, 'User');
        if (!user?.user) return;
        const value = ctx.model.knownValue(user, user.user.value);
        if (value === null) return;
        const name = value.split(':')[0];
        if (name === 'root' || name === '0' || name === '') return;
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const [tool, subcommands] of INSTALLERS) {
          for (const call of subcommandCalls(run, tool, subcommands)) {
            if (ELEVATORS.has(call.inv.command.name?.value ?? '')) continue;
            ctx.report({ range: call.inv.program.range, messageId: 'nonRoot', data: { tool: `${call.inv.name} ${call.subcommand!.text}`, user: value, line: user.range.start.line } });
          }
        }
      },
    };
  },
});
