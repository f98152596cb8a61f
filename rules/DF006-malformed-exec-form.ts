import { looksLikeBrokenExecForm, readLooseList, type LooseList } from '../src/analysis/exec-form-text';
import type { Instruction, Range, TextSegment } from '../src/ast/nodes';
import { segmentOffset, segmentRange } from '../src/ast/source';
import { defineRule } from '../src/engine/define-rule';
import type { TextEdit } from '../src/engine/types';

function isJsonString(literal: string): boolean {
  try {
    return typeof JSON.parse(literal) === 'string';
  } catch {
    return false;
  }
}

type Problem =
  | 'singleQuotes'
  | 'unterminatedString'
  | 'unterminatedArray'
  | 'trailingComma'
  | 'trailingComment'
  | 'trailingText'
  | 'invalidString';

function problemOf(list: LooseList, text: string): Problem {
  if (list.unterminatedString) return 'unterminatedString';
  if (!list.closed) return 'unterminatedArray';
  if (list.trailing.startsWith('#')) return 'trailingComment';
  if (list.trailing) return 'trailingText';
  if (list.trailingComma) return 'trailingComma';
  if (list.elements.some((e) => e.quote === '"' && !isJsonString(text.slice(e.start, e.end)))) return 'invalidString';
  return 'singleQuotes';
}

/** The text an instruction would hand to the shell when its JSON failed, with its segment map. */
function shellText(node: Instruction): { text: string; segments: TextSegment[]; range: Range } | null {
  switch (node.type) {
    case 'Run':
    case 'Cmd':
    case 'Entrypoint':
    case 'Healthcheck':
      if (node.command?.type !== 'ShellForm') return null;
      return { text: node.command.value, segments: node.command.segments, range: node.command.range };
    case 'Copy':
    case 'Add':
    case 'Volume':
      if (node.form !== 'shell' || !node.args) return null;
      return { text: node.args.value, segments: node.argsSegments, range: node.args.range };
    default:
      return null;
  }
}

export default defineRule({
  id: 'DF006',
  name: 'malformed-exec-form',
  aliases: [],
  severity: 'error',
  fix: 'safe',
  summary: 'Starts with `[` but is not a valid JSON array of strings, so Docker treats it as shell form',
  docs: {
    why:
      'The exec form must be a JSON array of double-quoted strings. Anything else, most often single quotes, ' +
      'is silently taken as shell form: `CMD [\'node\', \'server.js\']` runs `/bin/sh -c "[\'node\', ' +
      '\'server.js\']"`, which fails at run time with a confusing error. `VOLUME [\'/data\']` creates a volume ' +
      "literally named `['/data']`.",
    invalid: [
      "FROM node:22-alpine\nCMD ['node', 'server.js']\n",
      'FROM node:22-alpine\nENTRYPOINT ["node", "server.js",]\n',
      'FROM node:22-alpine\nRUN ["npm", "ci"\n',
    ],
    valid: [
      'FROM node:22-alpine\nCMD ["node", "server.js"]\n',
      'FROM alpine:3.20\nRUN [ -f /etc/os-release ] && cat /etc/os-release\n',
      'FROM alpine:3.20\nRUN [ "$(uname -m)" = "x86_64" ] || echo "not x86"\n',
    ],
    notes:
      'Applies to RUN, CMD, ENTRYPOINT, HEALTHCHECK CMD, COPY, ADD and VOLUME. A shell test such as ' +
      '`RUN [ -f x ] && …` or `RUN [ "$a" = b ]` is legitimate shell and is not reported: only text that ' +
      'reads as a list of quoted strings separated by commas is (or one followed by a `#` comment, which ' +
      'a Dockerfile does not have at the end of a line). The safe fix only swaps single-quoted ' +
      'elements for JSON strings, and only when the result is a valid JSON array; it is not offered when a ' +
      'single-quoted element contains a backslash (whether it was meant as an escape is unclear).',
  },
  messages: {
    singleQuotes: () => 'Exec form needs double quotes; with single quotes this runs as a shell command',
    unterminatedString: () => 'Unterminated string in exec form; this runs as a shell command',
    unterminatedArray: () => 'Exec form is missing its closing "]"; this runs as a shell command',
    trailingComma: () => 'Trailing comma in exec form is not valid JSON; this runs as a shell command',
    trailingText: () => 'Text after the closing "]" makes this a shell command, not exec form',
    trailingComment: () =>
      'A comment after the closing "]" is not a comment in a Dockerfile: it makes this a shell command; put the comment on its own line',
    invalidString: () => 'An element is not a valid JSON string (check backslashes); this runs as a shell command',
  },
  create(ctx) {
    function check(node: Instruction): void {
      const found = shellText(node);
      if (!found) return;
      const list = readLooseList(found.text);
      if (!looksLikeBrokenExecForm(list)) return;
      const problem = problemOf(list, found.text);
      const fixable =
        problem === 'singleQuotes' && list.elements.every((e) => e.quote === '"' || !e.inner.includes('\\'));
      const edits: TextEdit[] = [];
      if (fixable) {
        for (const e of list.elements) {
          if (e.quote !== "'") continue;
          const start = segmentOffset(found.segments, e.start);
          const end = segmentOffset(found.segments, e.end - 1) + 1;
          edits.push({ start, end, text: JSON.stringify(e.inner) });
        }
      }
      ctx.report({
        range: segmentRange(ctx.source, found.segments, 0, found.text.length),
        messageId: problem,
        fix: fixable ? { title: 'Use double-quoted JSON strings', kind: 'safe', edits } : undefined,
      });
    }
    // Only the instructions `shellText` reads: the others are not visited for this rule.
    return { Run: check, Cmd: check, Entrypoint: check, Healthcheck: check, Copy: check, Add: check, Volume: check };
  },
});
