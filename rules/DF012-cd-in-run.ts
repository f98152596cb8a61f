import { programsInFile } from '../src/analysis/run-script';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF012',
  name: 'cd-in-run',
  aliases: ['DL3003'],
  severity: 'warning',
  fix: 'none',
  summary: '`cd` in RUN; WORKDIR exists for this',
  docs: {
    why:
      'A `cd` in `RUN` lasts only until the end of that `RUN`, so the next instruction silently runs in ' +
      'the old directory again, and readers must track the directory through the shell text. `WORKDIR` ' +
      'sets it for all following instructions, creates it if needed, and is visible at a glance.',
    invalid: ['FROM node:22-alpine\nCOPY . /app\nRUN cd /app && npm ci\n'],
    valid: [
      'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n',
      'FROM alpine:3.20\nRUN (cd /tmp && wget -q https://example.com/x.tar.gz) && tar -xzf /tmp/x.tar.gz -C /opt\n',
      'FROM alpine:3.20\nRUN for d in a b; do cd /src/$d && make; done\n',
    ],
    notes:
      'Only a `cd` at the top level of the script is reported, on the `cd` word. A `cd` inside a subshell ' +
      '`( cd x && make )`, a command substitution, a loop, a conditional or a function is scoped on ' +
      'purpose and cannot be replaced by `WORKDIR`. RUN commands that are not parsed as POSIX shell ' +
      '(exec form, a PowerShell `SHELL`) are skipped.',
  },
  messages: {
    cd: () => 'cd in RUN only lasts for this RUN; use WORKDIR to set the directory for following instructions',
  },
  create(ctx) {
    // No handlers for a file that never runs cd: its RUNs are not visited for this rule.
    if (!programsInFile(ctx.model).has('cd')) return {};
    return {
      Run(node) {
        const analysis = ctx.model.shell(node);
        if (analysis?.kind !== 'parsed') return;
        for (const command of analysis.script.commands) {
          const c = command.context;
          if (command.name?.value !== 'cd' || c.subshellDepth > 0 || c.inSubstitution || c.inCompound || c.inFunction) continue;
          ctx.report({ range: command.name.range, messageId: 'cd' });
        }
      },
    };
  },
});
