import { posix } from 'node:path';
import type { AddInstruction, CopyInstruction, Instruction } from '../ast/nodes';
import { picomatch } from '../text/globs';

/** The instructions that bring files into the image from a source. */
export type CopyLike = CopyInstruction | AddInstruction;

const WHOLE_DIRECTORY = /^(\.|\.\/|\*|\.\/\*)$/;

/** A COPY/ADD from the build context (not `--from` another stage or image), outside ONBUILD. */
export function isContextCopy(inst: Instruction): inst is CopyLike {
  return (inst.type === 'Copy' || inst.type === 'Add') && !inst.inOnbuild && !inst.flags.some((f) => f.name === 'from');
}

/** Whether a COPY/ADD certainly puts one of the manifests into the image. */
export function copiesManifest(node: CopyLike, manifests: readonly string[]): boolean {
  if (node.heredocs.length > 0 && node.destination) {
    const target = posix.basename(node.destination.value);
    if (manifests.includes(target)) return true;
  }
  return node.sources.some((source) => {
    const path = source.value.replace(/\/+$/, '') || source.value;
    if (WHOLE_DIRECTORY.test(source.value)) return true;
    const base = posix.basename(path);
    return manifests.some((m) => base === m || (/[*?[{]/.test(base) && picomatch().isMatch(m, base)));
  });
}

/** Whether a COPY/ADD may put one of the manifests into the image (a directory may hold one). */
export function mayCopyManifest(node: CopyLike, manifests: readonly string[]): boolean {
  if (copiesManifest(node, manifests)) return true;
  return node.sources.some((source) => {
    const base = posix.basename(source.value.replace(/\/+$/, ''));
    // No extension: most likely a directory (`src`, `app`), which may contain the manifest.
    return source.value.endsWith('/') || !base.includes('.') || /^[a-z][a-z0-9+.-]*:\/\//i.test(source.value);
  });
}
