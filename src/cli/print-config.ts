import { relative } from 'node:path';
import type { ResolvedConfig } from '../config/load';
import { resolveActiveRules } from '../engine/linter';
import type { RuleRegistry } from '../engine/registry';

/** A path as the user would write it from the working directory. */
function shown(path: string, cwd: string): string {
  return relative(cwd, path) || path;
}

/**
 * What `--print-config` shows for one file: the configuration every layer (defaults, config
 * file, DFLINT_* variables, command line) adds up to, with each rule's severity (or `off`) and
 * options as the linter will use them.
 */
export function describeConfig(config: ResolvedConfig, registry: RuleRegistry, file: string, cwd: string): object {
  const active = new Map(resolveActiveRules(registry.rules, config.engine).map((a) => [a.rule.id, a]));
  const rules: Record<string, object> = {};
  for (const rule of registry.rules) {
    const a = active.get(rule.id);
    rules[rule.id] = a ? { name: rule.name, severity: a.severity, ...(Object.keys(a.options).length > 0 ? { options: a.options } : {}) } : { name: rule.name, severity: 'off' };
  }
  return {
    file,
    configFile: config.filePath === null ? null : shown(config.filePath, cwd),
    // The files `extends` brought in and the overrides that matched, when there are any.
    ...(config.sources.length > 1 ? { configSources: config.sources.map((source) => shown(source, cwd)) } : {}),
    failureThreshold: config.failureThreshold,
    ignorePaths: config.ignorePaths,
    reportUnusedIgnores: config.engine.reportUnusedIgnores ?? false,
    disableIgnorePragma: config.engine.disableIgnorePragma ?? false,
    settings: config.engine.settings,
    rules,
    ...(config.warnings.length > 0 ? { warnings: config.warnings } : {}),
  };
}
