import type { AddInstruction, CopyInstruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import { contextSegments, contextSources, existsInContext, hasWildcards } from '../src/semantic/build-context';

/** ADD also takes `github.com/owner/repo` as a git source without a scheme. */
function isGitShorthand(source: string): boolean {
  return source.startsWith('github.com/');
}

export default defineRule({
  id: 'DF230',
  name: 'copy-source-missing',
  aliases: [],
  severity: 'error',
  fix: 'none',
  readsBuildContext: true,
  summary: 'COPY or ADD of a path the build context does not hold',
  docs: {
    why:
      'COPY and ADD read their sources from the build context. A source that is not there fails the build ' +
      '(`failed to compute cache key: … not found`), often after minutes of earlier steps, or in CI after the ' +
      'push. Checked here, a renamed file or a typo shows up in the editor or the pre-commit hook.',
    invalid: ['FROM node:22-alpine\nWORKDIR /app\nCOPY package.json server.js ./\nCOPY src/ ./src/\n'],
    valid: ['FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nCOPY server.js ./\nCOPY . .\n'],
    settings: { contextDir: 'examples/node-app' },
    notes:
      'Runs only when the build context is known: `--context DIR`, or `settings.contextDir` in a config file ' +
      '(per directory with `overrides`). The Dockerfile\'s own directory would only be a guess, since ' +
      '`docker build -f docker/Dockerfile .` sends another. The examples above are checked against this ' +
      'repository\'s `examples/node-app`. A wildcard that matches nothing is not reported, since BuildKit ' +
      'copies nothing then (`COPY requirements*.txt ./` is a way to copy an optional file), but the ' +
      'directory before the first wildcard must exist, or the build fails. Not checked: sources with ' +
      'variables dflint cannot resolve, URLs and git sources, heredocs, `--from` copies, ONBUILD triggers, ' +
      'paths with a backslash, and paths through a symbolic link. A file that is there but left out by ' +
      '`.dockerignore` is copy-ignored-file\'s to report. With `--cache`, a file this rule checks is linted on every run, since ' +
      'its findings depend on the context\'s files.',
  },
  messages: {
    missing: (p: { keyword: string; source: string }) => `${p.keyword} source "${p.source}" is not in the build context; the build will fail`,
    noDirectory: (p: { keyword: string; source: string; directory: string }) =>
      `${p.keyword} source "${p.source}": the build context has no directory "${p.directory}"; the build will fail`,
  },
  create(ctx) {
    const contextDir = ctx.settings.contextDir;
    if (contextDir === null) return {};
    const check = (node: CopyInstruction | AddInstruction) => {
      const keyword = node.type === 'Copy' ? 'COPY' : 'ADD';
      for (const { word: source, value } of contextSources(ctx.model, node)) {
        if (value.includes('\\') || (node.type === 'Add' && isGitShorthand(value))) continue;
        const segments = contextSegments(value);
        if (!hasWildcards(value)) {
          if (existsInContext(contextDir, segments) === false) ctx.report({ node: source, messageId: 'missing', data: { keyword, source: value } });
          continue;
        }
        const fixed = segments.slice(0, segments.findIndex(hasWildcards));
        if (fixed.length > 0 && existsInContext(contextDir, fixed, true) === false) {
          ctx.report({ node: source, messageId: 'noDirectory', data: { keyword, source: value, directory: fixed.join('/') } });
        }
      }
    };
    return { Copy: check, Add: check };
  },
});
