import type { Instruction } from '../ast/nodes';

/**
 * `keyword` written the way `node` writes its own: lower case after a lower-case keyword
 * (`env` → `arg`), upper case otherwise. For fixes that replace or add an instruction keyword.
 */
export function keywordLike(node: Instruction, keyword: string): string {
  return node.keywordRaw === node.keywordRaw.toLowerCase() ? keyword.toLowerCase() : keyword.toUpperCase();
}
