/**
 * Which Linux distribution an image is, when its name or tag says so plainly, and so which
 * package manager it has: `node:22-alpine` is Alpine (apk), `python:3.12-slim-bookworm` Debian
 * (apt-get), `registry.access.redhat.com/ubi9/ubi-minimal` Red Hat (dnf, yum, microdnf).
 * Anything less plain (`python:3.12`, a private image) is null: not known.
 */
import type { SemanticModel, Stage } from '../semantic/model';
import { rootStage } from '../semantic/stages';

export type ImageFamily = 'alpine' | 'debian' | 'redhat' | 'suse' | 'none';

/** Debian and Ubuntu release names, as they appear in tags (`-bookworm`, `:jammy`). */
const DEBIAN_CODENAMES = ['jessie', 'stretch', 'buster', 'bullseye', 'bookworm', 'trixie', 'xenial', 'bionic', 'focal', 'jammy', 'noble', 'oracular', 'plucky'];
const REDHAT_NAMES = ['fedora', 'centos', 'rockylinux', 'almalinux', 'amazonlinux', 'oraclelinux'];

/** The repository's last path component and the tag, lower-cased, without registry or digest. */
function nameAndTag(ref: string): { path: string; name: string; tag: string } {
  const lower = ref.toLowerCase().split('@')[0];
  const colon = lower.lastIndexOf(':');
  const hasTag = colon > lower.lastIndexOf('/');
  const path = hasTag ? lower.slice(0, colon) : lower;
  return { path, name: path.slice(path.lastIndexOf('/') + 1), tag: hasTag ? lower.slice(colon + 1) : '' };
}

/** Whether `word` is one of the `-`, `.` or `_` separated parts of `text` (or starts one: `alpine3.20`). */
function hasPart(text: string, word: string): boolean {
  return text.split(/[-_.]/).some((part) => part === word || (part.startsWith(word) && /^\d/.test(part.slice(word.length))));
}

export function imageFamily(ref: string): ImageFamily | null {
  const { path, name, tag } = nameAndTag(ref);
  // No package manager at all: BusyBox's applets, or distroless's bare runtime.
  if (name === 'busybox' || path.includes('/distroless/')) return 'none';
  // Docker Hub's alpine/ and alpinelinux/ namespaces publish Alpine-based tools (alpine/git).
  if (name === 'alpine' || hasPart(tag, 'alpine') || /^(docker\.io\/)?(alpine|alpinelinux)\//.test(path)) return 'alpine';
  if (name === 'debian' || name === 'ubuntu' || DEBIAN_CODENAMES.some((codename) => hasPart(tag, codename))) return 'debian';
  if (REDHAT_NAMES.includes(name) || /^ubi\d*(-(minimal|micro|init))?$/.test(name) || hasPart(tag, 'ubi')) return 'redhat';
  if (path.includes('opensuse/') || path.startsWith('registry.suse.com/')) return 'suse';
  return null;
}

/** Memo table (on the model): the family of each root stage's image. */
const STAGE_FAMILY = {};

/** The family of the image `stage` is ultimately built on (through earlier stages), found once per stage. */
export function stageImageFamily(model: SemanticModel, stage: Stage): ImageFamily | null {
  const root = rootStage(stage);
  return model.memo(STAGE_FAMILY, root, () => (root.imageRef && !root.imageUnknown ? imageFamily(root.imageRef) : null));
}

/** The package managers each family has, by program name; 'none' has none. */
export const FAMILY_PACKAGE_MANAGERS: Readonly<Record<ImageFamily, readonly string[]>> = {
  alpine: ['apk'],
  debian: ['apt-get', 'apt'],
  redhat: ['dnf', 'yum', 'microdnf'],
  suse: ['zypper'],
  none: [],
};

/** How a family is named in messages. */
export const FAMILY_NAMES: Readonly<Record<ImageFamily, string>> = {
  alpine: 'an Alpine image',
  debian: 'a Debian or Ubuntu image',
  redhat: 'a Red Hat family image',
  suse: 'a SUSE image',
  none: 'an image without a package manager',
};

/**
 * True when the image certainly has no `/bin/sh`: `scratch` (empty), and distroless images but
 * their `:debug` tags (which carry BusyBox).
 */
export function imageHasNoShell(ref: string): boolean {
  const { path, tag } = nameAndTag(ref);
  if (path === 'scratch') return true;
  return path.includes('/distroless/') && !hasPart(tag, 'debug');
}
