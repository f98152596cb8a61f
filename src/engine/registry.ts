import type { AnyRule } from './types';
import { parseErrorRule } from './parse-error';
import { unusedIgnoreRule } from './unused-ignore';

/** Rules the engine itself provides (no module in `rules/`). */
export const BUILTIN_RULES: readonly AnyRule[] = [parseErrorRule, unusedIgnoreRule];

/**
 * Finds rules by id (`DF001`), name (`from-first`) or alias (`DL3061`, `JSONArgsRecommended`),
 * all case-insensitive, so `# hadolint ignore=dl3007` and `--rule latest-tag=off` both work.
 * Ids and names name one rule each. An alias may stand for several rules when one BuildKit check
 * covers several situations (`MultipleInstructionsDisallowed`: CMD, ENTRYPOINT and HEALTHCHECK).
 */
export class RuleRegistry {
  /** Every rule (the built-in ones included), sorted by id. */
  readonly rules: readonly AnyRule[];
  /**
   * Built on the first lookup: a lint with no config, no `--rule` and no suppression comments
   * looks no rule up, and building the maps for ~150 rules was ~0.7 ms of its start.
   */
  private index: RuleIndex | null = null;

  constructor(rules: readonly AnyRule[]) {
    const builtinIds = new Set(BUILTIN_RULES.map((r) => r.id));
    const all = [...BUILTIN_RULES, ...rules.filter((r) => !builtinIds.has(r.id))];
    all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.rules = all;
  }

  private get lookup(): RuleIndex {
    return (this.index ??= indexRules(this.rules));
  }

  /** The rule an id, name or alias names (for a shared alias, the first of its rules), or undefined. */
  get(key: string): AnyRule | undefined {
    return this.getAll(key)[0];
  }

  /** Every rule a key names: one for an id or name, one or more for an alias, none when unknown. */
  getAll(key: string): readonly AnyRule[] {
    const k = key.trim().toLowerCase();
    const { exact, byAlias } = this.lookup;
    const rule = exact.get(k);
    if (rule) return [rule];
    return byAlias.get(k) ?? [];
  }

  /** True when the key is a rule's id or name (not an alias). */
  isExactKey(key: string): boolean {
    return this.lookup.exact.has(key.trim().toLowerCase());
  }

  has(key: string): boolean {
    return this.getAll(key).length > 0;
  }

  /** Every id, name and alias as written in the rule definitions (for suggestions and the schema). */
  keys(): string[] {
    const out = new Set<string>();
    for (const rule of this.rules) for (const key of [rule.id, rule.name, ...rule.aliases]) out.add(key);
    return [...out];
  }
}

interface RuleIndex {
  exact: Map<string, AnyRule>;
  byAlias: Map<string, AnyRule[]>;
}

/** Ids and names (lower case) to their rule, and aliases to theirs; the first rule to claim an id or name keeps it (meta tests forbid clashes). */
function indexRules(rules: readonly AnyRule[]): RuleIndex {
  const exact = new Map<string, AnyRule>();
  const byAlias = new Map<string, AnyRule[]>();
  for (const rule of rules) {
    for (const key of [rule.id, rule.name]) {
      const k = key.toLowerCase();
      if (!exact.has(k)) exact.set(k, rule);
    }
  }
  for (const rule of rules) {
    for (const alias of rule.aliases) {
      const k = alias.toLowerCase();
      if (exact.has(k)) continue;
      const list = byAlias.get(k);
      if (list) list.push(rule);
      else byAlias.set(k, [rule]);
    }
  }
  return { exact, byAlias };
}
