import { defineRule } from '../src/engine/define-rule';

const unquote = (s: string) => s.replace(/^(["'])(.*)\1$/, '$2');

/** Images built to be laid over another root filesystem (`COPY --from=xx / /` is their documented use). */
const OVERLAY_IMAGES = /^(?:docker\.io\/)?tonistiigi\/xx(?:[:@]|$)/i;

export default defineRule({
  id: 'DF178',
  name: 'copy-whole-filesystem',
  aliases: ['DL3067'],
  severity: 'warning',
  fix: 'none',
  summary: 'COPY --from copies the entire filesystem of another stage or image onto /',
  docs: {
    why:
      '`COPY --from=build / /` drags the whole build stage, compilers, caches and package databases ' +
      'included, into the final image and overwrites its system files. Copy only the artefacts you need.',
    invalid: ['FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM alpine:3.20\nCOPY --from=build / /\n'],
    valid: [
      'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/app\n',
      'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM scratch\nCOPY --from=build /out/ /\n',
      'FROM debian:12 AS rootfs\nRUN apt-get update\n\nFROM scratch\nCOPY --from=rootfs / /\n',
      'FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx\nFROM --platform=$BUILDPLATFORM golang:1.23\nCOPY --from=xx / /\n',
    ],
    notes:
      'Reported at the `/` source when both a source and the destination are the root directory. Unlike ' +
      'hadolint, a stage `FROM scratch` may do it (that squashes a stage into a single layer on purpose), ' +
      'and so may anyone copying `tonistiigi/xx`, an image made to be laid over `/`.',
  },
  messages: {
    wholeFs: (p: { from: string }) => `COPY --from=${p.from} copies the whole filesystem; copy only what the image needs`,
  },
  create(ctx) {
    return {
      Copy(node) {
        const from = node.flags.find((f) => f.name === 'from');
        if (!from || !node.destination || unquote(node.destination.value) !== '/') return;
        // `FROM scratch` + `COPY --from=x / /` is the deliberate way to squash a stage into one layer.
        if (ctx.model.stageOf(node)?.imageRef?.toLowerCase() === 'scratch') return;
        const stage = ctx.model.stageOf(node);
        const source = from.value ? ctx.model.findStage(from.value, stage ?? undefined) : null;
        if (OVERLAY_IMAGES.test(source ? (source.imageRef ?? '') : (from.value ?? ''))) return;
        const root = node.sources.find((s) => unquote(s.value) === '/');
        if (root) ctx.report({ node: root, messageId: 'wholeFs', data: { from: from.value ?? '' } });
      },
    };
  },
});
