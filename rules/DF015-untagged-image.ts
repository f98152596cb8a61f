import { pulledImage } from '../src/analysis/pulled-image';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF015',
  name: 'untagged-image',
  aliases: ['DL3006'],
  severity: 'warning',
  fix: 'none',
  summary: 'FROM an image with no tag or digest',
  docs: {
    why:
      'Without a tag, Docker pulls `latest`, which moves whenever the publisher pushes. Builds stop being ' +
      'reproducible and can break overnight on a new major version. Pin a tag (and a digest for full ' +
      'reproducibility).',
    invalid: ['FROM node\n', 'ARG BASE=python\nFROM $BASE\n'],
    valid: [
      'FROM node:22-alpine\n',
      'FROM node@sha256:2f5e8ab4d6c0b8e0f1e8f5a2c1b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5\n',
      'FROM golang:1.23 AS build\nRUN go version\n\nFROM build\n',
      'FROM scratch\n',
      'ARG BASE\nFROM $BASE\n',
    ],
    notes:
      '`scratch` and references to earlier stages are not images to pull and are never reported. ' +
      'References with variables are expanded with the ARG defaults (and `--build-arg` values); when the ' +
      'value is not known statically, the line is skipped.',
  },
  messages: {
    untagged: (p: { image: string }) => `"${p.image}" has no tag, so it pulls the moving "latest"; pin a version tag`,
  },
  create(ctx) {
    return {
      From(node) {
        // `ONBUILD FROM` is a parse error (DF000) already; it pulls nothing.
        if (node.inOnbuild) return;
        const pulled = pulledImage(ctx.model, node);
        if (!pulled || pulled.tag !== null || pulled.digest !== null || !node.image) return;
        ctx.report({ range: node.image.range, messageId: 'untagged', data: { image: pulled.ref } });
      },
    };
  },
});
