import { hasFlag } from '../src/analysis/command-flags';
import type { Invocation } from '../src/analysis/commands';
import { parsedInvocations, programsInFile } from '../src/analysis/run-script';
import { defineRule } from '../src/engine/define-rule';
import type { RunInstruction } from '../src/ast/nodes';

/** Interactive tools and system services that do nothing useful while an image is built. */
const POINTLESS_NAMES = ['free', 'ifconfig', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim'];
const POINTLESS = new Set(POINTLESS_NAMES);

function isSshMountRun(node: RunInstruction): boolean {
  return node.flags.some((f) => f.name === 'mount' && /(^|,)type=ssh(,|$)/.test(f.value ?? ''));
}

/** Exceptions where the command does real work in a build. */
function isLegitimateUse(cmd: Invocation, name: string, node: RunInstruction): boolean {
  // vim run headless to install plugins: `vim -c PlugInstall -c qa`, `vim +PlugInstall +qall`, `vim -es`.
  if (name === 'vim') return hasFlag(cmd, ['c', 'e', 's', 'E']) || cmd.args.some((a) => a.value.startsWith('+'));
  // BuildKit forwards the SSH agent into this RUN on purpose.
  if (name === 'ssh') return isSshMountRun(node);
  return false;
}

export default defineRule({
  id: 'DF151',
  name: 'pointless-command',
  aliases: ['DL3001'],
  severity: 'info',
  fix: 'none',
  summary: 'RUN uses a command that makes no sense while building an image (ssh, vim, service, ps, …)',
  docs: {
    why:
      'A build step has no terminal, no running services and no processes to inspect. `vim`, `top`, ' +
      '`ps`, `free`, `kill`, `service`, `shutdown`, `mount`, `ifconfig` or `ssh` in a RUN is either dead ' +
      'weight or a sign that the Dockerfile is being used like a virtual machine.',
    invalid: ['FROM debian:12\nRUN service nginx start\n', 'FROM debian:12\nRUN ps aux\n'],
    valid: [
      'FROM debian:12\nRUN apt-get install -y --no-install-recommends vim procps\n',
      'FROM debian:12\nRUN echo kill\n',
      'FROM alpine:3.20\nRUN --mount=type=ssh ssh -T git@github.com || true\n',
      'FROM debian:12\nRUN vim -es -c PlugInstall -c qa\n',
    ],
    notes:
      'Only the command word is checked (also behind wrappers: `sudo service …`, `xargs kill`), so `kill` ' +
      'as an argument or a package name is fine. Unlike ' +
      'hadolint, `vim` run headless (`-c`, `-e`, `-s`, `+cmd`) and `ssh` in a RUN that mounts the SSH ' +
      'agent (`--mount=type=ssh`) are not reported.',
  },
  messages: {
    pointless: (p: { name: string }) => `"${p.name}" makes no sense in a Docker build; remove it`,
  },
  create(ctx) {
    // No handlers for a file that never runs one of these commands: its RUNs are not visited for this rule.
    const programs = programsInFile(ctx.model);
    if (!POINTLESS_NAMES.some((name) => programs.has(name))) return {};
    return {
      Run(node) {
        const found = parsedInvocations(ctx.model, node);
        if (!found) return;
        for (const inv of found) {
          if (!POINTLESS.has(inv.name) || isLegitimateUse(inv, inv.name, node)) continue;
          ctx.report({ node: inv.program, messageId: 'pointless', data: { name: inv.name } });
        }
      },
    };
  },
});
