import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as JsYaml from 'js-yaml';
import type { RuleRegistry } from '../engine/registry';
import { retiredHadolintCodeNote } from '../engine/retired-hadolint-codes';
import { ConfigError } from './errors';
import { isLabelKind, LABEL_KINDS } from './schema';
import type { ForeignConfig } from './load';

/** js-yaml loads on first use: most runs read no YAML, and loading it costs start-up time. */
function parseYaml(text: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('js-yaml') as typeof JsYaml).load(text);
}

/**
 * Reads a `.hadolint.yaml` / `.hadolint.yml` and translates it into the shape of a dflint config
 * file, so users coming from hadolint keep their settings. Used only when no dflint config exists.
 */

export const HADOLINT_CONFIG_NAMES = ['.hadolint.yaml', '.hadolint.yml'];

/** The subset of a dflint config file that a hadolint config can express. */
export interface TranslatedConfig {
  rules: Record<string, string>;
  failureThreshold?: string;
  settings: {
    trustedRegistries?: string[];
    labelSchema?: Record<string, string>;
    strictLabels?: boolean;
    disableIgnorePragma?: boolean;
    shellcheckExclude?: string[];
  };
}

export interface HadolintTranslation {
  config: TranslatedConfig;
  /** One line each, naming the file and key: unknown keys, unknown rule codes, keys with no effect. */
  warnings: string[];
}

export class HadolintConfigError extends Error {}

const SEVERITY_KEYS = ['error', 'warning', 'info', 'style'] as const;
const THRESHOLDS = new Set(['error', 'warning', 'info', 'style', 'ignore', 'none']);
/** hadolint keys that only steer hadolint's own output; dflint has command-line options for them. */
const OUTPUT_KEYS = new Set(['format', 'no-color', 'verbose']);
const KNOWN_KEYS = new Set([
  'ignored',
  'override',
  'failure-threshold',
  'no-fail',
  'trustedRegistries',
  'label-schema',
  'strict-labels',
  'disable-ignore-pragma',
  ...OUTPUT_KEYS,
]);

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/**
 * @param isKnownCode tells whether a hadolint code (`DL3008`) or ShellCheck code (`SC2086`) names
 *   something dflint checks; unknown ones are warned about and dropped (quietly, for a code
 *   hadolint itself has removed, in `ignored`).
 */
