import { looksLikeBrokenExecForm, readLooseList } from '../src/analysis/exec-form-text';
import { segmentRange } from '../src/ast/source';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF008',
  name: 'shell-form-entrypoint',
  aliases: [],
  severity: 'warning',
  fix: 'none',
  summary: 'Shell-form ENTRYPOINT: CMD and `docker run` arguments are ignored, signals miss the process',
  docs: {
    why:
      'A shell-form `ENTRYPOINT` becomes `/bin/sh -c "<text>"`. Docker appends `CMD` and the `docker run` ' +
      'arguments after that string, where the shell ignores them, so users cannot pass arguments to the ' +
      'program. The shell is PID 1 and does not forward `SIGTERM`, so the program is killed instead of ' +
      'shutting down cleanly.',
    invalid: ['FROM node:22-alpine\nENTRYPOINT node server.js\n'],
    valid: [
      'FROM node:22-alpine\nENTRYPOINT ["node", "server.js"]\n',
      'FROM node:22-alpine\nENTRYPOINT ["/bin/sh", "-c", "exec node server.js \\"$@\\"", "--"]\n',
    ],
    notes:
      'If the shell is needed, use exec form with an explicit shell and `exec`, e.g. ' +
      '`ENTRYPOINT ["/bin/sh", "-c", "exec app \\"$@\\"", "--"]`. Text that starts with `[` but is broken ' +
      'JSON is left to `malformed-exec-form`. `shell-form-cmd` reports the same line for its signal ' +
      'handling; disable one of the two if you only want one diagnostic.',
  },
  messages: {
    shellForm: (p: { shell: string }) =>
      `Shell-form ENTRYPOINT ignores CMD and docker run arguments and runs under ${p.shell}, which does not forward signals; use exec form`,
  },
  create(ctx) {
    return {
      Entrypoint(node) {
        const form = node.command;
        if (form?.type !== 'ShellForm' || form.value === '') return;
        if (looksLikeBrokenExecForm(readLooseList(form.value))) return;
        ctx.report({ range: segmentRange(ctx.source, form.segments, 0, form.value.length), messageId: 'shellForm', data: { shell: ctx.model.effectiveShell(node).join(' ') } });
      },
    };
  },
});
