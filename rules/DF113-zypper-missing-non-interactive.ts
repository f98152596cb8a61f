import { ZYPPER, fileRunsAny, runCommands, toolCalls, type ToolCall } from '../src/analysis/packages';
import { insertArgAfter } from '../src/analysis/run-edits';
import { defineRule } from '../src/engine/define-rule';

/** zypper subcommands that ask for confirmation. */
const PROMPTING = [
  'install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up', 'dist-upgrade', 'dup',
  'install-new-recommends', 'inr', 'verify', 've',
];

/** Global `-n`/`--non-interactive` (before the subcommand), or the subcommand's `-y`/`--no-confirm`. */
function nonInteractive(call: ToolCall): boolean {
  return (
    call.globalOptions.some((o) => o.name === 'n' || o.name === 'non-interactive') ||
    call.options.options.some((o) => o.name === 'y' || o.name === 'no-confirm')
  );
}

export default defineRule({
  id: 'DF113',
  name: 'zypper-missing-non-interactive',
  aliases: ['DL3034'],
  severity: 'warning',
  fix: 'safe',
  summary: '`zypper install` without a non-interactive switch',
  docs: {
    why:
      'zypper asks for confirmation before it changes anything. A build cannot answer, so the RUN fails ' +
      'unless zypper runs non-interactively: `zypper -n install …` or `zypper install -y …`.',
    invalid: ['FROM opensuse/leap:15.6\nRUN zypper install curl=8.0.1\n'],
    valid: [
      'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.0.1 && zypper clean -a\n',
      'FROM opensuse/leap:15.6\nRUN zypper --non-interactive in curl=8.0.1 && zypper clean -a\n',
      'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.0.1 && zypper clean -a\n',
    ],
    notes:
      'Accepted: the global `-n`/`--non-interactive` before the subcommand, and `-y`/`--no-confirm` after it ' +
      '(hadolint misses the global switch and reports `zypper -n install`). A `-n` after `install` means ' +
      '`--name` and does not count. Input piped from `yes` is accepted too. The fix adds the global `-n`.',
  },
  messages: {
    interactive: (p: { sub: string }) => `Use \`zypper -n ${p.sub}\` (or \`${p.sub} -y\`) so the build does not stop at a prompt`,
  },
  create(ctx) {
    // No handlers for a file that never runs zypper: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [ZYPPER])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of toolCalls(run, ZYPPER)) {
          if (!call.subcommand || !PROMPTING.includes(call.subcommand.text)) continue;
          if (nonInteractive(call) || call.opaque.length > 0 || call.inv.fedByYes) continue;
          ctx.report({
            range: call.inv.program.range,
            messageId: 'interactive',
            data: { sub: call.subcommand.text },
            fix: { title: 'Add `-n`', kind: 'safe', edits: [insertArgAfter(node, call.inv.program, '-n')] },
          });
        }
      },
    };
  },
});
