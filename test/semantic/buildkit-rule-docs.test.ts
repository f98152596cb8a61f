import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from '../../src/engine/linter';
import type { AnyRule } from '../../src/engine/types';

/**
 * The docs examples of the BuildKit-check and stage/variable rules DF200–DF249 are tests: every
 * invalid example triggers its rule and no valid one does, with the rule's docs options and settings.
 */
const rulesDir = join(__dirname, '../../rules');
const files = readdirSync(rulesDir).filter((f) => /^DF2[0-4]\d-.*\.ts$/.test(f));

function count(rule: AnyRule, code: string): number {
  const linter = new Linter({
    rules: [rule],
    config: { rules: { [rule.id]: { severity: rule.severity, options: rule.docs.options } }, settings: rule.docs.settings },
  });
  return linter.lint(code, 'Dockerfile').diagnostics.filter((d) => d.ruleId === rule.id).length;
}

describe.each(files)('%s docs examples', (file) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const rule: AnyRule = require(join(rulesDir, file)).default;
  it('has invalid and valid examples', () => {
    expect(rule.docs.invalid.length).toBeGreaterThan(0);
    expect(rule.docs.valid.length).toBeGreaterThan(0);
  });
  rule.docs.invalid.forEach((code, i) => it(`invalid ${i}`, () => expect(count(rule, code)).toBeGreaterThan(0)));
  rule.docs.valid.forEach((code, i) => it(`valid ${i}`, () => expect(count(rule, code)).toBe(0)));
});
