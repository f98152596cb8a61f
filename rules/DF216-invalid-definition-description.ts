import type { Comment, Instruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';

/** Comments that are instructions to a tool, not descriptions. */
const PRAGMA = /^\s*(hadolint|dflint|check\s*=|syntax\s*=|escape\s*=|shellcheck)/i;

export default defineRule({
  id: 'DF216',
  name: 'invalid-definition-description',
  aliases: ['InvalidDefinitionDescription'],
  severity: 'style',
  enabledByDefault: false,
  fix: 'none',
  summary: 'Comment right above a stage or ARG that does not start with its name',
  docs: {
    why:
      '`docker build --call=outline` and `--call=targets` show the comment directly above a `FROM … AS name` ' +
      'or `ARG name` as its description, if it starts with that name (`# build-cli builds the CLI`). A ' +
      'comment in that place that does not follow the format is shown wrongly or not at all. Docker has ' +
      'this check (`InvalidDefinitionDescription`) off by default, and so does dflint.',
    invalid: ['# a non-descriptive comment\nFROM scratch AS base\n\n# another non-descriptive comment\nARG VERSION=1\n'],
    valid: [
      '# base is a stage for compiling source\nFROM scratch AS base\n# VERSION This is the version number.\nARG VERSION=1\n',
      '# some comment\n\nFROM scratch AS base\n',
    ],
    notes:
      'Only the comment block touching the instruction counts; an empty line in between makes it an ' +
      'ordinary comment. Linter pragmas (`# hadolint …`, `# dflint …`) are skipped.',
  },
  messages: {
    format: (p: { name: string }) =>
      `Comment for build stage or argument should follow the format: \`# ${p.name} <description>\`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.`,
  },
  create(ctx) {
    const byLine = new Map<number, Comment>();
    for (const c of ctx.ast.comments) if (!c.inContinuation && !PRAGMA.test(c.text)) byLine.set(c.range.start.line, c);
    const check = (node: Instruction, names: string[]) => {
      if (names.length === 0 || node.inOnbuild) return;
      let line = node.range.start.line - 1;
      if (!byLine.has(line)) return;
      while (byLine.has(line - 1)) line--;
      const comment = byLine.get(line)!;
      const first = comment.text.trim().split(/\s+/)[0] ?? '';
      if (names.includes(first)) return;
      ctx.report({ node: comment, messageId: 'format', data: { name: names[0] } });
    };
    return {
      From(node) {
        if (node.stageName) check(node, [node.stageName.value]);
      },
      Arg(node) {
        check(node, node.declarations.map((d) => d.name.value));
      },
    };
  },
});