export function translateHadolintConfig(file: string, data: unknown, isKnownCode: (code: string) => boolean): HadolintTranslation {
  const warnings: string[] = [];
  const config: TranslatedConfig = { rules: {}, settings: {} };
  if (data === null || data === undefined) return { config, warnings };
  if (typeof data !== 'object' || Array.isArray(data)) throw new HadolintConfigError(`${file}: expected a mapping of hadolint settings`);
  const obj = data as Record<string, unknown>;
  const fail = (key: string, what: string): never => {
    throw new HadolintConfigError(`${file}: ${key}: ${what}`);
  };
  const setRule = (key: string, code: string, value: string): void => {
    if (/^SC\d{4}$/i.test(code)) {
      // ShellCheck findings are not rules: an ignored code is excluded, an override keeps its level.
      if (value === 'off') (config.settings.shellcheckExclude ??= []).push(code.toUpperCase());
      else warnings.push(`${file}: ${key}: severity overrides of ShellCheck codes are not supported; "${code}" keeps ShellCheck's level`);
      return;
    }
    if (!isKnownCode(code)) {
      const retired = retiredHadolintCodeNote(code);
      // Ignoring a check that no longer exists asks for what happens anyway: old configs keep it quietly.
      if (retired && value === 'off') return;
      warnings.push(retired ? `${file}: ${key}: ${retired}; ignored` : `${file}: ${key}: unknown rule code "${code}" ignored`);
      return;
    }
    config.rules[code] = value;
  };

  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) warnings.push(`${file}: ${key}: unknown hadolint setting ignored`);
    else if (OUTPUT_KEYS.has(key)) warnings.push(`${file}: ${key}: has no effect in dflint (use the command-line options)`);
  }

  if (obj.ignored !== undefined) {
    if (!isStringList(obj.ignored)) fail('ignored', 'expected a list of rule codes');
    for (const code of obj.ignored as string[]) setRule('ignored', code, 'off');
  }
  if (obj.override !== undefined) {
    const override = obj.override;
    if (override === null || typeof override !== 'object' || Array.isArray(override)) fail('override', 'expected a mapping of severities to lists of rule codes');
    for (const [level, codes] of Object.entries(override as Record<string, unknown>)) {
      if (!(SEVERITY_KEYS as readonly string[]).includes(level)) {
        warnings.push(`${file}: override.${level}: unknown severity ignored (expected error, warning, info or style)`);
        continue;
      }
      if (codes === null) continue;
      if (!isStringList(codes)) fail(`override.${level}`, 'expected a list of rule codes');
      for (const code of codes as string[]) setRule(`override.${level}`, code, level);
    }
  }
  if (obj['failure-threshold'] !== undefined) {
    const t = obj['failure-threshold'];
    if (typeof t !== 'string' || !THRESHOLDS.has(t)) fail('failure-threshold', 'expected one of error, warning, info, style, ignore, none');
    config.failureThreshold = t === 'ignore' ? 'none' : (t as string);
  }
  if (obj['no-fail'] !== undefined) {
    if (typeof obj['no-fail'] !== 'boolean') fail('no-fail', 'expected true or false');
    if (obj['no-fail']) config.failureThreshold = 'none';
  }
  if (obj.trustedRegistries !== undefined) {
    if (!isStringList(obj.trustedRegistries)) fail('trustedRegistries', 'expected a list of registry names');
    config.settings.trustedRegistries = obj.trustedRegistries as string[];
  }
  if (obj['label-schema'] !== undefined) {
    const schema = obj['label-schema'];
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) fail('label-schema', 'expected a mapping of label names to kinds');
    const labelSchema: Record<string, string> = {};
    for (const [label, kind] of Object.entries(schema as Record<string, unknown>)) {
      if (!isLabelKind(kind)) {
        fail(`label-schema.${label}`, `expected one of ${[...LABEL_KINDS].join(', ')}`);
      }
      labelSchema[label] = kind as string;
    }
    config.settings.labelSchema = labelSchema;
  }
  if (obj['strict-labels'] !== undefined) {
    if (typeof obj['strict-labels'] !== 'boolean') fail('strict-labels', 'expected true or false');
    config.settings.strictLabels = obj['strict-labels'] as boolean;
  }
  if (obj['disable-ignore-pragma'] !== undefined) {
    if (typeof obj['disable-ignore-pragma'] !== 'boolean') fail('disable-ignore-pragma', 'expected true or false');
    config.settings.disableIgnorePragma = obj['disable-ignore-pragma'] as boolean;
  }
  return { config, warnings };
}

/** Read and translate a hadolint config file; I/O and YAML errors become HadolintConfigError. */
export function readHadolintConfig(file: string, isKnownCode: (code: string) => boolean): HadolintTranslation {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new HadolintConfigError(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    const e = err as { mark?: { line: number; column: number }; reason?: string };
    const where = e.mark ? `:${e.mark.line + 1}:${e.mark.column + 1}` : '';
    throw new HadolintConfigError(`${file}${where}: invalid YAML: ${e.reason ?? String(err)}`);
  }
  return translateHadolintConfig(file, data, isKnownCode);
}

/**
 * The foreign-config reader for `ConfigLoader`: finds a hadolint config in `dir` and translates it.
 * Rule codes are known when some dflint rule has them as an alias, or when they are ShellCheck codes.
 */
export const hadolintConfigReader = (dir: string, registry: RuleRegistry): ForeignConfig | null => {
  for (const name of HADOLINT_CONFIG_NAMES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    try {
      const { config, warnings } = readHadolintConfig(file, (code) => registry.get(code) !== undefined);
      return { path: file, data: config, warnings };
    } catch (err) {
      if (err instanceof HadolintConfigError) throw new ConfigError(file, err.message.slice(file.length + 2));
      throw err;
    }
  }
  return null;
};
