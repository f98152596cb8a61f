import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type * as JsYaml from 'js-yaml';
import type { RuleRegistry } from '../engine/registry';
import { defaultRuleSettings, type EngineConfig, type RuleConfig } from '../engine/types';
import { ConfigError } from './errors';
import { jsonSyntaxError } from './json-error';
import { hadolintConfigReader } from './hadolint';
import { mergeRuleConfig, resolveRuleEntries, resolveRuleKey } from './normalize';
import { FAILURE_THRESHOLDS } from './schema';
import type { CliConfig, ConfigLayer, FailureThreshold, OverrideLayer } from './types';
import { validateConfig } from './validate';
import { picomatch } from '../text/globs';

/** js-yaml loads on first use: most runs read no YAML, and loading it costs start-up time. */
function parseYaml(text: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('js-yaml') as typeof JsYaml).load(text);
}

/** Names looked for in each directory, in this order. */
export const CONFIG_FILE_NAMES = ['.dflintrc.json', '.dflintrc.yaml', '.dflintrc.yml'];

/**
 * Environment variables read (the layer between the config file and the command line):
 * - `DFLINT_FAILURE_THRESHOLD`  error | warning | info | style | none
 * - `DFLINT_IGNORE`             comma-separated rule ids, names or aliases to turn off
 * - `DFLINT_REPORT_UNUSED_IGNORES`  1/true or 0/false
 */
export const ENV_VARIABLES = ['DFLINT_FAILURE_THRESHOLD', 'DFLINT_IGNORE', 'DFLINT_REPORT_UNUSED_IGNORES'] as const;

/** A config in another tool's format, already translated into the shape of a dflint config file. */
export interface ForeignConfig {
  path: string;
  /** Data shaped like a `.dflintrc` file (validated like one). */
  data: unknown;
  /** Things the translation could not carry over, one line each, naming the file. */
  warnings: string[];
}

/**
 * Looks in one directory for another tool's config (e.g. `.hadolint.yaml`) and translates it.
 * Returns null when the directory has none. Throw ConfigError for a file that cannot be used.
 */
export type ForeignConfigReader = (dir: string, registry: RuleRegistry) => ForeignConfig | null;

/** Foreign readers consulted when no dflint config exists (the hadolint reader plugs in here). */
export const FOREIGN_CONFIG_READERS: ForeignConfigReader[] = [hadolintConfigReader];

/** Everything that decides how one file is linted. */
export interface ResolvedConfig {
  /** The config file used (dflint's or a foreign one), or null. */
  filePath: string | null;
  /**
   * What the configuration was built from, in order: the config files (those `extends` names
   * first) and each override that applied (`FILE overrides[N]`). Empty without a config file.
   */
  sources: string[];
  engine: EngineConfig;
  failureThreshold: FailureThreshold;
  /** Globs from the config file, relative to `ignoreBase`. */
  ignorePaths: string[];
  ignoreBase: string;
  /** Non-fatal notes (from translating a foreign config). */
  warnings: string[];
}

export interface ConfigLoaderOptions {
  registry: RuleRegistry;
  /** `--config FILE`: use this file for every linted file instead of discovery. */
  configFile?: string;
  /** Base for relative paths (default: process.cwd()). */
  cwd?: string;
  /** Environment to read DFLINT_* from (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** The command-line layer. */
  cli?: CliConfig;
  /** Foreign config readers (default: FOREIGN_CONFIG_READERS). */
  foreignReaders?: readonly ForeignConfigReader[];
}

/** Parse a config file's text by its extension. */
export function parseConfigText(text: string, path: string): unknown {
  if (path.endsWith('.json')) {
    // Editors on Windows often save JSON with a byte order mark, which JSON.parse refuses.
    const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
      return JSON.parse(json);
    } catch (err) {
      throw new ConfigError(path, jsonSyntaxError(json, (err as Error).message));
    }
  }
  try {
    return parseYaml(text);
  } catch (err) {
    const e = err as { mark?: { line: number; column: number }; reason?: string };
    const where = e.mark ? `${e.mark.line + 1}:${e.mark.column + 1}: ` : '';
    throw new ConfigError(path, `${where}invalid YAML: ${e.reason ?? String(err)}`);
  }
}

/** Read, parse and validate one `.dflintrc.*` file. */
export function readConfigFile(path: string, registry: RuleRegistry): ConfigLayer {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(path, code === 'ENOENT' ? 'no such config file' : `cannot read: ${code ?? String(err)}`);
  }
  return validateConfig(parseConfigText(text, path), path, registry);
}

