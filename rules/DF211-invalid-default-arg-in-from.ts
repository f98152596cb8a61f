import { defineRule } from '../src/engine/define-rule';
import { expandWord } from '../src/semantic/expand';
import { isValidImageReference } from '../src/semantic/image-ref';
import { isPlatformArg } from '../src/semantic/builtins';

/** Plausible values for the platform ARGs, which the builder always sets. */
const PLATFORM_SAMPLE: Record<string, string> = {
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
};

export default defineRule({
  id: 'DF211',
  name: 'invalid-default-arg-in-from',
  aliases: ['InvalidDefaultArgInFrom'],
  severity: 'warning',
  fix: 'none',
  summary: 'FROM is not a valid image reference with the ARGs at their defaults',
  docs: {
    why:
      'A plain `docker build .` should work: when a FROM line is built from ARGs, their default values ' +
      'must give a valid image reference. `ARG TAG` without a default makes `FROM busybox:${TAG}` expand ' +
      'to `busybox:`, which fails unless every caller passes `--build-arg`. Docker warns ' +
      '(`InvalidDefaultArgInFrom`).',
    invalid: ['ARG TAG\nFROM busybox:${TAG}\n', 'ARG BASE\nFROM ${BASE}\n'],
    valid: [
      'ARG TAG=latest\nFROM busybox:${TAG}\n',
      'ARG VARIANT\nFROM busybox:stable${VARIANT}\n',
      'ARG TAG\nFROM alpine:${TAG:-3.14}\n',
      'ARG BASE=base\nFROM alpine:3.20 AS base\nFROM ${BASE}\n',
    ],
    notes:
      '`--build-arg` values are ignored on purpose: the check is about the defaults. Platform ARGs are ' +
      'given plausible values since the builder always sets them. A result naming an earlier stage is valid.',
  },
  messages: {
    invalid: (p: { image: string; result: string }) =>
      `Default value for ARG ${p.image} results in empty or invalid base image name${p.result}`,
  },
  create(ctx) {
    const defaults = new Map<string, string | null>();
    let lastStageNames: string[] = [];
    return {
      Arg(node) {
        if (ctx.model.stageOf(node)) return;
        for (const d of node.declarations) {
          const raw = d.defaultValue?.value ?? null;
          const value = raw === null ? null : expandWord(raw, (n) => lookup(n), { escapeChar: ctx.ast.escapeChar }).value;
          defaults.set(d.name.value, value);
        }
      },
      From(node) {
        const image = node.image;
        const stageNames = lastStageNames;
        if (node.stageName) lastStageNames = [...lastStageNames, node.stageName.value.toLowerCase()];
        if (!image || !image.hasVariables) return;
        const result = expandWord(image.raw, (n) => lookup(n), { escapeChar: ctx.ast.escapeChar }).value;
        if (isValidImageReference(result) || stageNames.includes(result.toLowerCase())) return;
        ctx.report({ node: image, messageId: 'invalid', data: { image: image.raw, result: result ? ` ("${result}")` : '' } });
      },
    };
    function lookup(name: string): { value: string | null } | undefined {
      if (defaults.has(name)) {
        const v = defaults.get(name);
        return v === null || v === undefined ? undefined : { value: v };
      }
      if (isPlatformArg(name)) return { value: PLATFORM_SAMPLE[name] };
      return undefined;
    }
  },
});
