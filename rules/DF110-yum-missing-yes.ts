import { YUM, runCommands, toolCalls } from '../src/analysis/packages';
import { rpmAnswersYes, rpmPrompts } from '../src/analysis/rpm';
import { insertArgAfter } from '../src/analysis/run-edits';
import { earlierRunMentions } from '../src/analysis/run-facts';
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
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of toolCalls(run, YUM)) {
          if (!rpmPrompts(call) || rpmAnswersYes(call) || call.opaque.length > 0 || call.inv.fedByYes) continue;
          if (earlierRunMentions(ctx.model, node, /assumeyes\s*=\s*(?:1|true|yes)/i, call.inv.command.range.start.offset)) continue;
          const sub = call.subcommand!;
          // `group install`, `module enable`: the option reads best after the action.
          const at = ['group', 'groups', 'module'].includes(sub.text) && call.operands[0] ? call.operands[0] : sub;
          ctx.report({
            range: call.inv.program.range,
            messageId: 'missingYes',
            data: { sub: sub.text },
            fix: at.expanded ? undefined : { title: 'Add `-y`', kind: 'safe', edits: [insertArgAfter(node, at.word, '-y')] },
          });
        }
      },
    };
  },
});
