import { ConfigError, fix, lint, registry, rules } from '../../src/index';

describe('library API', () => {
  it('lints with every rule by default and takes rule overrides by name or alias', () => {
    expect(rules.length).toBeGreaterThan(0);
    const text = 'FROM alpine:latest\n';
    const found = lint(text).diagnostics.map((d) => d.ruleName);
    expect(found).toContain('latest-tag');
    expect(lint(text, { rules: { 'latest-tag': 'off' } }).diagnostics.map((d) => d.ruleName)).not.toContain('latest-tag');
    const upgraded = lint(text, { rules: { dl3007: 'error' } }).diagnostics.find((d) => d.ruleName === 'latest-tag');
    expect(upgraded?.severity).toBe('error');
    expect(() => lint(text, { rules: { 'latest-tagg': 'off' } })).toThrow(ConfigError);
    expect(() => lint(text, { rules: { 'layer-count': { options: { max: 'many' } } } })).toThrow(
      'lint options: rules.layer-count.options.max: must be integer',
    );
  });

  it('fixes text and reports the fixed output', () => {
    const out = fix('from alpine:3.20\n', { rules: { 'instruction-casing': 'warning' } });
    expect(out.output).toBe('FROM alpine:3.20\n');
    expect(out.result.output).toBe('FROM alpine:3.20\n');
  });

  it('exposes the registry with the built-in rules', () => {
    expect(registry().get('DF000')?.name).toBe('parse-error');
    expect(registry().get('unused-ignore')?.id).toBe('DF099');
  });
});
