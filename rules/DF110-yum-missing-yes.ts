import { YUM, fileRunsAny, runCommands } from '../src/analysis/packages';
import { rpmAddYesFix, rpmCallsMissingYes } from '../src/analysis/rpm';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF110',
  name: 'yum-missing-yes',
  aliases: ['DL3030'],
  severity: 'warning',
  fix: 'safe',
  summary: '`yum install` without `-y`',
  docs: {
    why:
      'A build cannot answer yum\'s "Is this ok [y/N]" prompt: without `-y` the command reads end of ' +
      'input as "no" and the RUN fails.',
    invalid: ['FROM centos:7\nRUN yum install httpd-2.4.6\n'],
    valid: [
      'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n',
      'FROM centos:7\nRUN yum --assumeyes groupinstall "Development Tools"\n',
      'FROM centos:7\nRUN echo assumeyes=1 >> /etc/yum.conf\nRUN yum install httpd-2.4.6 && yum clean all\n',
    ],
    notes:
      'Checked for every subcommand that asks for confirmation (`install`, `groupinstall`, `localinstall`, ' +
      '`update`, `upgrade`, `remove`, `group install`, `module enable`, …). Accepted: `-y`/`--assumeyes` ' +
      'anywhere on the command line, `--setopt=assumeyes=1`, input piped from `yes`, and an earlier RUN of the ' +
      'image that sets `assumeyes` in the configuration. Options hidden in a variable the Dockerfile does not ' +
      'set are not guessed at. The fix adds `-y` after the subcommand (after the action for `group` and `module`).',
  },
  messages: {
    missingYes: (p: { sub: string }) => `Use \`yum ${p.sub} -y\` so the build does not stop at a prompt`,
  },
  create(ctx) {
    // No handlers for a file that never runs yum: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [YUM])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of rpmCallsMissingYes(ctx.model, run, YUM)) {
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
