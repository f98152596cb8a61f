import { commandName } from '../src/analysis/command-flags';
import { parsedScript, runsInFile } from '../src/analysis/run-script';
import { defineRule } from '../src/engine/define-rule';
import type { ShellCommand } from '../src/shell/types';

export default defineRule({
  id: 'DF153',
  name: 'sudo-in-run',
  aliases: ['DL3004'],
  severity: 'error',
  fix: 'none',
  tags: ['security'],
  summary: 'RUN uses sudo',
  docs: {
    why:
      '`sudo` needs a TTY and a sudoers setup, behaves differently across images, and keeps elevated ' +
      'privileges in the image. Use `USER root` for the steps that need it, and a tool like `gosu` or ' +
      '`su-exec` when an entrypoint must drop privileges.',
    invalid: ['FROM debian:12\nUSER app\nRUN sudo apt-get update\n'],
    valid: [
      'FROM debian:12\nUSER root\nRUN apt-get update\nUSER app\n',
      'FROM debian:12\nRUN apt-get install -y --no-install-recommends sudo\n',
      "FROM debian:12\nRUN cat <<'EOF' > /etc/sudoers.d/app\napp ALL=(ALL) NOPASSWD: ALL\nsudo -l\nEOF\n",
    ],
    notes: 'Only commands are reported: `sudo` as a package name or in text written by a heredoc is fine.',
  },
  messages: {
    sudo: () => 'Do not use sudo in a build; run the step as USER root instead',
  },
  create(ctx) {
    const isSudo = (cmd: ShellCommand) => cmd.name !== null && commandName(cmd) === 'sudo';
    // No handlers for a file that never runs sudo: its RUNs are not visited for this rule.
    if (!runsInFile(ctx.model).some((run) => parsedScript(ctx.model, run)?.commands.some(isSudo))) return {};
    return {
      Run(node) {
        const script = parsedScript(ctx.model, node);
        if (!script) return;
        for (const cmd of script.commands) {
          if (cmd.name && isSudo(cmd)) ctx.report({ node: cmd.name, messageId: 'sudo' });
        }
      },
    };
  },
});
