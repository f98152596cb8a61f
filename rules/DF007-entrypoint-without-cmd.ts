import type { EntrypointInstruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import type { Stage } from '../src/semantic/model';

/** The last ENTRYPOINT of the stage itself (ONBUILD triggers aside), or undefined. */
function lastOwnEntrypoint(stage: Stage): EntrypointInstruction | undefined {
  for (let i = stage.instructions.length - 1; i >= 0; i--) {
    const n = stage.instructions[i];
    if (n.type === 'Entrypoint' && !n.inOnbuild) return n;
  }
  return undefined;
}

export default defineRule({
  id: 'DF007',
  name: 'entrypoint-without-cmd',
  aliases: [],
  severity: 'info',
  fix: 'none',
  summary: 'Exec-form ENTRYPOINT with no CMD in the stage to supply default arguments',
  docs: {
    why:
      'With an exec-form `ENTRYPOINT`, `CMD` supplies the default arguments that `docker run image ARGS` ' +
      'replaces. Setting `ENTRYPOINT` also clears the `CMD` inherited from the base image, so without a ' +
      '`CMD` in the stage the container starts with no arguments at all, and nothing in the Dockerfile ' +
      'tells users what arguments the entrypoint expects.',
    invalid: ['FROM python:3.13-slim\nENTRYPOINT ["python", "-m", "http.server"]\n'],
    valid: [
      'FROM python:3.13-slim\nENTRYPOINT ["python", "-m", "http.server"]\nCMD ["8000"]\n',
      'FROM alpine:3.20 AS base\nENTRYPOINT ["/sbin/tini", "--"]\n\nFROM base\nCMD ["/usr/local/bin/app"]\n',
    ],
    notes:
      'Only the last ENTRYPOINT of a stage is checked, and a `CMD` anywhere in the stage counts (a `CMD` ' +
      'written before `ENTRYPOINT` in the same stage is kept). Stages that a later stage builds on with ' +
      '`FROM <stage>` are skipped: the later stage may add the `CMD`. `ENTRYPOINT []` and shell-form ' +
      'entrypoints (which ignore `CMD` anyway, see `shell-form-entrypoint`) are not reported.',
  },
  messages: {
    noCmd: () =>
      'ENTRYPOINT without a CMD in this stage: the container gets no default arguments (the base image CMD is cleared)',
  },
  create(ctx) {
    const isBaseOfLaterStage = (stage: Stage) => ctx.model.stages.some((s) => s.baseStage === stage);
    return {
      onEnd() {
        for (const stage of ctx.model.stages) {
          const last = lastOwnEntrypoint(stage);
          if (!last || last.command?.type !== 'ExecForm' || last.command.args.length === 0) continue;
          if (stage.instructions.some((n) => n.type === 'Cmd' && !n.inOnbuild) || isBaseOfLaterStage(stage)) continue;
          ctx.report({ range: last.keywordRange, messageId: 'noCmd' });
        }
      },
    };
  },
});
