import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HadolintConfigError, readHadolintConfig, translateHadolintConfig } from '../../src/config/hadolint';

const known = (code: string): boolean => /^(DL3\d{3}|DL4\d{3}|DL1001|SC\d{4})$/.test(code) && !['DL3999', 'DL3005', 'DL3017', 'DL3039'].includes(code.toUpperCase());

describe('translateHadolintConfig', () => {
  it('turns ignored codes off and overrides into severities', () => {
    const { config, warnings } = translateHadolintConfig(
      '.hadolint.yaml',
      { ignored: ['DL3008', 'SC2086'], override: { error: ['DL3007'], warning: ['DL3057'], info: null, style: ['DL1001'] } },
      known,
    );
    expect(config.rules).toEqual({ DL3008: 'off', DL3007: 'error', DL3057: 'warning', DL1001: 'style' });
    expect(config.settings.shellcheckExclude).toEqual(['SC2086']);
    expect(warnings).toEqual([]);
  });

  it('keeps ShellCheck codes out of the rules and says when their level cannot be changed', () => {
    const { config, warnings } = translateHadolintConfig('h', { override: { error: ['SC2046'] } }, known);
    expect(config.rules).toEqual({});
    expect(warnings).toEqual(['h: override.error: severity overrides of ShellCheck codes are not supported; "SC2046" keeps ShellCheck\'s level']);
  });

  it('maps failure-threshold and no-fail', () => {
    expect(translateHadolintConfig('h', { 'failure-threshold': 'error' }, known).config.failureThreshold).toBe('error');
    expect(translateHadolintConfig('h', { 'failure-threshold': 'ignore' }, known).config.failureThreshold).toBe('none');
    expect(translateHadolintConfig('h', { 'failure-threshold': 'error', 'no-fail': true }, known).config.failureThreshold).toBe('none');
  });

  it('carries trusted registries, label schema, strict labels and the pragma switch into settings', () => {
    const { config } = translateHadolintConfig(
      'h',
      {
        trustedRegistries: ['docker.io', 'my.registry:5000'],
        'label-schema': { author: 'text', url: 'url', version: 'semver' },
        'strict-labels': true,
        'disable-ignore-pragma': true,
      },
      known,
    );
    expect(config.settings).toEqual({
      trustedRegistries: ['docker.io', 'my.registry:5000'],
      labelSchema: { author: 'text', url: 'url', version: 'semver' },
      strictLabels: true,
      disableIgnorePragma: true,
    });
  });

  it('warns about unknown keys, unknown codes, unknown severities and output-only keys', () => {
    const { config, warnings } = translateHadolintConfig(
      '.hadolint.yaml',
      { ignored: ['DL3999'], override: { fatal: ['DL3008'] }, format: 'json', colour: true },
      known,
    );
    expect(config.rules).toEqual({});
    expect(warnings).toEqual([
      '.hadolint.yaml: format: has no effect in dflint (use the command-line options)',
      '.hadolint.yaml: colour: unknown hadolint setting ignored',
      '.hadolint.yaml: ignored: unknown rule code "DL3999" ignored',
      '.hadolint.yaml: override.fatal: unknown severity ignored (expected error, warning, info or style)',
    ]);
  });

  it('drops codes hadolint itself removed: quietly when ignored, with a note when given a severity', () => {
    const { config, warnings } = translateHadolintConfig('.hadolint.yaml', { ignored: ['DL3005', 'dl3017'], override: { error: ['DL3039'] } }, known);
    expect(config.rules).toEqual({});
    expect(warnings).toEqual(['.hadolint.yaml: override.error: "DL3039" (dnf update) was removed from hadolint, and dflint has no such rule; ignored']);
  });

  it('rejects values of the wrong type with the file and key path', () => {
    expect(() => translateHadolintConfig('.hadolint.yaml', { ignored: 'DL3008' }, known)).toThrow(
      new HadolintConfigError('.hadolint.yaml: ignored: expected a list of rule codes'),
    );
    expect(() => translateHadolintConfig('.hadolint.yaml', { 'label-schema': { a: 'colour' } }, known)).toThrow(
      /\.hadolint\.yaml: label-schema\.a: expected one of text, url/,
    );
    expect(() => translateHadolintConfig('.hadolint.yaml', { 'failure-threshold': 'fatal' }, known)).toThrow(/failure-threshold: expected one of/);
    expect(() => translateHadolintConfig('.hadolint.yaml', ['DL3008'], known)).toThrow(/expected a mapping/);
  });

  it('accepts an empty file', () => {
    expect(translateHadolintConfig('h', null, known)).toEqual({ config: { rules: {}, settings: {} }, warnings: [] });
  });
});

describe('readHadolintConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dflint-hadolint-'));

  it('reads YAML from disk', () => {
    const file = join(dir, '.hadolint.yaml');
    writeFileSync(file, 'ignored:\n  - DL3008\noverride:\n  error:\n    - DL3007\n');
    expect(readHadolintConfig(file, known).config.rules).toEqual({ DL3008: 'off', DL3007: 'error' });
  });

  it('reports invalid YAML with a line and column', () => {
    const file = join(dir, '.hadolint.yml');
    writeFileSync(file, 'ignored: [DL3008\n');
    expect(() => readHadolintConfig(file, known)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: invalid YAML`));
  });

  it('reports a missing file', () => {
    expect(() => readHadolintConfig(join(dir, 'nope.yaml'), known)).toThrow(/cannot read: ENOENT/);
  });
});