function isThreshold(v: string): v is FailureThreshold {
  return (FAILURE_THRESHOLDS as readonly string[]).includes(v);
}

/** The DFLINT_* environment layer. */
export function environmentLayer(env: NodeJS.ProcessEnv, registry: RuleRegistry): ConfigLayer {
  const layer: ConfigLayer = { source: 'environment', rules: {} };
  const threshold = env.DFLINT_FAILURE_THRESHOLD?.trim();
  if (threshold) {
    if (!isThreshold(threshold)) throw new ConfigError('DFLINT_FAILURE_THRESHOLD', `must be one of ${FAILURE_THRESHOLDS.join(', ')} (got "${threshold}")`);
    layer.failureThreshold = threshold;
  }
  for (const key of (env.DFLINT_IGNORE ?? '').split(',').map((k) => k.trim()).filter(Boolean)) {
    for (const rule of resolveRuleKey(key, registry, key, 'DFLINT_IGNORE')) layer.rules[rule.id] = { severity: 'off' };
  }
  const unused = env.DFLINT_REPORT_UNUSED_IGNORES?.trim().toLowerCase();
  if (unused) {
    if (!['1', 'true', '0', 'false'].includes(unused)) throw new ConfigError('DFLINT_REPORT_UNUSED_IGNORES', `must be true or false (got "${unused}")`);
    layer.reportUnusedIgnores = unused === '1' || unused === 'true';
  }
  return layer;
}

/** The command-line layer; unknown rules are reported against the flag that named them. */
export function commandLineLayer(cli: CliConfig, registry: RuleRegistry): ConfigLayer {
  const layer: ConfigLayer = { source: 'command line', rules: resolveRuleEntries(cli.rules ?? {}, registry, '--rule', (key) => key) };
  for (const key of cli.ignore ?? []) {
    for (const rule of resolveRuleKey(key, registry, key, '--ignore')) layer.rules[rule.id] = mergeRuleConfig(layer.rules[rule.id], { severity: 'off' });
  }
  if (cli.failureThreshold) layer.failureThreshold = cli.failureThreshold;
  if (cli.reportUnusedIgnores !== undefined) layer.reportUnusedIgnores = cli.reportUnusedIgnores;
  if (cli.settings) layer.settings = cli.settings;
  return layer;
}

/** What mergeLayers reads of a layer: a config file's own keys, or an override's. */
type MergedLayer = Omit<ConfigLayer, 'extends' | 'overrides'>;

/** Combine layers, later ones winning: defaults < file < environment < command line. */
export function mergeLayers(layers: readonly MergedLayer[]): Omit<ResolvedConfig, 'filePath' | 'sources' | 'ignoreBase' | 'warnings'> {
  const rules: Record<string, RuleConfig> = {};
  const settings = { ...defaultRuleSettings(), disableIgnorePragma: false };
  let failureThreshold: FailureThreshold = 'warning';
  let reportUnusedIgnores = false;
  let ignorePaths: string[] = [];
  for (const layer of layers) {
    for (const [id, entry] of Object.entries(layer.rules)) rules[id] = mergeRuleConfig(rules[id], entry);
    if (layer.settings) Object.assign(settings, layer.settings);
    if (layer.failureThreshold) failureThreshold = layer.failureThreshold;
    if (layer.reportUnusedIgnores !== undefined) reportUnusedIgnores = layer.reportUnusedIgnores;
    if (layer.ignorePaths) ignorePaths = [...ignorePaths, ...layer.ignorePaths];
  }
  const { disableIgnorePragma, ...ruleSettings } = settings;
  return {
    engine: { rules, settings: ruleSettings, reportUnusedIgnores, disableIgnorePragma },
    failureThreshold,
    ignorePaths,
  };
}

