import type { FromInstruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import type { SemanticModel } from '../src/semantic/model';

/** The tag and digest a FROM pulls, with variables expanded. */
export interface PulledImage {
  /** The reference after expansion. */
  ref: string;
  tag: string | null;
  digest: string | null;
  /** The reference was written with variables. */
  expanded: boolean;
}

/** Splits `registry:5000/name:tag@digest` into its tag and digest. */
function splitReference(ref: string): { tag: string | null; digest: string | null } {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : null;
  const named = at >= 0 ? ref.slice(0, at) : ref;
  const colon = named.lastIndexOf(':');
  const tag = colon > named.lastIndexOf('/') ? named.slice(colon + 1) : null;
  return { tag, digest };
}

/**
 * The image a FROM pulls from a registry, or null when it pulls nothing (`scratch`, an earlier stage)
 * or when the reference depends on a value not known statically.
 */
export function pulledImage(model: SemanticModel, node: FromInstruction): PulledImage | null {
  const image = node.image;
  if (!image) return null;
  const stage = model.stageOf(node);
  if (stage?.baseStage) return null;
  if (!image.hasVariables) {
    if (image.raw.toLowerCase() === 'scratch') return null;
    return { ref: image.raw, tag: image.tag, digest: image.digest, expanded: false };
  }
  const expansion = model.expand(node, image.raw);
  const ref = expansion.value;
  if (expansion.unknown || expansion.undefinedVars.length > 0 || ref === '' || ref.includes('$')) return null;
  if (ref.toLowerCase() === 'scratch' || (stage && model.findStage(ref, stage))) return null;
  return { ref, ...splitReference(ref), expanded: true };
}

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
