import type { Range } from '../../src/ast/nodes';
import { SourceText } from '../../src/ast/source';
import { parseShellScript } from '../../src/shell/parse';
import type { ShellCommand, ShellScript } from '../../src/shell/types';

/** Parse a script that is a whole file of its own (index i is file offset i). */
export function parseScript(text: string): ShellScript {
  return parseShellScript(text, { source: new SourceText(text), segments: [{ start: 0, fileOffset: 0, length: text.length }] });
}

/** A command as `[name, ...args]` values (name '' for a command without one). */
export function words(c: ShellCommand): string[] {
  return [c.name?.value ?? '', ...c.args.map((a) => a.value)];
}

export function commandWords(text: string): string[][] {
  return parseScript(text).commands.map(words);
}

/** `line:column-line:column` of a range. */
export function loc(r: Range): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}
