import { expandedPath, isAbsolutePath } from '../src/analysis/paths';
import type { AddInstruction, CopyInstruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF014',
  name: 'copy-without-workdir',
  aliases: ['DL3045'],
  severity: 'warning',
  fix: 'none',
  summary: 'COPY/ADD to a relative destination before any WORKDIR in the stage',
  docs: {
    why:
      'A relative COPY destination is resolved against the working directory. Before any `WORKDIR` in ' +
      'the Dockerfile, that is whatever the base image set (often `/`), so files land somewhere that ' +
      'depends on the base image and can move when it changes.',
    invalid: ['FROM node:22-alpine\nCOPY package.json .\n'],
    valid: [
      'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json .\n',
      'FROM node:22-alpine\nCOPY package.json /app/\n',
      'FROM node:22-alpine AS base\nWORKDIR /app\n\nFROM base\nCOPY . .\n',
    ],
    notes:
      'A `WORKDIR` in a stage this one is built `FROM` counts, since it is inherited. Destinations with ' +
      'variables are expanded; when the value is not known statically the instruction is skipped. ' +
      '`ONBUILD COPY` triggers are skipped: they run in a later build whose working directory is unknown.',
  },
  messages: {
    relative: (p: { dest: string }) =>
      `Relative destination "${p.dest}" before any WORKDIR depends on the base image's working directory; set WORKDIR first or use an absolute path`,
  },
  create(ctx) {
    function check(node: CopyInstruction | AddInstruction): void {
      const dest = node.destination;
      if (!dest || node.inOnbuild) return;
      const path = expandedPath(ctx.model, node, dest, node.form === 'exec');
      if (path === null || isAbsolutePath(path) || ctx.model.seenBefore(node, 'Workdir')) return;
      ctx.report({ range: dest.range, messageId: 'relative', data: { dest: path } });
    }
    return { Copy: check, Add: check };
  },
});
