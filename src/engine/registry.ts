import type { AnyRule } from './types';
import { parseErrorRule } from './parse-error';
import { unusedIgnoreRule } from './unused-ignore';

/** Rules the engine itself provides (no module in `rules/`). */
export const BUILTIN_RULES: readonly AnyRule[] = [parseErrorRule, unusedIgnoreRule];

/**
 * Finds rules by id (`DF001`), name (`from-first`) or alias (`DL3061`, `JSONArgsRecommended`),
 * all case-insensitive, so `# hadolint ignore=dl3007` and `--rule latest-tag=off` both work.
 */
export class RuleRegistry {
  /** Every rule (the built-in ones included), sorted by id. */
  readonly rules: readonly AnyRule[];
  private readonly byKey = new Map<string, AnyRule>();

  constructor(rules: readonly AnyRule[]) {
    const builtinIds = new Set(BUILTIN_RULES.map((r) => r.id));
    const all = [...BUILTIN_RULES, ...rules.filter((r) => !builtinIds.has(r.id))];
    all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.rules = all;
    // Ids and names win over aliases; the first rule to claim a key keeps it (meta tests forbid clashes).
    for (const rule of all) {
      this.claim(rule.id, rule);
      this.claim(rule.name, rule);
    }
    for (const rule of all) for (const alias of rule.aliases) this.claim(alias, rule);
  }

  private claim(key: string, rule: AnyRule): void {
    const k = key.toLowerCase();
    if (!this.byKey.has(k)) this.byKey.set(k, rule);
  }

  /** The rule an id, name or alias names, or undefined. */
  get(key: string): AnyRule | undefined {
    return this.byKey.get(key.trim().toLowerCase());
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Every id, name and alias as written in the rule definitions (for suggestions and the schema). */
  keys(): string[] {
    const out: string[] = [];
    for (const rule of this.rules) out.push(rule.id, rule.name, ...rule.aliases);
    return out;
  }
}
