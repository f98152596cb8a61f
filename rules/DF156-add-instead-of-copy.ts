import { isAnyArchive, isRemoteSource } from '../src/analysis/archives';
import { defineRule } from '../src/engine/define-rule';
import { keywordLike } from '../src/analysis/keyword-case';
import type { AddInstruction, Word } from '../src/ast/nodes';
import type { Fix } from '../src/engine/types';

/**
 * ADD recognises a tar archive by its content, not its name. A source with a file extension (or a
 * directory, `.`, a glob) is clearly not one; a bare name like `rootfs` might be a tarball.
 */
function clearlyNotArchive(src: Word): boolean {
  const v = src.value.replace(/^["']|["']$/g, '');
  return v.endsWith('/') || v === '.' || /[*?[]/.test(v) || v.startsWith('<<') || /\.[A-Za-z0-9]+$/.test(v.slice(v.lastIndexOf('/') + 1));
}

/** ADD flags that COPY understands the same way; any other flag makes the rewrite unsafe. */
const COPY_COMPATIBLE_FLAGS = new Set(['chown', 'chmod', 'link', 'exclude', 'parents']);

export default defineRule({
  id: 'DF156',
  name: 'add-instead-of-copy',
  aliases: ['DL3020'],
  severity: 'error',
  fix: 'safe',
  summary: 'ADD used for plain local files or directories; use COPY',
  docs: {
    why:
      '`ADD` also downloads URLs and unpacks tar archives, so a reader (and the builder) must guess ' +
      'which of those an `ADD` does. For plain files and directories `COPY` says exactly what happens.',
    invalid: ['FROM node:22-alpine\nADD package.json /app/\n', 'FROM node:22-alpine\nADD --chown=node src/ /app/src/\n'],
    valid: [
      'FROM node:22-alpine\nCOPY package.json /app/\n',
      'FROM debian:12\nADD rootfs.tar.xz /\n',
      'FROM debian:12\nADD https://example.com/tool.bin /usr/local/bin/tool\n',
      'FROM debian:12\nADD git@github.com:moby/buildkit.git /src\n',
      'FROM debian:12\nARG SRC\nADD $SRC /opt/\n',
    ],
    notes:
      'Not reported when any source is a URL, a git repository or looks like an archive or compressed ' +
      'file, or when a source is a variable with no known value. The fix replaces the keyword with ' +
      '`COPY` when every flag means the same to COPY (`--chown`, `--chmod`, `--link`, `--exclude`, `--parents`). ' +
      'It is marked unsafe when a source is a bare name such as `rootfs`: ADD detects tar archives by ' +
      'their content, so such a file could be one that ADD unpacks.',
  },
  messages: {
    useCopy: () => 'Use COPY instead of ADD for files and directories',
  },
  create(ctx) {
    function resolved(node: AddInstruction, src: Word): string | null {
      if (!src.value.includes('$')) return src.value;
      return ctx.model.knownValue(node, src.value);
    }
    function fix(node: AddInstruction): Fix | undefined {
      if (node.flags.some((f) => !COPY_COMPATIBLE_FLAGS.has(f.name))) return undefined;
      const keyword = keywordLike(node, 'COPY');
      return {
        title: 'Replace ADD with COPY',
        kind: node.sources.every(clearlyNotArchive) ? 'safe' : 'unsafe',
        edits: [{ start: node.keywordRange.start.offset, end: node.keywordRange.end.offset, text: keyword }],
      };
    }
    return {
      Add(node) {
        if (node.sources.length === 0) return;
        for (const src of node.sources) {
          const value = resolved(node, src);
          if (value === null || isRemoteSource(value) || isAnyArchive(value)) return;
        }
        ctx.report({ range: node.keywordRange, messageId: 'useCopy', fix: fix(node) });
      },
    };
  },
});
