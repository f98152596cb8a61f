import type { Messages, RuleDefinition } from './types';

/** Identity helper that gives a rule module full type inference for options and messages. */
export function defineRule<O = Record<string, never>, M extends Messages = Messages>(
  rule: RuleDefinition<O, M>,
): RuleDefinition<O, M> {
  return rule;
}

export const DOCS_BASE_URL = 'https://github.com/dflint/dflint/blob/main/docs/rules/';

export function docsUrl(rule: { id: string; name: string }): string {
  return `${DOCS_BASE_URL}${rule.id}-${rule.name}.md`;
}
