import { defineRule } from '../src/engine/define-rule';

/** Architecture names as they appear in image names and tags → the platform's architecture. */
const ARCH_ALIASES: Record<string, string> = {
  amd64: 'amd64',
  x86_64: 'amd64',
  x64: 'amd64',
  arm64: 'arm64',
  arm64v8: 'arm64',
  aarch64: 'arm64',
  arm32v7: 'arm',
  arm32v6: 'arm',
  arm32v5: 'arm',
  armhf: 'arm',
  armv7: 'arm',
  armel: 'arm',
  i386: '386',
  i686: '386',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  mips64le: 'mips64le',
};

const PLATFORM_ARCH: Record<string, string> = { ...ARCH_ALIASES, arm: 'arm', '386': '386' };

interface ImagePlatformHint {
  os: 'linux' | 'windows' | null;
  arch: string | null;
  /** The word of the reference that gave the hint. */
  evidence: string;
}

/** What the name or tag of an image says about its platform, if anything. */
export function imagePlatformHint(ref: string): ImagePlatformHint | null {
  const lower = ref.toLowerCase();
  const [path, tag = ''] = splitTag(lower);
  const parts = path.split('/');
  if (parts.some((p) => /^(windows|nanoserver|servercore)$/.test(p) || p.startsWith('windows-')) || /(^|[-_.])(nanoserver|windowsservercore|ltsc20\d\d)([-_.]|$)/.test(tag)) {
    return { os: 'windows', arch: null, evidence: ref };
  }
  // Official per-architecture namespaces: `arm64v8/alpine`, `amd64/node`.
  const namespace = parts.length >= 2 ? parts[parts.length - 2] : null;
  if (namespace && ARCH_ALIASES[namespace]) return { os: 'linux', arch: ARCH_ALIASES[namespace], evidence: namespace };
  for (const word of tag.split(/[-_.]/)) {
    if (ARCH_ALIASES[word]) return { os: null, arch: ARCH_ALIASES[word], evidence: word };
  }
  return null;
}

function splitTag(ref: string): [string, string | undefined] {
  const noDigest = ref.split('@')[0];
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? [noDigest.slice(0, colon), noDigest.slice(colon + 1)] : [noDigest, undefined];
}

export default defineRule({
  id: 'DF208',
  name: 'invalid-base-image-platform',
  aliases: ['InvalidBaseImagePlatform'],
  severity: 'error',
  fix: 'none',
  summary: 'FROM --platform asks for a platform the base image name says it is not built for',
  docs: {
    why:
      'When the base image exists only for another platform, the builder pulls it anyway and the build ' +
      'runs under emulation or produces an image whose binaries cannot run on the requested platform. ' +
      'Docker reports it (`InvalidBaseImagePlatform`) once it has pulled the image.',
    invalid: [
      'FROM --platform=linux/amd64 arm64v8/alpine:3.20\nRUN echo hi\n',
      'FROM --platform=linux/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022\n',
    ],
    valid: ['FROM --platform=linux/arm64 arm64v8/alpine:3.20\nRUN echo hi\n', 'FROM --platform=$BUILDPLATFORM golang:1.23\n'],
    notes:
      'Docker checks the platforms in the image\'s manifest, which needs a registry. dflint has no registry, ' +
      'so it only knows what the reference itself says: Windows image names (`windows`, `nanoserver`, ' +
      '`servercore`), the official per-architecture namespaces (`arm64v8/`, `amd64/`, …) and an architecture ' +
      'word in the tag (`1.0-arm64`). It checks only a constant `--platform` (or one that ARG defaults ' +
      'make constant); every other mismatch is found only at build time.',
  },
  messages: {
    mismatch: (p: { image: string; imagePlatform: string; platform: string }) =>
      `Base image "${p.image}" is built for ${p.imagePlatform}, but FROM asks for ${p.platform}`,
  },
  create(ctx) {
    return {
      From(node) {
        const flag = node.flags.find((f) => f.name === 'platform' && f.value !== null);
        if (!flag || !node.image) return;
        const platform = ctx.model.expand(node, flag.value!);
        if (platform.unknown || !platform.value) return;
        const [os, arch] = platform.value.toLowerCase().split('/');
        const stage = ctx.model.stageOf(node);
        if (stage?.baseStage || stage?.imageUnknown) return;
        const image = stage?.imageRef ?? node.image.raw;
        const hint = imagePlatformHint(image);
        if (!hint) return;
        const wantArch = arch ? PLATFORM_ARCH[arch] ?? arch : null;
        const osClash = hint.os !== null && os !== undefined && hint.os !== os;
        const archClash = hint.arch !== null && wantArch !== null && hint.arch !== wantArch;
        if (!osClash && !archClash) return;
        const imagePlatform = osClash ? hint.os! : `${hint.os ?? os}/${hint.arch}`;
        ctx.report({ node: node.image, messageId: 'mismatch', data: { image, imagePlatform, platform: platform.value } });
      },
    };
  },
});
