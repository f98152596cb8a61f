import { positionalArgs } from '../src/analysis/command-flags';
import { parsedInvocations, programsInFile } from '../src/analysis/run-script';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF180',
  name: 'shell-symlink',
  aliases: ['DL4005'],
  severity: 'warning',
  fix: 'none',
  summary: 'RUN replaces /bin/sh with ln instead of using SHELL',
  docs: {
    why:
      'Re-pointing `/bin/sh` at another shell changes the shell for every program in the image, ' +
      'including package scripts that expect a POSIX `sh`. To run the Dockerfile\'s own commands with ' +
      'bash, use the `SHELL` instruction.',
    invalid: ['FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n'],
    valid: ['FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n', 'FROM debian:12\nRUN ln -s /bin/sh /usr/local/bin/posix-sh\n'],
    notes: 'Reported when `/bin/sh` is the link being created (the last operand of `ln`), not when it is only the target.',
  },
  messages: {
    useShell: () => 'Do not replace /bin/sh with ln; use the SHELL instruction to change the shell',
  },
  create(ctx) {
    // No handlers for a file that never runs ln: its RUNs are not visited for this rule.
    if (!programsInFile(ctx.model).has('ln')) return {};
    return {
      Run(node) {
        const found = parsedInvocations(ctx.model, node);
        if (!found) return;
        for (const cmd of found) {
          if (cmd.name !== 'ln') continue;
          const operands = positionalArgs(cmd);
          const link = operands.length >= 2 ? operands[operands.length - 1] : null;
          if (link && link.value.replace(/\/+$/, '') === '/bin/sh') ctx.report({ node: link, messageId: 'useShell' });
        }
      },
    };
  },
});
