import type { AnyRule, JsonSchema } from '../engine/types';

/** Label kinds a `labelSchema` may require (hadolint's set). */
export const LABEL_KINDS = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'] as const;

export function isLabelKind(kind: unknown): kind is (typeof LABEL_KINDS)[number] {
  return (LABEL_KINDS as readonly unknown[]).includes(kind);
}
export const FAILURE_THRESHOLDS = ['error', 'warning', 'info', 'style', 'none'] as const;
export const RULE_LEVELS = ['error', 'warning', 'info', 'style', 'off'] as const;

export const CONFIG_SCHEMA_ID = 'https://github.com/dflint/dflint/blob/main/schemas/dflintrc.schema.json';

/** The schema of one rule's entry: a level, or `{ severity, options }` with the rule's own options schema. */
function ruleEntrySchema(rule: AnyRule): JsonSchema {
  const object: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    properties: {
      severity: { $ref: '#/definitions/level' },
      ...(rule.options ? { options: rule.options.schema } : {}),
    },
  };
  return {
    description: `${rule.id} ${rule.name}: ${rule.summary}`,
    anyOf: [{ $ref: '#/definitions/level' }, object],
  };
}

/**
 * The `.dflintrc` schema: every rule's id, name and alias is a key of `rules`, each pointing to
 * that rule's entry schema. The same document validates config files and feeds editors.
 */
export function buildConfigSchema(rules: readonly AnyRule[]): JsonSchema {
  const definitions: Record<string, JsonSchema> = {
    level: { enum: [...RULE_LEVELS], description: 'A severity, or "off" to disable the rule.' },
    sharedAlias: {
      description: 'A name several rules share (one BuildKit check covering several rules): a level, or { severity }.',
      anyOf: [
        { $ref: '#/definitions/level' },
        { type: 'object', additionalProperties: false, properties: { severity: { $ref: '#/definitions/level' } } },
      ],
    },
  };
  const ruleKeys: Record<string, JsonSchema> = {};
  const aliasOwners = new Map<string, number>();
  for (const rule of rules) for (const alias of rule.aliases) aliasOwners.set(alias, (aliasOwners.get(alias) ?? 0) + 1);
  for (const rule of rules) {
    definitions[rule.id] = ruleEntrySchema(rule);
    for (const key of [rule.id, rule.name, ...rule.aliases]) {
      const shared = (aliasOwners.get(key) ?? 0) > 1 && key !== rule.id && key !== rule.name;
      ruleKeys[key] = { $ref: shared ? '#/definitions/sharedAlias' : `#/definitions/${rule.id}` };
    }
  }
  const failureThreshold: JsonSchema = {
    description: 'Lowest severity that makes dflint exit 1 ("none": never).',
    enum: [...FAILURE_THRESHOLDS],
  };
  const reportUnusedIgnores: JsonSchema = {
    description: 'Report suppression comments that suppressed nothing (rule DF099 unused-ignore).',
    type: 'boolean',
  };
  const globs = (what: string): JsonSchema => ({
    description: `${what} Globs (picomatch) relative to the directory of the config file in use; one without "/" matches a file's base name in any directory.`,
    anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
  });
  definitions.rules = {
    description: 'Rule id, name or alias → a level ("error", "warning", "info", "style", "off") or { severity, options }.',
    type: 'object',
    additionalProperties: false,
    properties: ruleKeys,
  };
  definitions.settings = {
    description: 'Project-wide facts some rules use.',
    type: 'object',
    additionalProperties: false,
    properties: {
      trustedRegistries: { description: 'Registries FROM may pull from; empty means any.', type: 'array', items: { type: 'string' } },
      labelSchema: {
        description: 'Labels every image must carry, with the kind of value each holds.',
        type: 'object',
        additionalProperties: { enum: [...LABEL_KINDS] },
      },
      strictLabels: { description: 'Labels not in labelSchema are reported too.', type: 'boolean' },
      disableIgnorePragma: { description: 'Ignore `# hadolint ignore=…` comments (dflint\'s own still count).', type: 'boolean' },
      shellcheckExclude: {
        description: 'ShellCheck codes not to report when ShellCheck runs (--shellcheck).',
        type: 'array',
        items: { type: 'string', pattern: '^SC\\d{4}$' },
      },
      buildArgs: {
        description: 'Build arguments as `--build-arg` would give them (for variable expansion).',
        type: 'object',
        additionalProperties: { type: 'string' },
      },
      contextDir: {
        description: 'The build context directory, relative to the directory of the config file in use (as `--context`; default: each Dockerfile\'s directory).',
        type: 'string',
      },
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'dflint configuration (.dflintrc.json / .dflintrc.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Config files this one starts from (paths relative to this file), in order; this file\'s own keys win over theirs.',
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
      },
      rules: { $ref: '#/definitions/rules' },
      ignorePaths: {
        description: 'Glob patterns (picomatch) of files not to lint, relative to the directory holding this config file.',
        type: 'array',
        items: { type: 'string' },
      },
      failureThreshold,
      reportUnusedIgnores,
      settings: { $ref: '#/definitions/settings' },
      overrides: {
        description: 'Settings for the files some globs match, laid over the rest of this file in order (a later match wins).',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: globs('The files this override applies to.'),
            excludedFiles: globs('Files it does not apply to, though "files" matches them.'),
            rules: { $ref: '#/definitions/rules' },
            failureThreshold,
            reportUnusedIgnores,
            settings: { $ref: '#/definitions/settings' },
          },
        },
      },
    },
    definitions,
  };
}
