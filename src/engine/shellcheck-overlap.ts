import type { Instruction } from '../ast/nodes';
import type { Diagnostic } from './types';

/**
 * A rule's findings that ShellCheck has already made: the rule declares the ShellCheck codes that
 * report the same problem (`shellcheckCovers`), and where ShellCheck reports one of them as an error
 * in the same instruction, the rule's finding there is left out, so a user with ShellCheck installed
 * reads the problem once.
 */
export function withoutShellcheckOverlaps(
  own: readonly Diagnostic[],
  shellcheck: readonly Diagnostic[],
  covers: ReadonlyMap<string, RegExp>,
  instructions: readonly Instruction[],
): readonly Diagnostic[] {
  if (covers.size === 0 || shellcheck.length === 0) return own;
  return own.filter((d) => {
    const codes = covers.get(d.ruleId);
    if (!codes) return true;
    const at = instructionAt(instructions, d.range.start.offset);
    return !shellcheck.some((s) => s.severity === 'error' && codes.test(s.ruleId) && instructionAt(instructions, s.range.start.offset) === at);
  });
}

/** The instruction an offset belongs to: the last one starting at or before it (its heredoc bodies follow its line). */
function instructionAt(instructions: readonly Instruction[], offset: number): Instruction | null {
  let lo = 0;
  let hi = instructions.length - 1;
  let found: Instruction | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (instructions[mid].range.start.offset <= offset) {
      found = instructions[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
