import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { Linter } from '../../src/engine/linter';
import { BUILTIN_RULES } from '../../src/engine/registry';
import { isBuildkitCheckName } from '../../src/engine/suppress';
import { SEVERITIES, type AnyRule } from '../../src/engine/types';
import { UNUSED_IGNORE_RULE_ID } from '../../src/engine/unused-ignore';
import indexRules from '../../rules';
import { drift, ROOT, ruleFiles } from '../../scripts/gen';

/**
 * Checks every rule against the conventions the project relies on. Works with any number of
 * rules (zero included): each rule gets its own tests, and the checks over all rules still run.
 */

interface RuleModule {
  file: string;
  rule: AnyRule;
}

const modules: RuleModule[] = ruleFiles().map((file) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(join(ROOT, 'rules', file)) as { default: AnyRule };
  return { file, rule: mod.default };
});
const everyRule: AnyRule[] = [...BUILTIN_RULES, ...modules.map((m) => m.rule)];
const ajv = new Ajv({ allErrors: true, strict: false });

describe('all rules together', () => {
  it('have unique ids, names and hadolint aliases (case-insensitive); BuildKit names may be shared', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (key: string, id: string) => {
      const previous = owner.get(key.toLowerCase());
      if (previous && previous !== id) clashes.push(`${key}: ${previous} and ${id}`);
      else owner.set(key.toLowerCase(), id);
    };
    for (const rule of everyRule) {
      claim(rule.id, rule.id);
      claim(rule.name, rule.id);
    }
    const exact = new Set(owner.keys());
    for (const rule of everyRule) {
      for (const alias of rule.aliases) {
        if (exact.has(alias.toLowerCase())) clashes.push(`${alias}: alias of ${rule.id} is also a rule id or name`);
        // One BuildKit check may cover several rules (MultipleInstructionsDisallowed); a DL code names one.
        else if (!isBuildkitCheckName(alias)) claim(alias, rule.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('rules/index.ts exports every rule module, sorted by id', () => {
    expect(indexRules.map((r) => r.id)).toEqual(modules.map((m) => m.rule.id));
  });

  it('generated files are up to date (npm run gen -- --check)', () => {
    expect(drift()).toEqual([]);
  });
});

const BUILTIN_IDS = new Set(BUILTIN_RULES.map((r) => r.id));

for (const rule of everyRule) {
  const builtin = BUILTIN_IDS.has(rule.id);
  const file = modules.find((m) => m.rule === rule)?.file;

  describe(`${rule.id} ${rule.name}`, () => {
    it('has a well-formed id, name, severity, fix kind and summary', () => {
      expect(rule.id).toMatch(/^DF\d{3}$/);
      expect(rule.name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(SEVERITIES).toContain(rule.severity);
      expect(['none', 'safe', 'unsafe']).toContain(rule.fix);
      expect(rule.summary.trim()).not.toBe('');
      for (const alias of rule.aliases) expect(alias).toMatch(/^(DL\d{4}|[A-Z][A-Za-z0-9]+)$/);
      if (!builtin) expect(file).toBe(`${rule.id}-${rule.name}.ts`);
    });

    it('has docs: why, invalid and valid examples, a generated page, and a test file', () => {
      expect(rule.docs.why.trim()).not.toBe('');
      expect(rule.docs.invalid.length).toBeGreaterThan(0);
      expect(rule.docs.valid.length).toBeGreaterThan(0);
      expect(existsSync(join(ROOT, 'docs', 'rules', `${rule.id}-${rule.name}.md`))).toBe(true);
      if (!builtin) {
        expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
        expect(existsSync(join(ROOT, 'test', 'rules', `${rule.id}-${rule.name}.test.ts`))).toBe(true);
      }
    });

    it('has an options schema that compiles and accepts its defaults', () => {
      if (!rule.options) return;
      expect(rule.options.schema.type).toBe('object');
      const validate = ajv.compile(rule.options.schema);
      const ok = validate(rule.options.defaults);
      expect(ok ? [] : validate.errors).toEqual([]);
    });

    // Docs examples are tests: run each with this rule alone (turned on even when off by default).
    const run = (code: string) => {
      const failures: unknown[] = [];
      const linter = new Linter({
        rules: [rule],
        config: {
          rules: { [rule.id]: { severity: rule.severity, options: rule.docs.options } },
          settings: rule.docs.settings,
          reportUnusedIgnores: rule.id === UNUSED_IGNORE_RULE_ID,
        },
        onRuleError: (_r, error) => failures.push(error),
      });
      const diagnostics = linter.lint(code, 'Dockerfile').diagnostics.filter((d) => d.ruleId === rule.id);
      expect(failures).toEqual([]);
      return diagnostics;
    };
    rule.docs.invalid.forEach((code, i) => {
      it(`invalid docs example ${i + 1} triggers the rule`, () => {
        expect(run(code).length).toBeGreaterThan(0);
      });
    });
    rule.docs.valid.forEach((code, i) => {
      it(`valid docs example ${i + 1} does not trigger the rule`, () => {
        expect(run(code).map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message}`)).toEqual([]);
      });
    });
  });
}
