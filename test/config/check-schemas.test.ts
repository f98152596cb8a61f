import Ajv from 'ajv';
import { rules } from '../../rules';
import { AJV_OPTIONS, configCheckSchemas } from '../../src/config/check-schemas';
import { ConfigError } from '../../src/config/errors';
import { buildConfigSchema } from '../../src/config/schema';
import { validateConfig } from '../../src/config/validate';
import { RuleRegistry } from '../../src/engine/registry';

const registry = new RuleRegistry(rules);
const schemas = configCheckSchemas(registry.rules);

/** True when validateConfig accepts `data` (unknown rule keys are refused before any schema). */
function accepted(data: unknown): boolean {
  try {
    validateConfig(data, '.dflintrc.json', registry);
    return true;
  } catch (err) {
    if (err instanceof ConfigError) return false;
    throw err;
  }
}

describe('config check schemas', () => {
  // The published schema, as the checks were made before: the reference for what is valid.
  const published = new Ajv(AJV_OPTIONS).compile(buildConfigSchema(registry.rules));

  it.each<[string, unknown]>([
    ['levels by id, name and alias', { rules: { DF001: 'off', 'latest-tag': 'error', DL3006: 'warning' } }],
    ['a shared BuildKit alias', { rules: { MultipleInstructionsDisallowed: { severity: 'error' } } }],
    ['a shared alias given options', { rules: { MultipleInstructionsDisallowed: { severity: 'error', options: {} } } }],
    ['options within range', { rules: { 'layer-count': { severity: 'warning', options: { max: 10 } } } }],
    ['an option out of range', { rules: { 'layer-count': { options: { max: 0 } } } }],
    ['an option of the wrong type', { rules: { 'layer-count': { options: { max: '10' } } } }],
    ['an unknown option', { rules: { 'layer-count': { options: { most: 10 } } } }],
    ['an enum option', { rules: { 'instruction-casing': { options: { style: 'consistent' } } } }],
    ['a bad enum option', { rules: { 'instruction-casing': { options: { style: 'lower' } } } }],
    ['options on a rule that has none', { rules: { 'latest-tag': { severity: 'error', options: {} } } }],
    ['a bad level', { rules: { 'latest-tag': 'fatal' } }],
    ['a level of the wrong type', { rules: { 'latest-tag': 3 } }],
    ['an entry key that is not severity or options', { rules: { 'latest-tag': { level: 'error' } } }],
    ['rules that is not an object', { rules: ['latest-tag'] }],
    ['top-level keys', { ignorePaths: ['vendor/**'], failureThreshold: 'error', reportUnusedIgnores: true }],
    ['an unknown top-level key', { rulez: {} }],
    ['settings', { settings: { trustedRegistries: ['docker.io'], labelSchema: { maintainer: 'email' }, shellcheckExclude: ['SC2086'] } }],
    ['a bad setting', { settings: { labelSchema: { maintainer: 'phone' } } }],
    ['a bad ShellCheck code', { settings: { shellcheckExclude: ['2086'] } }],
  ])('accept or refuse as the published schema does: %s', (_what, data) => {
    expect(accepted(data)).toBe(published(data));
  });

  it('give each rule key its own definition, shared by rules without options', () => {
    expect(schemas.entry('DF016')).toBe(schemas.entry('latest-tag'));
    expect(schemas.entry('latest-tag')).toBe(schemas.entry('df001'));
    expect(schemas.entry('layer-count')).not.toBe(schemas.entry('latest-tag'));
    expect(schemas.entry('no-such-rule')).toBeUndefined();
    expect(JSON.stringify(schemas.all())).not.toContain('$ref');
  });

  it('are all precompiled, so a config file is checked without loading ajv', () => {
    jest.isolateModules(() => {
      jest.doMock('ajv', () => {
        throw new Error('ajv was loaded');
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const isolated = require('../../src/config/validate') as typeof import('../../src/config/validate');
      const config = { rules: { 'layer-count': { severity: 'warning', options: { max: 10 } }, DL3006: 'off' }, settings: { strictLabels: true } };
      expect(isolated.validateConfig(config, '.dflintrc.json', registry).rules).toMatchObject({ DF011: { severity: 'warning', options: { max: 10 } } });
      expect(() => isolated.validateConfig({ rules: { 'layer-count': { options: { max: 0 } } } }, '.dflintrc.json', registry)).toThrow(
        'rules.layer-count.options.max: must be >= 1',
      );
      jest.dontMock('ajv');
    });
  });
});
