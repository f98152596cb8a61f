import type { Instruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF223',
  name: 'shell-syntax-error',
  aliases: [],
  severity: 'error',
  fix: 'none',
  summary: 'A RUN, CMD, ENTRYPOINT or HEALTHCHECK script the shell cannot parse',
  docs: {
    why:
      'Docker hands shell-form commands to `/bin/sh -c` (or the `SHELL` in effect) without reading them, so a ' +
      'script with an unterminated quote, an `if` without `fi` or a stray `)` builds nothing until the ' +
      'instruction runs (`RUN`) or fails every time the container starts (`CMD`, `ENTRYPOINT`, `HEALTHCHECK`). ' +
      'dflint parses each script as the shell would and reports where it stops making sense.',
    invalid: [
      'FROM alpine:3.20\nRUN echo "hello\n',
      'FROM alpine:3.20\nRUN if [ -f /etc/os-release ]; then cat /etc/os-release\n',
      'FROM alpine:3.20\nCMD ["sh", "-c", "echo $(date"]\n',
    ],
    valid: ['FROM alpine:3.20\nRUN if [ -f /etc/os-release ]; then cat /etc/os-release; fi\n'],
    notes:
      'Scripts for a shell that is not POSIX (a PowerShell or cmd `SHELL`) are not parsed, and what dflint cannot read ' +
      'for reasons of its own (command substitutions nested more than 64 deep) is not reported. When ShellCheck ' +
      'runs and reports an instruction as unparseable (an SC1xxx error), this rule leaves that instruction to it, ' +
      'so the mistake is reported once.',
  },
  messages: {
    syntax: (p: { message: string }) => `Shell syntax error: ${p.message}`,
  },
  // ShellCheck's SC1xxx errors are its parser's: where it reports one, it has said this.
  shellcheckCovers: /^SC1\d{3}$/,
  create(ctx) {
    const check = (node: Instruction) => {
      const analysis = ctx.model.shell(node);
      if (analysis?.kind !== 'parsed') return;
      for (const error of analysis.script.errors) {
        // dflint's own limits and failures are not the author's to fix.
        if (!error.limitation) ctx.report({ range: error.range, messageId: 'syntax', data: { message: error.message } });
      }
    };
    return { Run: check, Cmd: check, Entrypoint: check, Healthcheck: check };
  },
});
