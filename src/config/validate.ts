import type AjvClass from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { RuleRegistry } from '../engine/registry';
import type { JsonSchema } from '../engine/types';
import { AJV_OPTIONS, configCheckSchemas, type ConfigCheckSchemas } from './check-schemas';
import { ConfigError } from './errors';
import { resolveRuleEntries, resolveRuleKey } from './normalize';
import { buildConfigSchema } from './schema';
import { didYouMean } from './suggest';
import type { ConfigFile, ConfigLayer, ConfigOverride, OverrideLayer, RuleEntry } from './types';

const checks = new WeakMap<RuleRegistry, ConfigCheckSchemas>();

function checksFor(registry: RuleRegistry): ConfigCheckSchemas {
  let found = checks.get(registry);
  if (!found) {
    found = configCheckSchemas(registry.rules);
    checks.set(registry, found);
  }
  return found;
}

let precompiled: Record<string, ValidateFunction | undefined> | undefined;

/**
 * The generated validators, loaded on first use: most runs have no config file to check, and
 * loading them made ~20 KB of objects at every start.
 */
function precompiledValidators(): Record<string, ValidateFunction | undefined> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  precompiled ??= (require('./check-validators.generated') as typeof import('./check-validators.generated')).PRECOMPILED as unknown as Record<string, ValidateFunction | undefined>;
  return precompiled;
}
const compiled = new Map<string, ValidateFunction>();
/** The validator found for each check schema object, so its JSON is made once. */
const validatorBySchema = new WeakMap<JsonSchema, ValidateFunction>();
let ajv: AjvClass | undefined;

/**
 * The validator for one of the check schemas: ajv's standalone code made by `npm run gen`, so a
 * run with a config file neither loads nor compiles ajv. A schema missing there (the generated
 * file is stale: a test reports that) is compiled with ajv on first use, with the same options.
 */
function validatorFor(schema: JsonSchema): ValidateFunction {
  let validate = validatorBySchema.get(schema);
  if (validate) return validate;
  const key = JSON.stringify(schema);
  validate = precompiledValidators()[key] ?? compiled.get(key);
  if (!validate) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = (require('ajv') as { default: typeof AjvClass }).default;
    ajv ??= new Ajv(AJV_OPTIONS);
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  validatorBySchema.set(schema, validate);
  return validate;
}

