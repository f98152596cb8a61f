import { shippedStages } from '../src/analysis/shipped-stage';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF174',
  name: 'missing-user',
  aliases: ['DL3063'],
  severity: 'info',
  enabledByDefault: false,
  fix: 'none',
  tags: ['security'],
  summary: 'The shipped image never sets USER',
  docs: {
    why:
      'Without a `USER`, the container runs as whatever user the base image chose, which is root for ' +
      'most of them. Setting it explicitly documents the choice and keeps it when the base changes.',
    invalid: ['FROM node:22-alpine\nCOPY . /app\nCMD ["node", "/app/server.js"]\n'],
    valid: [
      'FROM node:22-alpine\nCOPY . /app\nUSER node\nCMD ["node", "/app/server.js"]\n',
      'FROM node:22-alpine AS base\nUSER node\n\nFROM base\nCOPY . /app\n',
    ],
    notes:
      'Off by default, as in hadolint. Only the shipped image is checked: the last stage and the stages ' +
      'it is built `FROM`. A USER set by the base image cannot be seen. `root-user` reports a USER that ' +
      'is root.',
  },
  messages: {
    missing: () => 'The image never sets USER; set an unprivileged user explicitly',
  },
  create(ctx) {
    return {
      onEnd() {
        const final = ctx.model.finalStage;
        if (!final) return;
        const has = shippedStages(ctx.model).some((s) => s.instructions.some((i) => i.type === 'User'));
        if (!has) ctx.report({ node: final.from.image ?? final.from, messageId: 'missing' });
      },
    };
  },
});
