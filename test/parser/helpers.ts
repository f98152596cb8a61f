/** Small helpers for parser tests: parse, and print ranges as `line:col-line:col`. */
import type { Instruction, InstructionOfType, InstructionType, Range } from '../../src/ast/nodes';
import { parseDockerfile } from '../../src/parser';

export function parse(text: string) {
  return parseDockerfile(text).ast;
}

/** `L:C-L:C` for a range (end exclusive). */
export function at(range: Range | null | undefined): string {
  if (!range) return 'null';
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

/** The text a range covers. */
export function textAt(text: string, range: Range): string {
  return text.slice(range.start.offset, range.end.offset);
}

/** The only instruction of a type in `text` (the first when there are several). */
export function only<T extends InstructionType>(text: string, type: T): InstructionOfType<T> {
  const node = parse(text).instructions.find((n: Instruction) => n.type === type);
  if (!node) throw new Error(`no ${type} in ${JSON.stringify(text)}`);
  return node as InstructionOfType<T>;
}

export function codes(text: string): string[] {
  return parse(text).diagnostics.map((d) => d.code);
}
