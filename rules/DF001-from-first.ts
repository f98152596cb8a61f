import { defineRule } from '../src/engine/define-rule';

/**
 * Only ARG may come before the first FROM (its value can then parameterise FROM lines).
 * Parser directives and comments are not instructions, so they never count.
 */
export default defineRule({
  id: 'DF001',
  name: 'from-first',
  aliases: ['DL3061'],
  severity: 'error',
  fix: 'none',
  summary: 'An instruction other than ARG before the first FROM, or no FROM at all',
  docs: {
    why:
      'A Dockerfile must start a build stage with `FROM` before anything else happens. Only `ARG` may ' +
      'precede it, to declare variables that `FROM` lines can use. Any other instruction before the first ' +
      '`FROM` (or a file with no `FROM` at all) makes the build fail.',
    invalid: ['RUN echo hello\nFROM alpine:3.20\n', 'ARG VERSION=3.20\n'],
    valid: [
      '# syntax=docker/dockerfile:1\n# A comment\nARG VERSION=3.20\nFROM alpine:${VERSION}\nRUN echo hello\n',
    ],
    notes:
      'Parser directives (`# syntax=…`, `# escape=…`) and comments may come first. When the file has no ' +
      '`FROM` at all, a single diagnostic is reported on the first instruction instead of one per instruction.',
  },
  messages: {
    beforeFrom: (p: { keyword: string }) => `${p.keyword} before the first FROM; only ARG may come before FROM`,
    noFrom: () => 'The Dockerfile has no FROM instruction; every build needs at least one stage',
  },
  create(ctx) {
    return {
      onEnd() {
        const instructions = ctx.ast.instructions;
        if (instructions.length === 0) return; // An empty file is a parse diagnostic already.
        const firstFrom = instructions.findIndex((node) => node.type === 'From');
        if (firstFrom === -1) {
          ctx.report({ range: instructions[0].keywordRange, messageId: 'noFrom' });
          return;
        }
        for (const node of instructions.slice(0, firstFrom)) {
          if (node.type === 'Arg' || node.type === 'Unknown') continue;
          ctx.report({ range: node.keywordRange, messageId: 'beforeFrom', data: { keyword: node.keyword } });
        }
      },
    };
  },
});
