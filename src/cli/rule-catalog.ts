import { RuleRegistry } from '../engine/registry';
import type { AnyRule } from '../engine/types';
import allRules from '../../rules';
import { CliError } from './errors';
import { closestMatch } from '../config/suggest';
import { retiredHadolintCodeNote } from '../engine/retired-hadolint-codes';

let registry: RuleRegistry | undefined;

/** Every rule dflint has (the built-in DF000 and unused-ignore rules included), built once per process. */
export function ruleRegistry(): RuleRegistry {
  return (registry ??= new RuleRegistry(allRules));
}

/** The rule an id, name or alias names; a CliError with a "did you mean" hint otherwise. */
export function findRule(key: string): AnyRule {
  const reg = ruleRegistry();
  const rule = reg.get(key);
  if (rule) return rule;
  const retired = retiredHadolintCodeNote(key);
  if (retired) throw new CliError(retired);
  const hint = closestMatch(key, reg.keys());
  throw new CliError(`unknown rule${hint ? ` (did you mean ${hint}?)` : ''}; \`dflint rules\` lists them all`, key);
}
