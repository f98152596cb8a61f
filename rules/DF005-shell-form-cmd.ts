import { looksLikeBrokenExecForm, readLooseList } from '../src/analysis/exec-form-text';
import type { Instruction, ShellForm } from '../src/ast/nodes';
import { segmentOffset, segmentRange } from '../src/ast/source';
import { defineRule } from '../src/engine/define-rule';
import type { Fix } from '../src/engine/types';
import type { Stage } from '../src/semantic/model';

/** Words made only of characters no POSIX shell treats specially. */
const PLAIN_WORD = /^[A-Za-z0-9_\-./:=,@+%^]+$/;

/** Shell builtins and keywords that have no program of the same name to exec. */
const SHELL_ONLY = new Set([
  '.', ':', 'alias', 'break', 'cd', 'continue', 'declare', 'eval', 'exit', 'export', 'let', 'local',
  'read', 'readonly', 'return', 'set', 'shift', 'source', 'trap', 'typeset', 'ulimit', 'umask', 'unset',
  'wait', 'if', 'then', 'else', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', 'function',
]);

/**
 * The exec-form words equivalent to a shell-form command, or null when the shell would do something
 * with the text (expansion, operators, quoting, globbing, assignments, builtins) that exec form cannot.
 */
export function plainCommandWords(value: string): string[] | null {
  const words = value.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || !words.every((w) => PLAIN_WORD.test(w))) return null;
  if (words[0] === 'exec') words.shift(); // `exec x` in a shell is just `x` in exec form.
  if (words.length === 0 || words[0].includes('=') || SHELL_ONLY.has(words[0])) return null;
  return words;
}

/** Memo table (on the model): whether a stage has a CMD or ENTRYPOINT of its own. */
const STAGE_HAS = {};

export default defineRule({
  id: 'DF005',
  name: 'shell-form-cmd',
  aliases: ['DL3025', 'JSONArgsRecommended'],
  severity: 'warning',
  fix: 'safe',
  summary: 'CMD, ENTRYPOINT or HEALTHCHECK CMD in shell form',
  docs: {
    why:
      'In shell form the command runs as a child of `/bin/sh -c`. The shell becomes PID 1 and does not ' +
      'forward signals, so `docker stop` waits out its timeout and then kills the process without a ' +
      'graceful shutdown. The exec form (a JSON array) runs the program directly.',
    invalid: [
      'FROM node:22-alpine\nCMD node server.js\n',
      'FROM node:22-alpine\nHEALTHCHECK CMD wget -qO- http://localhost:3000/health || exit 1\n',
    ],
    valid: [
      'FROM node:22-alpine\nCMD ["node", "server.js"]\n',
      'FROM node:22-alpine\nSHELL ["/bin/bash", "-c"]\nCMD node server.js\n',
    ],
    notes:
      'Not reported when a `SHELL` instruction (in the stage or a stage it builds on) chose the shell on ' +
      'purpose, as BuildKit does. Text that starts with `[` but is broken JSON is left to ' +
      '`malformed-exec-form`. The safe fix rewrites the command as a JSON array only when the text has ' +
      'no shell syntax at all (no variables, quotes, operators, redirections, globs, assignments or shell ' +
      'builtins) and the default POSIX shell would have run it; a leading `exec` is dropped. The fix is ' +
      'unsafe instead when it changes arguments: a CMD in a stage (or base stage) with an ENTRYPOINT, which ' +
      'then receives different arguments, or a shell-form ENTRYPOINT in a stage with a CMD, which it then ' +
      'starts receiving. (The ENTRYPOINT of a base image pulled from a registry is unknown and not considered.) ' +
      '`shell-form-entrypoint` also reports shell-form ENTRYPOINT, with the reason specific to it.',
  },
  messages: {
    shellForm: (p: { keyword: string; shell: string }) =>
      `${p.keyword} in shell form runs under ${p.shell}, which does not pass signals to the process; use the JSON exec form`,
    healthcheckShellForm: () =>
      'HEALTHCHECK CMD in shell form needs a shell in the image and starts one on every check; use the JSON exec form',
  },
  create(ctx) {
    /**
     * Whether exec form could change what runs beyond dropping the shell: a CMD becomes different
     * arguments to an ENTRYPOINT set in the Dockerfile, and a shell-form ENTRYPOINT starts receiving
     * the stage's CMD, which it used to ignore.
     */
    function changesArguments(node: Instruction): boolean {
      if (node.inOnbuild) return true;
      if (node.type === 'Cmd') {
        for (let s: Stage | null = ctx.model.stageOf(node), n = 0; s && n < 64; s = s.baseStage, n++) {
          if (stageHas(s, 'Entrypoint')) return true;
        }
      }
      if (node.type === 'Entrypoint') {
        const stage = ctx.model.stageOf(node);
        return !!stage && stageHas(stage, 'Cmd');
      }
      return false;
    }
    /** Whether the stage has an instruction of `type` of its own (not an ONBUILD trigger): found once per stage. */
    function stageHas(stage: Stage, type: 'Cmd' | 'Entrypoint'): boolean {
      return ctx.model.memo(STAGE_HAS, `${stage.index}/${type}`, () => stage.instructions.some((i) => i.type === type && !i.inOnbuild));
    }
    /** Whether a comment starts in [start, end): comments are in file order, so a binary search finds the first at or after start. */
    function commentIn(start: number, end: number): boolean {
      const comments = ctx.ast.comments;
      let lo = 0;
      let hi = comments.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (comments[mid].range.start.offset < start) lo = mid + 1;
        else hi = mid;
      }
      return lo < comments.length && comments[lo].range.start.offset < end;
    }
    function execFormFix(form: ShellForm, node: Instruction): Fix | undefined {
      const shell = ctx.model.effectiveShell(node);
      if (!/(^|\/)(sh|bash|ash|dash)$/.test(shell[0] ?? '')) return undefined;
      const words = plainCommandWords(form.value);
      if (!words) return undefined;
      const start = segmentOffset(form.segments, 0);
      const end = segmentOffset(form.segments, form.value.length - 1) + 1;
      // A comment line inside a continued command would be lost by the rewrite.
      if (commentIn(start, end)) return undefined;
      return {
        title: 'Rewrite in exec form',
        kind: changesArguments(node) ? 'unsafe' : 'safe',
        edits: [{ start, end, text: `[${words.map((w) => JSON.stringify(w)).join(', ')}]` }],
      };
    }
    function check(node: Instruction, keyword: string, form: ShellForm | null | undefined): void {
      if (!form || form.type !== 'ShellForm' || form.value === '') return;
      if (looksLikeBrokenExecForm(readLooseList(form.value))) return;
      if (ctx.model.seenBefore(node, 'Shell')) return;
      ctx.report({
        range: segmentRange(ctx.source, form.segments, 0, form.value.length),
        messageId: keyword === 'HEALTHCHECK CMD' ? 'healthcheckShellForm' : 'shellForm',
        data: { keyword, shell: ctx.model.effectiveShell(node).join(' ') },
        fix: execFormFix(form, node),
      });
    }
    return {
      Cmd(node) {
        if (node.command?.type === 'ShellForm') check(node, 'CMD', node.command);
      },
      Entrypoint(node) {
        if (node.command?.type === 'ShellForm') check(node, 'ENTRYPOINT', node.command);
      },
      Healthcheck(node) {
        if (node.kind === 'CMD' && node.command?.type === 'ShellForm') check(node, 'HEALTHCHECK CMD', node.command);
      },
    };
  },
});
