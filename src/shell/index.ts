import type { Instruction } from '../ast/nodes';
import type { SourceText } from '../ast/source';
import type { ShellAnalysis } from './types';

/**
 * Parse the command an instruction runs, following the effective SHELL.
 * Placeholder until the shell grammar lands (issue "Parse every real Dockerfile").
 */
export function analyzeShell(node: Instruction, shell: string[], _source: SourceText): ShellAnalysis | null {
  if (node.type !== 'Run') return null;
  return { kind: 'skipped', shell: shell[0] ?? '', reason: 'shell parser not available yet' };
}
