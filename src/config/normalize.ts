import type { RuleRegistry } from '../engine/registry';
import type { AnyRule, RuleConfig } from '../engine/types';
import { ConfigError } from './errors';
import { didYouMean } from './suggest';
import type { RuleEntry } from './types';

/**
 * The rule a config key names (id, name or alias, any case). An unknown key is a ConfigError
 * naming `source` and `keyPath`, with the nearest known name when there is a plausible one.
 */
export function resolveRuleKey(key: string, registry: RuleRegistry, keyPath: string, source: string): AnyRule {
  const rule = registry.get(key);
  if (rule) return rule;
  throw new ConfigError(source, `${keyPath}: unknown rule${didYouMean(key, registry.keys())}`);
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
