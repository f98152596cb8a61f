import type { RuleRegistry } from '../engine/registry';
import { retiredHadolintCodeNote } from '../engine/retired-hadolint-codes';
import type { AnyRule, RuleConfig } from '../engine/types';
import { ConfigError } from './errors';
import { didYouMean } from './suggest';
import type { RuleEntry } from './types';

/**
 * The rules a config key names (id, name or alias, any case; a BuildKit check name may stand for
 * several rules). An unknown key is a ConfigError naming `source` and `keyPath`, with the nearest
 * known name when there is a plausible one.
 */
export function resolveRuleKey(key: string, registry: RuleRegistry, keyPath: string, source: string): readonly AnyRule[] {
  const rules = registry.getAll(key);
  if (rules.length) return rules;
  const retired = retiredHadolintCodeNote(key);
  if (retired) throw new ConfigError(source, `${keyPath}: ${retired}`);
  throw new ConfigError(source, `${keyPath}: unknown rule${didYouMean(key, registry.keys())}`);
}

/**
 * Resolve a map of rule keys to per-id configs. Aliases apply first and ids/names after them, so
 * `{ "MultipleInstructionsDisallowed": "off", "multiple-cmd": "error" }` keeps multiple-cmd on.
 * Two keys of the same kind for one rule are an error (which one was meant is unclear).
 */
export function resolveRuleEntries(
  entries: Record<string, RuleEntry>,
  registry: RuleRegistry,
  source: string,
  keyPath: (key: string) => string,
): Record<string, RuleConfig> {
  const out: Record<string, RuleConfig> = {};
  const keys = Object.keys(entries);
  const ordered = [...keys.filter((k) => !registry.isExactKey(k)), ...keys.filter((k) => registry.isExactKey(k))];
  const claimedBy = new Map<string, string>();
  for (const key of ordered) {
    const exact = registry.isExactKey(key);
    for (const rule of resolveRuleKey(key, registry, keyPath(key), source)) {
      const previous = claimedBy.get(`${exact}:${rule.id}`);
      if (previous !== undefined) {
        throw new ConfigError(source, `${keyPath(key)}: names the same rule as ${keyPath(previous)} (${rule.id} ${rule.name})`);
      }
      claimedBy.set(`${exact}:${rule.id}`, key);
      out[rule.id] = mergeRuleConfig(out[rule.id], normalizeRuleEntry(entries[key]));
    }
  }
  return out;
}

/** A level string or `{ severity, options }` as a RuleConfig. */
export function normalizeRuleEntry(entry: RuleEntry): RuleConfig {
  if (typeof entry === 'string') return { severity: entry };
  const out: RuleConfig = {};
  if (entry.severity !== undefined) out.severity = entry.severity;
  if (entry.options !== undefined) out.options = { ...entry.options };
  return out;
}

/** Lay `over` on `base`: its severity wins when set, its options merge over the base options. */
export function mergeRuleConfig(base: RuleConfig | undefined, over: RuleConfig): RuleConfig {
  const out: RuleConfig = { ...(base ?? {}) };
  if (over.severity !== undefined) out.severity = over.severity;
  if (over.options !== undefined) out.options = { ...(base?.options ?? {}), ...over.options };
  return out;
}
