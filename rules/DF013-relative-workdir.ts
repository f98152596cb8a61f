import { expandedPath, isAbsolutePath } from '../src/analysis/paths';
import type { Instruction, WorkdirInstruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import type { SemanticModel } from '../src/semantic/model';

/** The WORKDIR path as the builder sees it, or null when not known statically. */
const resolvedPath = (model: SemanticModel, node: WorkdirInstruction) => (node.path ? expandedPath(model, node, node.path) : null);

/** True when an absolute WORKDIR was set before `node` in its stage or a stage it builds on. */
function absoluteWorkdirBefore(model: SemanticModel, node: Instruction): boolean {
  return model.someBefore(node, 'absolute-workdir', (inst) => {
    if (inst.type !== 'Workdir') return false;
    const path = resolvedPath(model, inst);
    // A WORKDIR whose value is unknown may well be absolute: give it the benefit of the doubt.
    return path === null || isAbsolutePath(path);
  });
}

export default defineRule<{ requireAbsolute: boolean }>({
  id: 'DF013',
  name: 'relative-workdir',
  aliases: ['DL3000', 'WorkdirRelativePath'],
  severity: 'warning',
  fix: 'none',
  summary: 'WORKDIR with a relative path',
  docs: {
    why:
      'A relative `WORKDIR` is resolved against the working directory in effect, which before any ' +
      'absolute `WORKDIR` is whatever the base image chose. The resulting path can change when the base ' +
      'image changes. An absolute path says exactly where files go.',
    invalid: ['FROM node:22-alpine\nWORKDIR app\n'],
    valid: [
      'FROM node:22-alpine\nWORKDIR /app\n',
      'FROM node:22-alpine\nWORKDIR /srv\nWORKDIR app\n',
      'FROM node:22-alpine\nWORKDIR $HOME/app\n',
    ],
    notes:
      'By default, as BuildKit\'s WorkdirRelativePath does, a relative path is reported only when no ' +
      'absolute `WORKDIR` was set earlier in the stage (or a stage it builds on): after `WORKDIR /srv`, ' +
      '`WORKDIR app` is unambiguous. Set the option `requireAbsolute: true` to report every relative ' +
      'path, as hadolint\'s DL3000 does. Paths that start with a variable not declared in the Dockerfile ' +
      '(e.g. `$HOME`, set by the base image) or with an unknown value are skipped.',
  },
  messages: {
    relative: (p: { path: string }) =>
      `WORKDIR "${p.path}" is relative to the base image's working directory; use an absolute path`,
    relativeAfterAbsolute: (p: { path: string }) =>
      `WORKDIR "${p.path}" is relative; an absolute path reads without tracking earlier WORKDIRs`,
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        requireAbsolute: { type: 'boolean', description: 'Report every relative WORKDIR, even after an absolute one.' },
      },
      additionalProperties: false,
    },
    defaults: { requireAbsolute: false },
  },
  create(ctx) {
    return {
      Workdir(node: WorkdirInstruction) {
        if (!node.path || node.inOnbuild) return;
        const path = resolvedPath(ctx.model, node);
        if (path === null || path === '' || isAbsolutePath(path)) return;
        const afterAbsolute = absoluteWorkdirBefore(ctx.model, node);
        if (afterAbsolute && !ctx.options.requireAbsolute) return;
        ctx.report({
          range: node.path.range,
          messageId: afterAbsolute ? 'relativeAfterAbsolute' : 'relative',
          data: { path },
        });
      },
    };
  },
});
