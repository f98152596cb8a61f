import { pulledImage } from '../src/analysis/pulled-image';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF016',
  name: 'latest-tag',
  aliases: ['DL3007'],
  severity: 'warning',
  fix: 'none',
  summary: 'FROM an image with the `latest` tag',
  docs: {
    why:
      '`latest` is not a version: it moves whenever the publisher pushes, so builds are not reproducible ' +
      'and can break on a new major version without any change to the Dockerfile. Pin a version tag.',
    invalid: ['FROM node:latest\n', 'ARG NODE_TAG=latest\nFROM node:${NODE_TAG}\n'],
    valid: [
      'FROM node:22-alpine\n',
      'FROM node:latest@sha256:2f5e8ab4d6c0b8e0f1e8f5a2c1b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5\n',
    ],
    notes:
      'A digest pins the image even with `latest` written next to it, so `name:latest@sha256:…` is not ' +
      'reported. References with variables are expanded with ARG defaults; unknown values are skipped. ' +
      'An image without any tag is `untagged-image`.',
  },
  messages: {
    latest: (p: { image: string }) => `"${p.image}" uses the moving "latest" tag; pin a version tag`,
  },
  create(ctx) {
    return {
      From(node) {
        // `ONBUILD FROM` is a parse error (DF000) already; it pulls nothing.
        if (node.inOnbuild) return;
        const pulled = pulledImage(ctx.model, node);
        if (!pulled || pulled.tag !== 'latest' || pulled.digest !== null || !node.image) return;
        const range = !pulled.expanded && node.image.tagRange ? node.image.tagRange : node.image.range;
        ctx.report({ range, messageId: 'latest', data: { image: pulled.ref } });
      },
    };
  },
});
