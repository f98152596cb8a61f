import type { RunInstruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';

/** The flags of a RUN as a comparable key: merging is only possible when they are the same. */
const flagKey = (node: RunInstruction) =>
  node.flags
    .map((f) => f.raw)
    .sort()
    .join(' ');

/** Whether two RUNs have the same flags (most have none at all). */
const sameFlags = (a: RunInstruction, b: RunInstruction) => (a.flags.length === 0 && b.flags.length === 0) || flagKey(a) === flagKey(b);

/** Whether a RUN could be joined with a neighbour by `&&` without rewriting it. */
const mergeable = (node: RunInstruction) => node.command?.type === 'ShellForm' && node.heredocs.length === 0;

export default defineRule({
  id: 'DF010',
  name: 'consecutive-run',
  aliases: ['DL3059'],
  severity: 'info',
  fix: 'none',
  summary: 'Consecutive RUN instructions that could be one layer',
  docs: {
    why:
      'Each `RUN` creates a layer. Consecutive `RUN` lines that belong together (update then install, ' +
      'download then clean up) are better joined with `&&`: fewer layers, and files deleted in a later ' +
      'step do not stay in an earlier layer.',
    invalid: ['FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n'],
    valid: [
      'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl\n',
      'FROM node:22-alpine\nRUN --mount=type=cache,target=/root/.npm npm ci\nRUN npm run build\n',
      'FROM debian:12-slim\nRUN apt-get update\nENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get install -y curl\n',
    ],
    notes:
      'Reported on the second `RUN` of each pair. Not reported when the two have different flags ' +
      '(`--mount`, `--network`, `--security`): they cannot share one instruction. Not reported when either ' +
      'is in exec form or uses a heredoc, which do not join with `&&`. Any instruction in between (even ' +
      '`ENV` or `WORKDIR`) separates them; comments do not. Splitting on purpose (to keep a slow, rarely ' +
      'changing step cached on its own) is legitimate: suppress the rule there.',
  },
  messages: {
    consecutive: (p: { line: number }) =>
      `RUN directly follows the RUN on line ${p.line}; they could be one layer joined with &&`,
  },
  create(ctx) {
    return {
      onEnd() {
        for (const stage of ctx.model.stages) {
          const list = stage.instructions;
          for (let i = 1; i < list.length; i++) {
            const prev = list[i - 1];
            const node = list[i];
            if (prev.type !== 'Run' || node.type !== 'Run') continue;
            if (!mergeable(prev) || !mergeable(node) || !sameFlags(prev, node)) continue;
            ctx.report({ range: node.keywordRange, messageId: 'consecutive', data: { line: prev.range.start.line } });
          }
        }
      },
    };
  },
});
