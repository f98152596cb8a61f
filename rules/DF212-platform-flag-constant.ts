import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF212',
  name: 'platform-flag-constant',
  aliases: ['FromPlatformFlagConstDisallowed', 'DL3029'],
  severity: 'warning',
  fix: 'none',
  summary: 'FROM --platform with a constant value',
  docs: {
    why:
      'A constant `--platform` pins the stage to one platform, so the Dockerfile can no longer build a ' +
      'multi-platform image and must run on (or emulate) that platform. Prefer `--platform` on the command ' +
      'line or a variable such as `$BUILDPLATFORM`. Docker warns (`FromPlatformFlagConstDisallowed`).',
    invalid: ['FROM --platform=linux/amd64 alpine:3.20 AS base\nRUN echo hi\n'],
    valid: [
      'FROM alpine:3.20 AS base\nRUN echo hi\n',
      'FROM --platform=${BUILDPLATFORM} alpine:3.20 AS base\nRUN echo hi\n',
      'FROM --platform=linux/amd64 alpine:3.20 AS build_amd64\nRUN echo amd64\n\nFROM --platform=linux/arm64 alpine:3.20 AS build_arm64\nRUN echo arm64\n',
    ],
    notes:
      'As in Docker, a stage whose name contains the platform\'s OS, architecture or variant (`build_amd64`) ' +
      'is taken as deliberately platform-specific and not reported.',
  },
  messages: {
    constant: (p: { value: string }) => `FROM --platform flag should not use constant value "${p.value}"`,
  },
  create(ctx) {
    return {
      From(node) {
        for (const flag of node.flags) {
          if (flag.name !== 'platform' || flag.value === null || flag.value.includes('$')) continue;
          const stageName = node.stageName?.value.toLowerCase() ?? '';
          const parts = flag.value.toLowerCase().split('/').filter(Boolean);
          if (stageName && parts.some((p) => stageName.includes(p))) continue;
          ctx.report({ node: flag, messageId: 'constant', data: { value: flag.value } });
        }
      },
    };
  },
});
