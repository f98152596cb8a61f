import type { Instruction, Word } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import { shellDialect } from '../src/shell/dialect';

/** Variables every container has, even when the Dockerfile does not declare them. */
const ALWAYS_SET = new Set(['HOME', 'PATH', 'HOSTNAME', 'PWD']);

/** `$NAME` and `${NAME…}`, not escaped with a backslash. */
const REFERENCE = /(?<!\\)\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g;

export default defineRule({
  id: 'DF224',
  name: 'exec-form-variable',
  aliases: [],
  severity: 'warning',
  fix: 'none',
  summary: 'A variable in an exec-form (JSON) command, which Docker passes on without expanding it',
  docs: {
    why:
      'The exec form runs the program directly, without a shell, so nothing expands `$PORT` in ' +
      '`CMD ["app", "--port", "$PORT"]`: the program receives the five characters `$PORT`. Use the shell form, ' +
      'or run a shell explicitly (`["sh", "-c", "exec app --port \\"$PORT\\""]`), when the value should come from a variable.',
    invalid: ['FROM node:22-alpine\nENV PORT=8080\nCMD ["node", "server.js", "--port", "$PORT"]\n', 'FROM alpine:3.20\nCMD ["echo", "$HOME"]\n'],
    valid: [
      'FROM node:22-alpine\nENV PORT=8080\nCMD node server.js --port "$PORT"\n',
      'FROM node:22-alpine\nENV PORT=8080\nCMD ["sh", "-c", "exec node server.js --port \\"$PORT\\""]\n',
      'FROM alpine:3.20\nCMD ["awk", "{ print $1 }", "/etc/hostname"]\n',
    ],
    notes:
      'Only names the Dockerfile declares (ENV, ARG) at that point, and `HOME`, `PATH`, `HOSTNAME` and `PWD`, are ' +
      'reported: a `$` in an argument may be meant literally (a regular expression, an awk or Perl program). ' +
      'Commands whose program is a shell (sh, bash, PowerShell, cmd…) are skipped: the shell expands its script itself.',
  },
  messages: {
    literal: (p: { reference: string }) => `${p.reference} is not expanded in exec form: the program receives it as written; use the shell form or ["sh", "-c", "…"]`,
  },
  create(ctx) {
    const check = (node: Instruction) => {
      const command = node.type === 'Run' || node.type === 'Cmd' || node.type === 'Entrypoint' || node.type === 'Healthcheck' ? node.command : null;
      if (!command || command.type !== 'ExecForm' || command.args.length === 0) return;
      // A shell (sh, bash, PowerShell, cmd…, also through `env` or `busybox`) expands its script itself.
      if (shellDialect(command.args.map((a) => a.value)).kind !== 'other') return;
      const scope = ctx.model.variables.scopeAt(node);
      for (const arg of command.args) {
        for (const m of arg.value.matchAll(REFERENCE)) {
          const name = m[1] ?? m[2];
          if (!ALWAYS_SET.has(name) && !scope.lookup(name)) continue;
          // The whole `${…}`, modifiers and all.
          const close = m[1] ? arg.value.indexOf('}', m.index!) : -1;
          const end = close >= 0 ? close + 1 : m.index! + m[0].length;
          ctx.report({ range: referenceRange(arg, m.index!, end), messageId: 'literal', data: { reference: arg.value.slice(m.index!, end) } });
        }
      }
    };
    /** The reference's own range when the JSON string has no escapes (its text is then the value); else the argument's. */
    const referenceRange = (arg: Word, start: number, end: number) => {
      const raw = ctx.source.text.slice(arg.range.start.offset, arg.range.end.offset);
      if (raw !== JSON.stringify(arg.value)) return arg.range;
      const at = arg.range.start.offset + 1;
      return ctx.source.rangeOf(at + start, at + end);
    };
    return { Run: check, Cmd: check, Entrypoint: check, Healthcheck: check };
  },
});
