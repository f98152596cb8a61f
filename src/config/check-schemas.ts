import type { AnyRule, JsonSchema } from '../engine/types';
import { buildConfigSchema } from './schema';

/**
 * The schemas a config file is checked with at run time, cut from the published one
 * (buildConfigSchema) so that each is small:
 * - the file's shape: the published schema with each `rules` (at the top and in `overrides`)
 *   only required to be an object (every key of `rules` is looked up first, and an unknown one
 *   reported with a did-you-mean);
 * - one schema per rule entry: the definition the published schema gives that key, with its
 *   `$ref`s resolved and descriptions dropped, so rules without options share one schema.
 * Checked against the whole published schema, a run with a config file compiled validation code
 * for all ~280 rule keys first: ~250 ms of the run. The results are the same (tested).
 */
export interface ConfigCheckSchemas {
  shape: JsonSchema;
  /** The entry schema for a key as written in `rules` (any case), or undefined for an unknown key. */
  entry(key: string): JsonSchema | undefined;
  /** Every distinct schema above: what `npm run gen` precompiles. */
  all(): JsonSchema[];
}

/** The ajv options the check schemas are compiled with, at run time and by `npm run gen`. */
export const AJV_OPTIONS = { allErrors: true, strict: false } as const;

type Schema = Record<string, unknown>;

/** `schema` with `#/definitions/…` references replaced by their targets and string descriptions removed. */
function selfContained(schema: unknown, definitions: Record<string, Schema>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => selfContained(s, definitions));
  if (schema === null || typeof schema !== 'object') return schema;
  const ref = (schema as Schema).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/definitions/')) {
    const target = definitions[ref.slice('#/definitions/'.length)];
    if (!target) throw new Error(`config schema: unresolved ${ref}`);
    return selfContained(target, definitions);
  }
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (key === 'description' && typeof value === 'string') continue;
    // Property and definition names are data, not schema keywords: keep them, descend into their values.
    out[key] = selfContained(value, definitions);
  }
  return out;
}

export function configCheckSchemas(rules: readonly AnyRule[]): ConfigCheckSchemas {
  const published = buildConfigSchema(rules) as Schema;
  const definitions = published.definitions as Record<string, Schema>;
  const { $schema: _schema, $id: _id, definitions: _definitions, ...top } = published;
  // In the shape, `rules` (at the top and in overrides) is only required to be an object.
  const shape = selfContained(top, { ...definitions, rules: { type: 'object' } }) as JsonSchema;

  const byKey = new Map<string, JsonSchema>();
  const distinct = new Map<string, JsonSchema>([[JSON.stringify(shape), shape]]);
  // A rule's id, name and aliases share one definition: resolve each definition once.
  const byDefinition = new Map<string, JsonSchema>();
  for (const [key, ref] of Object.entries((definitions.rules.properties ?? {}) as Record<string, Schema>)) {
    const target = typeof ref.$ref === 'string' ? ref.$ref : null;
    let entry = target === null ? undefined : byDefinition.get(target);
    if (!entry) {
      const resolved = selfContained(ref, definitions) as JsonSchema;
      const json = JSON.stringify(resolved);
      entry = distinct.get(json) ?? resolved;
      distinct.set(json, entry);
      if (target !== null) byDefinition.set(target, entry);
    }
    byKey.set(key.toLowerCase(), entry);
  }
  return {
    shape,
    entry: (key) => byKey.get(key.trim().toLowerCase()),
    all: () => [...distinct.values()],
  };
}
