import { lstatSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { AddInstruction, CopyInstruction, Word } from '../ast/nodes';
import type { SemanticModel } from './model';

/**
 * COPY and ADD sources as paths in the build context: which sources are such paths, and whether
 * the context holds what one names. Read by copy-ignored-file and copy-source-missing.
 */

/** A source that names a path in the build context: not a URL, a git address or a heredoc. */
export function isContextPath(source: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(source) && !source.startsWith('git@') && !source.startsWith('<<');
}

/** A source of a COPY or ADD that is a path in this build's context, with variables expanded. */
export interface ContextSource {
  word: Word;
  value: string;
}

/**
 * The sources of `node` that read this build's context: none for a copy from another stage or
 * image (`--from`) or an ONBUILD trigger (a later build's context); sources whose value is not
 * known, URLs, git addresses and heredocs left out.
 */
export function contextSources(model: SemanticModel, node: CopyInstruction | AddInstruction): ContextSource[] {
  if (node.inOnbuild || node.flags.some((f) => f.name === 'from')) return [];
  const found: ContextSource[] = [];
  for (const word of node.sources) {
    const expanded = model.expand(node, word.value);
    if (!expanded.unknown && isContextPath(expanded.value)) found.push({ word, value: expanded.value });
  }
  return found;
}

/** Whether a source holds wildcards (`*`, `?`, `[`), which the builder expands. */
export function hasWildcards(source: string): boolean {
  return /[*?[]/.test(source);
}

/**
 * A source's path segments from the context's root, as the builder reads it: a leading `/` or
 * `./` means the root, and `..` cannot climb above it.
 */
export function contextSegments(source: string): string[] {
  return posix
    .normalize(posix.join('/', source))
    .split('/')
    .filter((segment) => segment !== '');
}

/** What the context holds at a path: `true`, `false`, or `null` when a symbolic link on the way makes it unknowable here. */
export type ContextAnswer = boolean | null;

/**
 * Whether `segments` name an entry of the context in `contextDir` (a directory, when
 * `directory`). Each directory on the way must be one; a symbolic link on the way is not
 * followed (the builder resolves it inside the context, not on this machine), so the answer is
 * then unknown.
 */
export function existsInContext(contextDir: string, segments: readonly string[], directory = false): ContextAnswer {
  let path = contextDir;
  for (let i = 0; i < segments.length; i++) {
    path = join(path, segments[i]);
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat) return false;
    if (stat.isSymbolicLink()) return i === segments.length - 1 && !directory ? true : null;
    if ((i < segments.length - 1 || directory) && !stat.isDirectory()) return false;
  }
  return true;
}