/** `key` as one JSON-pointer segment. */
function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The `rules` objects of a config file (the top one and each override's), by JSON pointer. */
function rulesObjects(data: Record<string, unknown>): [string, Record<string, unknown>][] {
  const found: [string, Record<string, unknown>][] = [];
  if (isPlainObject(data.rules)) found.push(['/rules', data.rules]);
  if (Array.isArray(data.overrides)) {
    data.overrides.forEach((o: unknown, i) => {
      if (isPlainObject(o) && isPlainObject(o.rules)) found.push([`/overrides/${i}/rules`, o.rules]);
    });
  }
  return found;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every problem ajv finds in a config file: its shape, then each rule entry against its rule's schema. */
function configErrors(data: Record<string, unknown>, registry: RuleRegistry): ErrorObject[] {
  const schemas = checksFor(registry);
  const shape = validatorFor(schemas.shape);
  const errors: ErrorObject[] = shape(data) ? [] : [...(shape.errors ?? [])];
  for (const [pointer, rules] of rulesObjects(data)) {
    for (const [key, value] of Object.entries(rules)) {
      const schema = schemas.entry(key);
      if (!schema) continue; // unknown keys were reported before validation
      const validate = validatorFor(schema);
      if (validate(value)) continue;
      const at = `${pointer}/${pointerSegment(key)}`;
      for (const e of validate.errors ?? []) errors.push({ ...e, instancePath: `${at}${e.instancePath}` });
    }
  }
  return errors;
}

/** A pointer into a rule's entry: the pointer of its `rules` object, the key, and what follows. */
const RULE_ENTRY_POINTER = /^((?:\/overrides\/\d+)?\/rules)\/([^/]+)(.*)$/;

/** Spellings as written, per `rules` object (by pointer): the schema's spelling → the user's. */
type Renames = Map<string, Map<string, string>>;

function decodeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `/rules/latest-tag/options/max` → `rules.latest-tag.options.max`, with JSON-pointer escapes undone and rule keys as written. */
function keyPath(pointer: string, rename: Renames): string {
  const entry = RULE_ENTRY_POINTER.exec(pointer);
  if (entry) {
    const key = decodeSegment(entry[2]);
    pointer = `${entry[1]}/${pointerSegment(rename.get(entry[1])?.get(key) ?? key)}${entry[3]}`;
  }
  return pointer.split('/').slice(1).map(decodeSegment).join('.');
}

function valueAt(data: unknown, pointer: string): unknown {
  let v: unknown = data;
  for (const part of pointer.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[decodeSegment(part)];
  }
  return v;
}

/**
 * Pick the error that explains the problem best. A rule entry is "a level or an object", so ajv
 * reports both branches; keep the branch that matches what the user wrote, then the deepest path.
 */
function bestError(errors: ErrorObject[], data: unknown): ErrorObject {
  const relevant = errors.filter((e) => {
    if (e.keyword === 'anyOf') return false;
    if (!isRuleEntry(e.instancePath)) return true;
    // At a rule entry: an object went down the `{ severity, options }` branch, anything else the level branch.
    const isObject = typeof valueAt(data, e.instancePath) === 'object';
    return isObject ? e.keyword !== 'enum' : e.keyword === 'enum';
  });
  const pool = relevant.length ? relevant : errors;
  return pool.reduce((best, e) => (e.instancePath.split('/').length > best.instancePath.split('/').length ? e : best));
}

/** True for the pointer of one rule's entry (`/rules/KEY`, `/overrides/N/rules/KEY`). */
function isRuleEntry(pointer: string): boolean {
  const entry = RULE_ENTRY_POINTER.exec(pointer);
  return entry !== null && entry[3] === '';
}

/** Keys that take one string or a non-empty list of them, and what to call that. */
const ONE_OR_LIST: [RegExp, string][] = [
  [/^\/extends$/, 'a config file\'s path or a non-empty list of them'],
  [/^\/overrides\/\d+\/(?:files|excludedFiles)$/, 'a glob or a non-empty list of globs'],
];

function describe(error: ErrorObject, data: unknown, rename: Renames, schemaKeys: (path: string) => string[]): string {
  const path = keyPath(error.instancePath, rename);
  const at = (p: string) => (p ? `${p}: ` : '');
  // "A string or a non-empty list of strings": ajv would name only one of the two branches.
  const oneOrList = ONE_OR_LIST.find(([pointer]) => pointer.test(error.instancePath));
  if (oneOrList) return `${path}: must be ${oneOrList[1]} (got ${JSON.stringify(valueAt(data, error.instancePath))})`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const full = path ? `${path}.${key}` : key;
      return `${full}: unknown key${didYouMean(key, schemaKeys(error.instancePath))}`;
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
      return `${at(path)}must be one of ${allowed}${isRuleEntry(error.instancePath) ? ', or { "severity": …, "options": { … } }' : ''} (got ${JSON.stringify(valueAt(data, error.instancePath))})`;
    }
    default:
      return `${at(path)}${error.message ?? 'is invalid'}`;
  }
}

/** Property names the schema allows at a path (for "did you mean" on unknown keys). */
function allowedKeys(registry: RuleRegistry): (pointer: string) => string[] {
  const schema = buildConfigSchema([]) as {
    properties: Record<string, { items?: { properties?: Record<string, unknown> } }>;
    definitions: Record<string, { properties?: Record<string, unknown> }>;
  };
  return (pointer) => {
    if (pointer === '') return Object.keys(schema.properties);
    if (/^\/overrides\/\d+$/.test(pointer)) return Object.keys(schema.properties.overrides.items?.properties ?? {});
    // Inside an override, rules and settings take the keys they take at the top.
    const at = pointer.replace(/^\/overrides\/\d+(?=\/)/, '');
    if (at === '/settings') return Object.keys(schema.definitions.settings.properties ?? {});
    const rule = /^\/rules\/([^/]+)$/.exec(at);
    if (rule) return registry.get(decodeSegment(rule[1]))?.options ? ['severity', 'options'] : ['severity'];
    const options = /^\/rules\/([^/]+)\/options$/.exec(at);
    if (options) {
      const found = registry.get(decodeSegment(options[1]));
      const props = (found?.options?.schema as { properties?: Record<string, unknown> } | undefined)?.properties;
      return props ? Object.keys(props) : [];
    }
    return [];
  };
}

