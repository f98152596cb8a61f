import { DNF, fileRunsAny, runCommands } from '../src/analysis/packages';
import { rpmAddYesFix, rpmCallsMissingYes } from '../src/analysis/rpm';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF117',
  name: 'dnf-missing-yes',
  aliases: ['DL3038'],
  severity: 'warning',
  fix: 'safe',
  summary: '`dnf install` without `-y`',
  docs: {
    why:
      'A build cannot answer dnf\'s "Is this ok [y/N]" prompt: without `-y` the command reads end of ' +
      'input as "no" and the RUN fails.',
    invalid: ['FROM fedora:40\nRUN dnf install httpd-2.4.62\n'],
    valid: [
      'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n',
      'FROM fedora:40\nRUN dnf --setopt=assumeyes=True module enable nodejs:20\n',
      'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install httpd-2.4.57 && microdnf clean all\n',
    ],
    notes:
      'Checked for every subcommand that asks for confirmation (`install`, `groupinstall`, `localinstall`, ' +
      '`update`, `upgrade`, `remove`, `group install`, `module enable`, …). Accepted: `-y`/`--assumeyes` ' +
      'anywhere on the command line, `--setopt=assumeyes=1`, input piped from `yes`, and an earlier RUN of the ' +
      'image that sets `assumeyes` in the configuration. Options hidden in a variable the Dockerfile does not ' +
      'set are not guessed at. `microdnf` is not checked, unlike in hadolint: it answers yes by default and never prompts. The fix adds `-y` after the subcommand (after the action for `group` and `module`).',
  },
  messages: {
    missingYes: (p: { sub: string }) => `Use \`dnf ${p.sub} -y\` so the build does not stop at a prompt`,
  },
  create(ctx) {
    // No handlers for a file that never runs dnf: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [DNF])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of rpmCallsMissingYes(ctx.model, run, DNF)) {
          ctx.report({
            range: call.inv.program.range,
            messageId: 'missingYes',
            data: { sub: call.subcommand!.text },
            fix: rpmAddYesFix(node, call),
          });
        }
      },
    };
  },
});