function isFile(path: string): boolean {
  try {
    // Most probes find nothing: without an exception for each, a start allocates ~20 KB less.
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** True when `path` is a directory (false when it is anything else, missing or unreadable). */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/**
 * Finds and loads the config for each linted file: the nearest `.dflintrc.{json,yaml,yml}` walking
 * up from the file's directory (or the `--config` file), else the nearest foreign config, and lays
 * the environment and command line over it. Directory lookups and loaded files are cached, so a
 * whole repository reads each config once.
 */
export class ConfigLoader {
  private readonly registry: RuleRegistry;
  private readonly cwd: string;
  private readonly explicit: string | null;
  private readonly foreignReaders: readonly ForeignConfigReader[];
  private readonly upperLayers: ConfigLayer[];
  private readonly nearestCache = new Map<string, string | null>();
  private readonly foreignCache = new Map<string, ForeignConfig | null>();
  private readonly layersCache = new Map<string, FileLayers>();
  private readonly resolvedCache = new Map<string, ResolvedConfig>();

  constructor(options: ConfigLoaderOptions) {
    this.registry = options.registry;
    this.cwd = options.cwd ?? process.cwd();
    this.explicit = options.configFile ? resolve(this.cwd, options.configFile) : null;
    this.foreignReaders = options.foreignReaders ?? FOREIGN_CONFIG_READERS;
    // Built eagerly: a bad DFLINT_* variable or --rule is reported before any file is read.
    this.upperLayers = [environmentLayer(options.env ?? process.env, this.registry), commandLineLayer(options.cli ?? {}, this.registry)];
    if (this.explicit && !existsSync(this.explicit)) throw new ConfigError(options.configFile!, 'no such config file');
  }

  /**
   * The config for a file (path relative to cwd or absolute). For stdin, pass the `--stdin-filename` or a path in cwd.
   * Files a config's overrides treat alike share one ResolvedConfig object.
   */
  forFile(filePath: string): ResolvedConfig {
    const absolute = resolve(this.cwd, filePath);
    const dir = dirname(absolute);
    if (this.explicit) return this.resolved(this.explicit, () => this.dflintLayers(this.explicit!), absolute);
    const nearest = this.nearestDflintConfig(dir);
    if (nearest) return this.resolved(nearest, () => this.dflintLayers(nearest), absolute);
    const foreign = this.nearestForeignConfig(dir);
    if (foreign) {
      return this.resolved(foreign.path, () => ({ layers: [validateConfig(foreign.data, foreign.path, this.registry)], warnings: foreign.warnings }), absolute);
    }
    return this.resolved(null, () => ({ layers: [], warnings: [] }), absolute);
  }

  /** True when the file matches an `ignorePaths` glob of its config. */
  isIgnored(filePath: string): boolean {
    const config = this.forFile(filePath);
    return isIgnoredBy(config, resolve(this.cwd, filePath));
  }

  private resolved(path: string | null, read: () => FileLayers, absolute: string): ResolvedConfig {
    const fileKey = path ?? '';
    let file = this.layersCache.get(fileKey);
    if (!file) {
      file = read();
      this.layersCache.set(fileKey, file);
    }
    const ignoreBase = path ? dirname(path) : this.cwd;
    const applied = file.layers.filter((layer) => !isOverride(layer) || overrideApplies(layer, ignoreBase, absolute));
    const key = `${fileKey}\0${applied.length === file.layers.length ? '' : applied.map((layer) => file.layers.indexOf(layer)).join(',')}`;
    let config = this.resolvedCache.get(key);
    if (!config) {
      const merged = mergeLayers([...applied, ...this.upperLayers]);
      const settings = merged.engine.settings;
      if (settings.contextDir !== null) settings.contextDir = contextDirectory(settings.contextDir, ignoreBase, path);
      config = {
        ...merged,
        filePath: path,
        sources: applied.map((layer) => (isOverride(layer) ? `${layer.source} overrides[${layer.index}]` : layer.source)),
        ignoreBase,
        warnings: file.warnings,
      };
      this.resolvedCache.set(key, config);
    }
    return config;
  }

  /**
   * A dflint config file as the layers it stands for, in the order they apply: the files its
   * `extends` names (each in the same way, recursively), its own keys, then its overrides.
   * `chain` is the files extending this one, to report a cycle.
   */
  private dflintLayers(path: string, chain: readonly string[] = []): FileLayers {
    if (chain.includes(path)) {
      const cycle = [...chain.slice(chain.indexOf(path)), path].map((p) => relative(dirname(chain[0]), p) || p);
      throw new ConfigError(chain[chain.length - 1], `extends: a config cannot extend itself (${cycle.join(' → ')})`);
    }
    const own = readConfigFile(path, this.registry);
    const layers: FileLayers['layers'] = [];
    for (const written of own.extends ?? []) {
      const target = resolve(dirname(path), written);
      if (!isFile(target)) throw new ConfigError(path, `extends: ${written}: no such config file`);
      layers.push(...this.dflintLayers(target, [...chain, path]).layers);
    }
    const { extends: _extends, overrides, ...base } = own;
    layers.push(base);
    (overrides ?? []).forEach((override, index) => layers.push({ ...override, index }));
    return { layers, warnings: [] };
  }

  /** Nearest `.dflintrc.*` at or above `dir`, cached per directory. */
  nearestDflintConfig(dir: string): string | null {
    const cached = this.nearestCache.get(dir);
    if (cached !== undefined) return cached;
    let found: string | null = null;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
    }
    if (!found) {
      const parent = dirname(dir);
      found = parent === dir ? null : this.nearestDflintConfig(parent);
    }
    this.nearestCache.set(dir, found);
    return found;
  }

  /** Nearest foreign config at or above `dir`; consulted only when no dflint config exists. */
  private nearestForeignConfig(dir: string): ForeignConfig | null {
    const cached = this.foreignCache.get(dir);
    if (cached !== undefined) return cached;
    let found = readForeignConfig(dir, this.registry, this.foreignReaders);
    if (!found) {
      const parent = dirname(dir);
      found = parent === dir ? null : this.nearestForeignConfig(parent);
    }
    this.foreignCache.set(dir, found);
    return found;
  }
}

/**
 * The one place other tools' configs plug in: asks each reader about `dir` and returns the first
 * config found. Readers translate into the dflint config shape; validation happens after.
 */
export function readForeignConfig(dir: string, registry: RuleRegistry, readers: readonly ForeignConfigReader[] = FOREIGN_CONFIG_READERS): ForeignConfig | null {
  for (const reader of readers) {
    const found = reader(dir, registry);
    if (found) return found;
  }
  return null;
}

/** `settings.contextDir` as an absolute path (a config file's is relative to its directory); it must be a directory. */
function contextDirectory(dir: string, base: string, configFile: string | null): string {
  const absolute = resolve(base, dir);
  if (!isDirectory(absolute)) throw new ConfigError(configFile ?? 'settings', `settings.contextDir: "${dir}" is not a directory`);
  return absolute;
}

/** A config file's layers (see ConfigLoader.dflintLayers), and notes from translating it. */
interface FileLayers {
  layers: (ConfigLayer | IndexedOverride)[];
  warnings: string[];
}

/** An override with its place in its file's `overrides`, to name it. */
type IndexedOverride = OverrideLayer & { index: number };

function isOverride(layer: ConfigLayer | IndexedOverride): layer is IndexedOverride {
  return 'files' in layer;
}

const overrideMatchers = new WeakMap<OverrideLayer, (path: string) => boolean>();

/**
 * True when an override applies to `absolutePath`: its path relative to `base` (the directory of
 * the config file in use) matches a `files` glob and no `excludedFiles` glob.
 */
function overrideApplies(override: OverrideLayer, base: string, absolutePath: string): boolean {
  let match = overrideMatchers.get(override);
  if (!match) {
    const files = globMatcher(override.files);
    const excluded = globMatcher(override.excludedFiles);
    match = (path) => files(path) && !excluded(path);
    overrideMatchers.set(override, match);
  }
  return match(relative(base, absolutePath).split(sep).join('/'));
}

/**
 * A matcher for `globs` over `/`-separated relative paths. A glob without `/` matches the base
 * name in any directory (`*.dev.Dockerfile`), as in .gitignore and ESLint's overrides; one with
 * `/` matches the whole path. (picomatch's own `basename` option breaks patterns with `/`.)
 */
function globMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const pm = picomatch();
  const anywhere = globs.filter((g) => !g.includes('/'));
  const rooted = globs.filter((g) => g.includes('/'));
  const byName = anywhere.length ? pm(anywhere, { dot: true }) : () => false;
  const byPath = rooted.length ? pm(rooted, { dot: true }) : () => false;
  return (path) => byPath(path) || byName(path.slice(path.lastIndexOf('/') + 1));
}

const matchers = new WeakMap<ResolvedConfig, (path: string) => boolean>();

/** True when `absolutePath` matches one of the config's `ignorePaths` (relative to the config's directory). */
export function isIgnoredBy(config: ResolvedConfig, absolutePath: string): boolean {
  if (config.ignorePaths.length === 0) return false;
  const rel = relative(config.ignoreBase, absolutePath);
  if (rel.startsWith('..') || isAbsolute(rel)) return false;
  let match = matchers.get(config);
  if (!match) {
    match = picomatch()(config.ignorePaths, { dot: true });
    matchers.set(config, match);
  }
  return match(rel.split(sep).join('/'));
}
