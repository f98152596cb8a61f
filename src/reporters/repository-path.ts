import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ReportContext } from './types';

/**
 * The file's path from the repository root (`ctx.srcRoot`, else the working directory) with `/`
 * separators, as code-scanning and CI services name files; null when the file is outside it.
 */
export function repositoryPath(filePath: string, ctx: Pick<ReportContext, 'cwd' | 'srcRoot'>): string | null {
  const fromRoot = relative(ctx.srcRoot ?? ctx.cwd, resolve(ctx.cwd, filePath));
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return null;
  return fromRoot.split(sep).join('/');
}

/** The repository path when there is one, else the absolute path. */
export function reportedPath(filePath: string, ctx: Pick<ReportContext, 'cwd' | 'srcRoot'>): string {
  return repositoryPath(filePath, ctx) ?? resolve(ctx.cwd, filePath);
}
