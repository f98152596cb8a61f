import { defineRule } from '../src/engine/define-rule';

const FORBIDDEN = new Set(['From', 'Maintainer', 'Onbuild']);

export default defineRule({
  id: 'DF159',
  name: 'invalid-onbuild-trigger',
  aliases: ['DL3043'],
  severity: 'error',
  fix: 'none',
  summary: 'ONBUILD triggers FROM, MAINTAINER or another ONBUILD',
  docs: {
    why:
      'The builder refuses `ONBUILD FROM`, `ONBUILD MAINTAINER` and `ONBUILD ONBUILD`: the image built ' +
      'on top of this one fails at its first line.',
    invalid: ['FROM node:22\nONBUILD FROM alpine:3.20\n', 'FROM node:22\nONBUILD ONBUILD RUN true\n'],
    valid: ['FROM node:22\nONBUILD COPY . /app\nONBUILD RUN npm ci\n'],
  },
  messages: {
    forbidden: (p: { keyword: string }) => `${p.keyword} is not allowed as an ONBUILD trigger`,
  },
  create(ctx) {
    return {
      Onbuild(node) {
        const trigger = node.trigger;
        if (trigger && FORBIDDEN.has(trigger.type)) {
          ctx.report({ range: trigger.keywordRange, messageId: 'forbidden', data: { keyword: trigger.keyword } });
        }
      },
    };
  },
});
