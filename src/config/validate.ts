import type AjvClass from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { RuleRegistry } from '../engine/registry';
import type { JsonSchema } from '../engine/types';
import { AJV_OPTIONS, configCheckSchemas, type ConfigCheckSchemas } from './check-schemas';
import { PRECOMPILED } from './check-validators.generated';
import { ConfigError } from './errors';
import { resolveRuleEntries, resolveRuleKey } from './normalize';
import { buildConfigSchema } from './schema';
import { didYouMean } from './suggest';
import type { ConfigFile, ConfigLayer } from './types';

const checks = new WeakMap<RuleRegistry, ConfigCheckSchemas>();

function checksFor(registry: RuleRegistry): ConfigCheckSchemas {
  let found = checks.get(registry);
  if (!found) {
    found = configCheckSchemas(registry.rules);
    checks.set(registry, found);
  }
  return found;
}

const precompiled = PRECOMPILED as unknown as Record<string, ValidateFunction | undefined>;
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
  validate = precompiled[key] ?? compiled.get(key);
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

/** Every problem ajv finds in a config file: its shape, then each rule entry against its rule's schema. */
function configErrors(data: Record<string, unknown>, registry: RuleRegistry): ErrorObject[] {
  const schemas = checksFor(registry);
  const shape = validatorFor(schemas.shape);
  const errors: ErrorObject[] = shape(data) ? [] : [...(shape.errors ?? [])];
  const rules = data.rules;
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) return errors;
  for (const [key, value] of Object.entries(rules as Record<string, unknown>)) {
    const schema = schemas.entry(key);
    if (!schema) continue; // unknown keys were reported before validation
    const validate = validatorFor(schema);
    if (validate(value)) continue;
    const at = `/rules/${pointerSegment(key)}`;
    for (const e of validate.errors ?? []) errors.push({ ...e, instancePath: `${at}${e.instancePath}` });
  }
  return errors;
}

/** `/rules/latest-tag/options/max` → `rules.latest-tag.options.max`, with JSON-pointer escapes undone. */
function keyPath(pointer: string, rename: Map<string, string>): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] === 'rules' && parts[1] !== undefined) parts[1] = rename.get(parts[1]) ?? parts[1];
  return parts.join('.');
}

function valueAt(data: unknown, pointer: string): unknown {
  let v: unknown = data;
  for (const part of pointer.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
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
    if (!/^\/rules\/[^/]+$/.test(e.instancePath)) return true;
    // At a rule entry: an object went down the `{ severity, options }` branch, anything else the level branch.
    const isObject = typeof valueAt(data, e.instancePath) === 'object';
    return isObject ? e.keyword !== 'enum' : e.keyword === 'enum';
  });
  const pool = relevant.length ? relevant : errors;
  return pool.reduce((best, e) => (e.instancePath.split('/').length > best.instancePath.split('/').length ? e : best));
}

function describe(error: ErrorObject, data: unknown, rename: Map<string, string>, schemaKeys: (path: string) => string[]): string {
  const path = keyPath(error.instancePath, rename);
  const at = (p: string) => (p ? `${p}: ` : '');
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const full = path ? `${path}.${key}` : key;
      return `${full}: unknown key${didYouMean(key, schemaKeys(error.instancePath))}`;
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
      const isRuleEntry = /^\/rules\/[^/]+$/.test(error.instancePath);
      return `${at(path)}must be one of ${allowed}${isRuleEntry ? ', or { "severity": …, "options": { … } }' : ''} (got ${JSON.stringify(valueAt(data, error.instancePath))})`;
    }
    default:
      return `${at(path)}${error.message ?? 'is invalid'}`;
  }
}

/** Property names the schema allows at a path (for "did you mean" on unknown keys). */
function allowedKeys(registry: RuleRegistry): (pointer: string) => string[] {
  const schema = buildConfigSchema([]) as { properties: Record<string, { properties?: Record<string, unknown> }> };
  return (pointer) => {
    if (pointer === '') return Object.keys(schema.properties);
    if (pointer === '/settings') return Object.keys(schema.properties.settings.properties ?? {});
    const rule = /^\/rules\/([^/]+)$/.exec(pointer);
    if (rule) return registry.get(rule[1])?.options ? ['severity', 'options'] : ['severity'];
    const options = /^\/rules\/([^/]+)\/options$/.exec(pointer);
    if (options) {
      const found = registry.get(options[1]);
      const props = (found?.options?.schema as { properties?: Record<string, unknown> } | undefined)?.properties;
      return props ? Object.keys(props) : [];
    }
    return [];
  };
}

/**
 * Check a parsed config file against the schema and resolve its rule keys to rule ids.
 * Throws ConfigError naming `source`, the key path and, for an unknown rule, the nearest known one.
 */
export function validateConfig(data: unknown, source: string, registry: RuleRegistry): ConfigLayer {
  if (data === null || data === undefined) return { source, rules: {} };
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(source, 'expected an object of settings');
  const raw = data as Record<string, unknown>;

  // Rule keys are case-insensitive; give ajv each under the spelling the schema uses.
  const rename = new Map<string, string>();
  const copy: Record<string, unknown> = { ...raw };
  if (raw.rules !== undefined && raw.rules !== null && typeof raw.rules === 'object' && !Array.isArray(raw.rules)) {
    const spelled = new Map(registry.keys().map((k) => [k.toLowerCase(), k]));
    const rules: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw.rules as Record<string, unknown>)) {
      resolveRuleKey(key, registry, `rules.${key}`, source);
      const canonical = spelled.get(key.trim().toLowerCase()) ?? key;
      rename.set(canonical, key);
      rules[canonical] = value;
    }
    copy.rules = rules;
  }

  const errors = configErrors(copy, registry);
  if (errors.length > 0) {
    const error = bestError(errors, copy);
    throw new ConfigError(source, describe(error, copy, rename, allowedKeys(registry)));
  }

  const file = copy as ConfigFile;
  const rules = resolveRuleEntries(file.rules ?? {}, registry, source, (key) => `rules.${rename.get(key) ?? key}`);
  const layer: ConfigLayer = { source, rules };
  if (file.ignorePaths) layer.ignorePaths = file.ignorePaths;
  if (file.failureThreshold) layer.failureThreshold = file.failureThreshold;
  if (file.reportUnusedIgnores !== undefined) layer.reportUnusedIgnores = file.reportUnusedIgnores;
  if (file.settings) layer.settings = file.settings;
  return layer;
}

