import { parseArgs, ruleSource, testSource } from '../../scripts/new-rule';

describe('new-rule scaffolder', () => {
  it('checks the id, name, severity and fix kind', () => {
    expect(parseArgs(['DF042', 'some-thing', '--severity', 'info', '--fix', 'safe', '--alias', 'DL3000'])).toEqual({
      id: 'DF042',
      name: 'some-thing',
      severity: 'info',
      fix: 'safe',
      aliases: ['DL3000'],
    });
    expect(() => parseArgs(['DF42', 'x'])).toThrow('an id is DF and three digits');
    expect(() => parseArgs(['DF042', 'SomeThing'])).toThrow('kebab-case');
    expect(() => parseArgs(['DF042', 'x', '--severity', 'loud'])).toThrow('--severity');
    expect(() => parseArgs(['DF042'])).toThrow('usage');
  });

  it('writes a rule module and a test table that name each other', () => {
    const spec = parseArgs(['DF042', 'some-thing']);
    expect(ruleSource(spec)).toContain("id: 'DF042',\n  name: 'some-thing',");
    expect(testSource(spec)).toContain("import rule from '../../rules/DF042-some-thing';");
  });
});
