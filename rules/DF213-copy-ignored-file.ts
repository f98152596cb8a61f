import { readFileSync } from 'node:fs';
import type { AddInstruction, CopyInstruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import { contextSources, hasWildcards } from '../src/semantic/build-context';
import { directoryCacheFor, excludedBy, findDockerignore, parseDockerignore, type IgnorePattern } from '../src/semantic/dockerignore';

interface Options {
  /** Patterns treated as if the ignore file listed them (after its own lines). */
  extraPatterns: string[];
}

export default defineRule({
  id: 'DF213',
  name: 'copy-ignored-file',
  aliases: ['CopyIgnoredFile'],
  severity: 'warning',
  fix: 'none',
  summary: 'COPY or ADD of a file that .dockerignore excludes from the build context',
  docs: {
    why:
      'Files matched by `.dockerignore` are not sent to the builder, so copying one fails the build (or, ' +
      'with a wildcard, silently copies less than expected). Docker warns (`CopyIgnoredFile`).',
    invalid: ['FROM alpine:3.20\nCOPY ./tmp/helloworld.txt /helloworld.txt\n'],
    valid: ['FROM alpine:3.20\nCOPY ./forever/helloworld.txt /helloworld.txt\n'],
    options: { extraPatterns: ['tmp/'] },
    notes:
      'Reads `<Dockerfile>.dockerignore` beside the Dockerfile if it exists, else `.dockerignore` in the ' +
      'build context: the `contextDir` setting (`--context DIR`), or the Dockerfile\'s directory. Without ' +
      'an ignore file the rule does nothing. The `extraPatterns` option adds patterns for builds whose ' +
      'ignore file dflint cannot see (the examples above use `extraPatterns: ["tmp/"]`). Sources with ' +
      'wildcards, `.` (the whole context), URLs, heredocs and `--from` copies are not checked.',
  },
  messages: {
    ignored: (p: { keyword: string; source: string; pattern: string; line: number }) =>
      `Attempting to ${p.keyword} file "${p.source}" that is excluded by .dockerignore (pattern "${p.pattern}" ${p.line ? `on line ${p.line}` : 'from the extraPatterns option'})`,
  },
  options: {
    schema: { type: 'object', properties: { extraPatterns: { type: 'array', items: { type: 'string' }, description: 'Patterns treated as if the ignore file listed them, for builds whose ignore file dflint cannot see.' } }, additionalProperties: false },
    defaults: { extraPatterns: [] } as Options,
  },
  create(ctx) {
    let patterns: IgnorePattern[] | null = null;
    const load = (): IgnorePattern[] => {
      if (patterns) return patterns;
      const file = findDockerignore(ctx.filePath || null, ctx.settings.contextDir, directoryCacheFor(ctx.settings));
      const own = file ? readFileSync(file, 'utf8') : '';
      const extra = parseDockerignore(ctx.options.extraPatterns.join('\n')).map((p) => ({ ...p, line: 0 }));
      patterns = [...parseDockerignore(own), ...extra];
      return patterns;
    };
    const check = (node: CopyInstruction | AddInstruction) => {
      const sources = contextSources(ctx.model, node);
      if (sources.length === 0 || load().length === 0) return;
      for (const { word, value } of sources) {
        if (hasWildcards(value)) continue;
        const by = excludedBy(load(), value);
        if (by) {
          ctx.report({
            node: word,
            messageId: 'ignored',
            data: { keyword: node.type === 'Copy' ? 'Copy' : 'Add', source: value, pattern: `${by.exception ? '!' : ''}${by.pattern}`, line: by.line },
          });
        }
      }
    };
    return { Copy: check, Add: check };
  },
});
