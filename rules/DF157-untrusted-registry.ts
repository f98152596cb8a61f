import { defineRule } from '../src/engine/define-rule';

/** Registry host of an image reference, or null for Docker Hub (no host component). */
export function registryOf(ref: string): string | null {
  const slash = ref.indexOf('/');
  if (slash < 0) return null;
  const first = ref.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first.toLowerCase() : null;
}

const DOCKER_HUB = new Set(['docker.io', 'hub.docker.com', 'index.docker.io', 'registry-1.docker.io']);

/** A trusted entry matches the host exactly or, with `*`, as a glob (`*.example.com`). */
function matches(pattern: string, registry: string): boolean {
  const p = pattern.toLowerCase();
  if (!p.includes('*')) return p === registry;
  const re = new RegExp(`^${p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(registry);
}

/** Docker Hub goes by several host names; compare them as `docker.io`. */
const canonical = (host: string) => (DOCKER_HUB.has(host.toLowerCase()) ? 'docker.io' : host.toLowerCase());

export function isTrusted(ref: string, trusted: readonly string[]): boolean {
  const registry = registryOf(ref);
  if (registry === null && ref.split(/[:@]/, 1)[0].toLowerCase() === 'scratch') return true;
  const host = canonical(registry ?? 'docker.io');
  return trusted.some((t) => matches(canonical(t), host));
}

export default defineRule({
  id: 'DF157',
  name: 'untrusted-registry',
  aliases: ['DL3026'],
  severity: 'error',
  fix: 'none',
  tags: ['security'],
  summary: 'FROM pulls from a registry not in `settings.trustedRegistries`',
  docs: {
    why:
      'Organisations that mirror and scan their base images want every build to start from those ' +
      'registries. With `trustedRegistries` configured, an image from anywhere else is reported.',
    invalid: ['FROM node:22\n', 'FROM ghcr.io/acme/runtime:1.0\n'],
    valid: ['FROM registry.example.com/base/node:22\n', 'FROM registry.example.com/base/go:1.23 AS build\nFROM build\n', 'FROM scratch\n'],
    notes:
      'Does nothing until `settings.trustedRegistries` (or `trustedRegistries` in a `.hadolint.yaml`) ' +
      'lists registries; e.g. with `["registry.example.com"]`, `FROM node:22` is reported. An image with ' +
      'no registry host comes from Docker Hub, trusted when `docker.io` or `hub.docker.com` is listed. ' +
      'Entries may use `*` (`*.example.com`). A FROM naming an earlier stage, `scratch`, and an image ' +
      'given by an ARG with no known value are not reported.',
    settings: { trustedRegistries: ['registry.example.com'] },
  },
  messages: {
    untrusted: (p: { image: string; registry: string }) =>
      `"${p.image}" comes from ${p.registry}, which is not a trusted registry`,
  },
  create(ctx) {
    return {
      From(node) {
        const trusted = ctx.settings.trustedRegistries;
        if (!trusted || trusted.length === 0 || !node.image) return;
        const stage = ctx.model.stageOf(node);
        if (stage?.baseStage) return;
        let ref = node.image.raw;
        if (node.image.hasVariables) {
          if (!stage || stage.imageUnknown || stage.imageRef === null) return;
          ref = stage.imageRef;
        }
        if (ctx.model.findStage(ref, stage ?? undefined)) return;
        if (isTrusted(ref, trusted)) return;
        ctx.report({
          node: node.image,
          messageId: 'untrusted',
          data: { image: ref, registry: registryOf(ref) ?? 'docker.io' },
        });
      },
    };
  },
});
