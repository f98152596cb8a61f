import type { RunInstruction } from '../src/ast/nodes';
import { segmentRange } from '../src/ast/source';
import { defineRule } from '../src/engine/define-rule';
import { scanSingleQuoted } from '../src/shell/scan';

/** A variable name, or one in braces with what follows it, right after a `$` (sticky: read at lastIndex). */
const REFERENCE_AFTER_DOLLAR = /\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*)/y;

/** `$NAME` and `${NAME…}` outside single quotes and not escaped, with their offsets in `text`. */
function shellReferences(text: string): { name: string; start: number; end: number }[] {
  const refs: { name: string; start: number; end: number }[] = [];
  let inDouble = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === "'" && !inDouble) i = scanSingleQuoted(text, i) - 1;
    else if (c === '"') inDouble = !inDouble;
    else if (c === '$') {
      REFERENCE_AFTER_DOLLAR.lastIndex = i + 1;
      const m = REFERENCE_AFTER_DOLLAR.exec(text);
      if (m) refs.push({ name: m[1] ?? m[2], start: i, end: i + 1 + m[0].length });
    }
  }
  return refs;
}

function mentionsAny(text: string, names: Iterable<string>): boolean {
  for (const name of names) if (text.includes(name)) return true;
  return false;
}

/** Whether the script gives the variable a value itself (an assignment, a loop, read, export…). */
function assignsItself(text: string, name: string): boolean {
  return new RegExp(`(^|[^\\w$])(${name}(\\[[^\\]]*\\])?\\+?=|(for|select)\\s+${name}\\b|(read|export|local|declare|typeset|readonly|unset|getopts)\\b[^;&|\\n]*\\b${name}\\b)`).test(text);
}

export default defineRule({
  id: 'DF225',
  name: 'global-arg-in-run',
  aliases: [],
  severity: 'warning',
  fix: 'none',
  summary: 'RUN uses an ARG declared only before the first FROM, which is empty there',
  docs: {
    why:
      'An `ARG` before the first `FROM` is visible only to `FROM` lines. Inside a stage, `RUN` sees it only after ' +
      'the stage declares it again with `ARG NAME` (no value needed: the global default carries over). Without ' +
      'that, `$NAME` in `RUN` expands to nothing and the command runs with an empty value.',
    invalid: ['ARG VERSION=1.2.3\nFROM alpine:3.20\nRUN echo "building $VERSION" > /version\n'],
    valid: [
      'ARG VERSION=1.2.3\nFROM alpine:3.20\nARG VERSION\nRUN echo "building $VERSION" > /version\n',
      "ARG VERSION=1.2.3\nFROM alpine:3.20\nRUN VERSION=2; echo '$VERSION' \"$VERSION\"\n",
    ],
    notes:
      'Only shell-form RUN text is checked. A script that sets the variable itself (`NAME=…`, `for NAME in`, `read NAME`, ' +
      '`export NAME`) is not reported, and neither is a name the stage has from ENV or its own ARG.',
  },
  messages: {
    empty: (p: { name: string }) => `$${p.name} is empty in this RUN: ARG ${p.name} is declared before FROM, which keeps it for FROM lines; add \`ARG ${p.name}\` in this stage`,
  },
  create(ctx) {
    const globals = ctx.model.variables.globalArgs;
    if (globals.size === 0) return {};
    return {
      Run(node: RunInstruction) {
        const command = node.command;
        // An ONBUILD trigger runs in a later build, where this file's global ARGs mean nothing.
        if (node.inOnbuild || command?.type !== 'ShellForm' || !ctx.model.stageOf(node)) return;
        // Most scripts name none of the global ARGs at all: no need to read them.
        if (!mentionsAny(command.value, globals.keys())) return;
        const scope = ctx.model.variables.scopeAt(node);
        const reported = new Set<string>();
        for (const ref of shellReferences(command.value)) {
          if (!globals.has(ref.name) || scope.lookup(ref.name) || reported.has(ref.name) || assignsItself(command.value, ref.name)) continue;
          reported.add(ref.name);
          ctx.report({ range: segmentRange(ctx.source, command.segments, ref.start, ref.end), messageId: 'empty', data: { name: ref.name } });
        }
      },
    };
  },
});