const spellingsByRegistry = new WeakMap<RuleRegistry, Map<string, string>>();

/** Every rule key in lower case → as the schema spells it. */
function spellings(registry: RuleRegistry): Map<string, string> {
  let found = spellingsByRegistry.get(registry);
  if (!found) {
    found = new Map(registry.keys().map((k) => [k.toLowerCase(), k]));
    spellingsByRegistry.set(registry, found);
  }
  return found;
}

/**
 * A `rules` object with each key spelled as the schema spells it (rule keys are case-insensitive),
 * recording the user's spelling in `rename`. An unknown key is a ConfigError here, before ajv.
 */
function canonicalRules(rules: Record<string, unknown>, pointer: string, rename: Renames, registry: RuleRegistry, source: string): Record<string, unknown> {
  const spelled = spellings(registry);
  const written = new Map<string, string>();
  rename.set(pointer, written);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rules)) {
    resolveRuleKey(key, registry, `${keyPath(pointer, rename)}.${key}`, source);
    const canonical = spelled.get(key.trim().toLowerCase()) ?? key;
    written.set(canonical, key);
    out[canonical] = value;
  }
  return out;
}

/** A key that takes one string or a list of them (`extends`, `files`), as a list. */
function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

/**
 * Check a parsed config file against the schema and resolve its rule keys to rule ids.
 * Throws ConfigError naming `source`, the key path and, for an unknown rule, the nearest known one.
 * `extends` is kept as written: reading those files is the loader's job.
 */
export function validateConfig(data: unknown, source: string, registry: RuleRegistry): ConfigLayer {
  if (data === null || data === undefined) return { source, rules: {} };
  if (!isPlainObject(data)) throw new ConfigError(source, 'expected an object of settings');

  const rename: Renames = new Map();
  const copy: Record<string, unknown> = { ...data };
  if (isPlainObject(data.rules)) copy.rules = canonicalRules(data.rules, '/rules', rename, registry, source);
  if (Array.isArray(data.overrides)) {
    copy.overrides = data.overrides.map((o: unknown, i) =>
      isPlainObject(o) && isPlainObject(o.rules) ? { ...o, rules: canonicalRules(o.rules, `/overrides/${i}/rules`, rename, registry, source) } : o,
    );
  }

  const errors = configErrors(copy, registry);
  if (errors.length > 0) {
    const error = bestError(errors, copy);
    throw new ConfigError(source, describe(error, copy, rename, allowedKeys(registry)));
  }

  const file = copy as ConfigFile;
  const rulesOf = (rules: Record<string, RuleEntry> | undefined, pointer: string) =>
    resolveRuleEntries(rules ?? {}, registry, source, (key) => keyPath(`${pointer}/${pointerSegment(key)}`, rename));
  const layer: ConfigLayer = { source, rules: rulesOf(file.rules, '/rules') };
  if (file.extends !== undefined) layer.extends = asList(file.extends);
  if (file.ignorePaths) layer.ignorePaths = file.ignorePaths;
  copySharedKeys(file, layer);
  if (file.overrides) {
    layer.overrides = file.overrides.map((o, i) => {
      const override: OverrideLayer = { source, files: asList(o.files), excludedFiles: asList(o.excludedFiles), rules: rulesOf(o.rules, `/overrides/${i}/rules`) };
      copySharedKeys(o, override);
      return override;
    });
  }
  return layer;
}

/** The keys a config file and its overrides share, onto a layer. */
function copySharedKeys(from: ConfigFile | ConfigOverride, to: ConfigLayer | OverrideLayer): void {
  if (from.failureThreshold) to.failureThreshold = from.failureThreshold;
  if (from.reportUnusedIgnores !== undefined) to.reportUnusedIgnores = from.reportUnusedIgnores;
  if (from.settings) to.settings = from.settings;
}
