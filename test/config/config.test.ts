import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../src/config/errors';
import { ConfigLoader, type ForeignConfigReader } from '../../src/config/load';
import { firstJsonErrorOffset } from '../../src/config/json-error';
import { validateConfig } from '../../src/config/validate';
import { closestMatch } from '../../src/config/suggest';
import { defineRule } from '../../src/engine/define-rule';
import { RuleRegistry } from '../../src/engine/registry';
import { defaultRuleSettings } from '../../src/engine/types';
import { seededRandom } from '../helpers/random';

const latestTag = defineRule<{ allow: string[] }>({
  id: 'DF916',
  name: 'latest-tag',
  aliases: ['DL3007', 'Shared'],
  severity: 'warning',
  fix: 'none',
  summary: 'latest',
  docs: { why: '', invalid: [], valid: [] },
  messages: {},
  options: {
    schema: { type: 'object', properties: { allow: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
    defaults: { allow: [] },
  },
  create: () => ({}),
});
const shellForm = defineRule({ ...latestTag, id: 'DF917', name: 'shell-form-cmd', aliases: ['DL3025', 'JSONArgsRecommended', 'Shared'], options: undefined });
const registry = new RuleRegistry([latestTag, shellForm]);

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dflint-config-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, text: string): string {
  const path = join(root, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('validation', () => {
  const check = (data: unknown) => configError(() => validateConfig(data, '.dflintrc.json', registry));

  it('resolves ids, names and aliases (any case) to rule ids, and levels to entries', () => {
    const layer = validateConfig(
      { rules: { 'latest-tag': 'error', dl3025: { severity: 'off' } }, failureThreshold: 'info', ignorePaths: ['vendor/**'] },
      '.dflintrc.json',
      registry,
    );
    expect(layer).toEqual({
      source: '.dflintrc.json',
      rules: { DF916: { severity: 'error' }, DF917: { severity: 'off' } },
      failureThreshold: 'info',
      ignorePaths: ['vendor/**'],
    });
  });

  it('names an unknown rule and the closest known one', () => {
    expect(check({ rules: { 'latest-tagg': 'error' } })).toBe('.dflintrc.json: rules.latest-tagg: unknown rule; did you mean "latest-tag"?');
    expect(check({ rules: { DL3008: 'error' } })).toBe('.dflintrc.json: rules.DL3008: unknown rule; did you mean "DL3007"?');
    expect(check({ rules: { 'completely-different-thing': 'error' } })).toBe('.dflintrc.json: rules.completely-different-thing: unknown rule');
    expect(check({ rules: { DL3005: 'off' } })).toBe('.dflintrc.json: rules.DL3005: "DL3005" (apt-get upgrade and dist-upgrade) was removed from hadolint, and dflint has no such rule');
  });

  it('names the key path of a bad value', () => {
    expect(check({ rules: { 'latest-tag': 'fatal' } })).toBe(
      '.dflintrc.json: rules.latest-tag: must be one of "error", "warning", "info", "style", "off", or { "severity": …, "options": { … } } (got "fatal")',
    );
    expect(check({ rules: { 'latest-tag': { options: { allow: 'x' } } } })).toBe('.dflintrc.json: rules.latest-tag.options.allow: must be array');
    expect(check({ rules: { 'latest-tag': { options: { alow: [] } } } })).toBe('.dflintrc.json: rules.latest-tag.options.alow: unknown key; did you mean "allow"?');
    expect(check({ rules: { 'shell-form-cmd': { severity: 'error', options: {} } } })).toBe('.dflintrc.json: rules.shell-form-cmd.options: unknown key');
    expect(check({ failureThreshold: 'high' })).toMatch(/^\.dflintrc\.json: failureThreshold: must be one of "error", "warning", "info", "style", "none" \(got "high"\)$/);
    expect(check({ ignorePath: [] })).toBe('.dflintrc.json: ignorePath: unknown key; did you mean "ignorePaths"?');
    expect(check({ settings: { labelSchema: { a: 'number' } } })).toMatch(/^\.dflintrc\.json: settings\.labelSchema\.a: must be one of "text", /);
    expect(check([])).toBe('.dflintrc.json: expected an object of settings');
  });

  it('refuses two ids or names for one rule; an id or name wins over an alias', () => {
    expect(check({ rules: { DF916: 'error', 'latest-tag': 'off' } })).toBe('.dflintrc.json: rules.latest-tag: names the same rule as rules.DF916 (DF916 latest-tag)');
    expect(validateConfig({ rules: { 'latest-tag': 'info', DL3007: 'off' } }, 'f', registry).rules).toEqual({ DF916: { severity: 'info' } });
  });

  it('applies an alias several rules share to all of them, levels only', () => {
    const layer = validateConfig({ rules: { Shared: 'off', 'shell-form-cmd': 'error' } }, 'f', registry);
    expect(layer.rules).toEqual({ DF916: { severity: 'off' }, DF917: { severity: 'error' } });
    expect(configError(() => validateConfig({ rules: { shared: { options: {} } } }, 'f', registry))).toBe('f: rules.shared.options: unknown key');
  });

  it('suggests only near names', () => {
    expect(closestMatch('latest-tg', ['latest-tag', 'untagged-image'])).toBe('latest-tag');
    expect(closestMatch('xyz', ['latest-tag'])).toBeUndefined();
  });
});

describe('discovery', () => {
  it('uses the nearest .dflintrc.* walking up from each file, and caches per directory', () => {
    write('.dflintrc.json', JSON.stringify({ rules: { 'latest-tag': 'error' } }));
    write('svc/.dflintrc.yaml', 'rules:\n  DL3007: info\nfailureThreshold: error\n');
    const loader = new ConfigLoader({ registry, cwd: root, env: {} });
    const top = loader.forFile('Dockerfile');
    const nested = loader.forFile('svc/deep/er/Dockerfile');
    expect(top.filePath).toBe(join(root, '.dflintrc.json'));
    expect(top.engine.rules).toEqual({ DF916: { severity: 'error' } });
    expect(top.failureThreshold).toBe('warning');
    expect(nested.filePath).toBe(join(root, 'svc', '.dflintrc.yaml'));
    expect(nested.engine.rules).toEqual({ DF916: { severity: 'info' } });
    expect(nested.failureThreshold).toBe('error');
    // One resolved object per config file: the CLI keys its linters on it.
    expect(loader.forFile('svc/other/Dockerfile')).toBe(nested);
  });

  it('prefers .json over .yaml over .yml in one directory', () => {
    write('.dflintrc.yml', 'rules: { latest-tag: style }\n');
    write('.dflintrc.yaml', 'rules: { latest-tag: info }\n');
    expect(new ConfigLoader({ registry, cwd: root, env: {} }).forFile('Dockerfile').engine.rules.DF916).toEqual({ severity: 'info' });
  });

  it('uses an explicit config for every file, and says when it is missing', () => {
    write('a/.dflintrc.json', JSON.stringify({ rules: { 'latest-tag': 'error' } }));
    write('custom.yml', 'rules:\n  latest-tag: style\n');
    const loader = new ConfigLoader({ registry, cwd: root, env: {}, configFile: 'custom.yml' });
    expect(loader.forFile('a/Dockerfile').engine.rules.DF916).toEqual({ severity: 'style' });
    expect(configError(() => new ConfigLoader({ registry, cwd: root, env: {}, configFile: 'nope.json' }))).toBe('nope.json: no such config file');
  });

  it('reports unparsable files with their location', () => {
    write('.dflintrc.yaml', 'rules:\n  latest-tag: [\n');
    expect(configError(() => new ConfigLoader({ registry, cwd: root, env: {} }).forFile('Dockerfile'))).toMatch(
      new RegExp(`^${join(root, '.dflintrc.yaml').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: \\d+:\\d+: invalid YAML: `),
    );
    const jsonError = (text: string) => {
      write('.dflintrc.json', text);
      return configError(() => new ConfigLoader({ registry, cwd: root, env: {} }).forFile('Dockerfile'));
    };
    // The input ends inside the object: the place is its end.
    expect(jsonError('{ "rules": ')).toMatch(/\.dflintrc\.json: 1:12: invalid JSON: Unexpected end of JSON input$/);
    expect(jsonError('{\n  "rules": {\n    "latest-tag": "off",\n  }\n}\n')).toMatch(/\.dflintrc\.json: 4:3: invalid JSON: (Unexpected token|Expected double-quoted property name)/);
    expect(jsonError('{\n  rules: {}\n}')).toMatch(/\.dflintrc\.json: 2:3: invalid JSON: /);
    // Messages where V8 gives no position, or quotes text across lines: the place is found, the quote dropped.
    expect(jsonError('{"rules": x}')).toMatch(/\.dflintrc\.json: 1:11: invalid JSON: Unexpected token 'x'$/);
    expect(jsonError('{\n  "rules": {\n    "latest-tag": \'off\'\n  }\n}')).toMatch(/\.dflintrc\.json: 3:19: invalid JSON: Unexpected token '''$/);
    expect(jsonError('{"rules": {}} extra')).toMatch(/\.dflintrc\.json: 1:15: invalid JSON: Unexpected non-whitespace character$/);
  });

  it('reads a JSON config saved with a byte order mark', () => {
    write('.dflintrc.json', '\uFEFF{ "rules": { "latest-tag": "off" } }');
    expect(new ConfigLoader({ registry, cwd: root, env: {} }).forFile('Dockerfile').engine.rules).toEqual({ DF916: { severity: 'off' } });
  });

  it('falls back to a foreign config only when no dflint config exists anywhere up the tree', () => {
    const reader: ForeignConfigReader = (dir) =>
      dir.endsWith('legacy') ? { path: join(dir, '.hadolint.yaml'), data: { rules: { DL3007: 'off' } }, warnings: ['note'] } : null;
    const loader = new ConfigLoader({ registry, cwd: root, env: {}, foreignReaders: [reader] });
    const foreign = loader.forFile('legacy/Dockerfile');
    expect(foreign.filePath).toBe(join(root, 'legacy', '.hadolint.yaml'));
    expect(foreign.engine.rules).toEqual({ DF916: { severity: 'off' } });
    expect(foreign.warnings).toEqual(['note']);
    write('.dflintrc.json', '{}');
    const withOwn = new ConfigLoader({ registry, cwd: root, env: {}, foreignReaders: [reader] }).forFile('legacy/Dockerfile');
    expect(withOwn.filePath).toBe(join(root, '.dflintrc.json'));
  });

  it('applies ignorePaths relative to the config file', () => {
    write('svc/.dflintrc.json', JSON.stringify({ ignorePaths: ['vendor/**', '**/*.generated.Dockerfile'] }));
    const loader = new ConfigLoader({ registry, cwd: root, env: {} });
    expect(loader.isIgnored('svc/vendor/x/Dockerfile')).toBe(true);
    expect(loader.isIgnored('svc/app/a.generated.Dockerfile')).toBe(true);
    expect(loader.isIgnored('svc/app/Dockerfile')).toBe(false);
    expect(loader.isIgnored('vendor/Dockerfile')).toBe(false);
  });
});

describe('precedence: defaults < file < environment < command line', () => {
  beforeEach(() => {
    write(
      '.dflintrc.json',
      JSON.stringify({
        rules: { 'latest-tag': { severity: 'error', options: { allow: ['a'] } }, 'shell-form-cmd': 'info' },
        failureThreshold: 'info',
        settings: { trustedRegistries: ['docker.io'], disableIgnorePragma: true },
      }),
    );
  });

  it('has defaults when nothing is configured', () => {
    rmSync(join(root, '.dflintrc.json'));
    const config = new ConfigLoader({ registry, cwd: root, env: {} }).forFile('Dockerfile');
    expect(config).toMatchObject({ filePath: null, failureThreshold: 'warning', ignorePaths: [] });
    expect(config.engine).toEqual({
      rules: {},
      settings: defaultRuleSettings(),
      reportUnusedIgnores: false,
      disableIgnorePragma: false,
    });
  });

  it('lets the environment override the file', () => {
    const env = { DFLINT_FAILURE_THRESHOLD: 'error', DFLINT_IGNORE: 'JSONArgsRecommended', DFLINT_REPORT_UNUSED_IGNORES: 'true' };
    const config = new ConfigLoader({ registry, cwd: root, env }).forFile('Dockerfile');
    expect(config.failureThreshold).toBe('error');
    expect(config.engine.rules).toEqual({ DF916: { severity: 'error', options: { allow: ['a'] } }, DF917: { severity: 'off' } });
    expect(config.engine.reportUnusedIgnores).toBe(true);
    expect(config.engine.disableIgnorePragma).toBe(true);
    expect(config.engine.settings.trustedRegistries).toEqual(['docker.io']);
  });

  it('lets the command line override both; options merge', () => {
    const env = { DFLINT_FAILURE_THRESHOLD: 'error', DFLINT_IGNORE: 'shell-form-cmd' };
    const config = new ConfigLoader({
      registry,
      cwd: root,
      env,
      cli: { rules: { dl3007: 'style', 'shell-form-cmd': { severity: 'warning' } }, failureThreshold: 'none', settings: { strictLabels: true } },
    }).forFile('Dockerfile');
    expect(config.failureThreshold).toBe('none');
    expect(config.engine.rules).toEqual({ DF916: { severity: 'style', options: { allow: ['a'] } }, DF917: { severity: 'warning' } });
    expect(config.engine.settings.strictLabels).toBe(true);
    const ignored = new ConfigLoader({ registry, cwd: root, env: {}, cli: { ignore: ['latest-tag'] } }).forFile('Dockerfile');
    expect(ignored.engine.rules.DF916).toEqual({ severity: 'off', options: { allow: ['a'] } });
  });

  it('reports bad environment values and unknown rules on the command line', () => {
    expect(configError(() => new ConfigLoader({ registry, cwd: root, env: { DFLINT_FAILURE_THRESHOLD: 'loud' } }))).toBe(
      'DFLINT_FAILURE_THRESHOLD: must be one of error, warning, info, style, none (got "loud")',
    );
    expect(configError(() => new ConfigLoader({ registry, cwd: root, env: { DFLINT_IGNORE: 'latest-tags' } }))).toBe(
      'DFLINT_IGNORE: latest-tags: unknown rule; did you mean "latest-tag"?',
    );
    expect(configError(() => new ConfigLoader({ registry, cwd: root, env: {}, cli: { rules: { 'shell-form': 'off' } } }))).toBe(
      '--rule: shell-form: unknown rule; did you mean "shell-form-cmd"?',
    );
  });
});

describe('overrides', () => {
  const check = (data: unknown) => configError(() => validateConfig(data, '.dflintrc.json', registry));

  it('applies an override to the files its globs pick, over the rest of the file, in order', () => {
    write(
      '.dflintrc.json',
      JSON.stringify({
        rules: { 'latest-tag': 'error', 'shell-form-cmd': 'info' },
        failureThreshold: 'error',
        overrides: [
          { files: '*.dev.Dockerfile', rules: { 'latest-tag': 'off' }, failureThreshold: 'none' },
          { files: ['services/*/Dockerfile'], excludedFiles: 'services/legacy/**', rules: { DL3025: { severity: 'warning' } }, settings: { strictLabels: true } },
          { files: 'services/api/*', rules: { 'shell-form-cmd': 'style' } },
        ],
      }),
    );
    const loader = new ConfigLoader({ registry, cwd: root, env: {} });
    const levels = (file: string) => {
      const config = loader.forFile(file);
      return [config.engine.rules.DF916?.severity, config.engine.rules.DF917?.severity, config.failureThreshold, config.engine.settings.strictLabels];
    };
    expect(levels('Dockerfile')).toEqual(['error', 'info', 'error', false]);
    // A glob without "/" matches the base name in any directory; one with "/" the whole relative path.
    expect(levels('a.dev.Dockerfile')).toEqual(['off', 'info', 'none', false]);
    expect(levels('deep/down/a.dev.Dockerfile')).toEqual(['off', 'info', 'none', false]);
    expect(levels('services/web/Dockerfile')).toEqual(['error', 'warning', 'error', true]);
    expect(levels('other/services/web/Dockerfile')).toEqual(['error', 'info', 'error', false]);
    expect(levels('services/legacy/Dockerfile')).toEqual(['error', 'info', 'error', false]);
    // The later of two matching overrides wins.
    expect(levels('services/api/Dockerfile')).toEqual(['error', 'style', 'error', true]);
    expect(loader.forFile('services/api/Dockerfile').sources).toEqual([
      join(root, '.dflintrc.json'),
      `${join(root, '.dflintrc.json')} overrides[1]`,
      `${join(root, '.dflintrc.json')} overrides[2]`,
    ]);
  });

  it('gives files that the same overrides match one configuration object (one linter for them)', () => {
    write('.dflintrc.json', JSON.stringify({ overrides: [{ files: '*.dev.Dockerfile', rules: { 'latest-tag': 'off' } }] }));
    const loader = new ConfigLoader({ registry, cwd: root, env: {} });
    expect(loader.forFile('a/Dockerfile')).toBe(loader.forFile('b/Dockerfile'));
    expect(loader.forFile('a/x.dev.Dockerfile')).toBe(loader.forFile('b/y.dev.Dockerfile'));
    expect(loader.forFile('a/x.dev.Dockerfile')).not.toBe(loader.forFile('a/Dockerfile'));
  });

  it('stays under the environment and the command line', () => {
    write('.dflintrc.json', JSON.stringify({ overrides: [{ files: '*', rules: { 'latest-tag': { severity: 'error', options: { allow: ['x'] } } }, failureThreshold: 'style' }] }));
    const config = new ConfigLoader({ registry, cwd: root, env: { DFLINT_FAILURE_THRESHOLD: 'info' }, cli: { rules: { 'latest-tag': 'warning' } } }).forFile('Dockerfile');
    expect(config.engine.rules.DF916).toEqual({ severity: 'warning', options: { allow: ['x'] } });
    expect(config.failureThreshold).toBe('info');
  });

  it('are validated like the file, with key paths into the override', () => {
    expect(check({ overrides: [{ files: 'x', rules: { 'latest-tagg': 'off' } }] })).toBe('.dflintrc.json: overrides.0.rules.latest-tagg: unknown rule; did you mean "latest-tag"?');
    expect(check({ overrides: [{ files: 'x' }, { files: 'y', rules: { 'Latest-Tag': 'fatal' } }] })).toBe(
      '.dflintrc.json: overrides.1.rules.Latest-Tag: must be one of "error", "warning", "info", "style", "off", or { "severity": …, "options": { … } } (got "fatal")',
    );
    expect(check({ overrides: [{ files: 'x', rules: { 'latest-tag': { options: { alow: [] } } } }] })).toBe(
      '.dflintrc.json: overrides.0.rules.latest-tag.options.alow: unknown key; did you mean "allow"?',
    );
    expect(check({ overrides: [{ files: 'x', rule: {} }] })).toBe('.dflintrc.json: overrides.0.rule: unknown key; did you mean "rules"?');
    expect(check({ overrides: [{ files: 'x', ignorePaths: [] }] })).toBe('.dflintrc.json: overrides.0.ignorePaths: unknown key');
    expect(check({ overrides: [{ files: 'x', settings: { strictLabel: true } }] })).toBe('.dflintrc.json: overrides.0.settings.strictLabel: unknown key; did you mean "strictLabels"?');
    expect(check({ overrides: [{ rules: {} }] })).toBe(".dflintrc.json: overrides.0: must have required property 'files'");
    expect(check({ overrides: [{ files: [] }] })).toBe('.dflintrc.json: overrides.0.files: must be a glob or a non-empty list of globs (got [])');
    expect(check({ overrides: [{ files: 'x', excludedFiles: 3 }] })).toBe('.dflintrc.json: overrides.0.excludedFiles: must be a glob or a non-empty list of globs (got 3)');
    expect(check({ overrides: [{ files: ['x', 3] }] })).toBe('.dflintrc.json: overrides.0.files.1: must be string');
    expect(check({ overrides: { files: 'x' } })).toBe('.dflintrc.json: overrides: must be array');
    expect(check({ overrides: [{ files: 'x', rules: { DF916: 'off', 'latest-tag': 'error' } }] })).toBe(
      '.dflintrc.json: overrides.0.rules.latest-tag: names the same rule as overrides.0.rules.DF916 (DF916 latest-tag)',
    );
  });
});

describe('settings.contextDir', () => {
  it('is relative to the directory of the config file in use, overrides included, and must be a directory', () => {
    mkdirSync(join(root, 'services/api'), { recursive: true });
    write('.dflintrc.yaml', 'settings:\n  contextDir: services\noverrides:\n  - files: "services/api/**"\n    settings: { contextDir: . }\n');
    const loader = new ConfigLoader({ registry, cwd: join(root, 'services'), env: {} });
    expect(loader.forFile('web/Dockerfile').engine.settings.contextDir).toBe(join(root, 'services'));
    expect(loader.forFile('api/Dockerfile').engine.settings.contextDir).toBe(root);
    // The command line's --context (already absolute) wins.
    const cli = new ConfigLoader({ registry, cwd: root, env: {}, cli: { settings: { contextDir: join(root, 'services/api') } } });
    expect(cli.forFile('Dockerfile').engine.settings.contextDir).toBe(join(root, 'services/api'));
    write('.dflintrc.yaml', 'settings:\n  contextDir: nowhere\n');
    expect(configError(() => new ConfigLoader({ registry, cwd: root, env: {} }).forFile('Dockerfile'))).toBe(
      `${join(root, '.dflintrc.yaml')}: settings.contextDir: "nowhere" is not a directory`,
    );
  });
});

describe('extends', () => {
  it('starts from the files it names, in order, recursively; a file\'s own keys and overrides win', () => {
    write('shared/base.yaml', 'extends: ./strict.json\nrules:\n  shell-form-cmd: warning\nignorePaths: ["vendor/**"]\noverrides:\n  - files: "*.dev.Dockerfile"\n    rules: { shell-form-cmd: off }\n');
    write('shared/strict.json', JSON.stringify({ rules: { 'latest-tag': 'error', 'shell-form-cmd': 'error' }, failureThreshold: 'info', settings: { trustedRegistries: ['docker.io'] } }));
    write('app/.dflintrc.json', JSON.stringify({ extends: ['../shared/base.yaml'], rules: { 'latest-tag': 'style' } }));
    const loader = new ConfigLoader({ registry, cwd: root, env: {} });
    const config = loader.forFile('app/Dockerfile');
    expect(config.engine.rules).toEqual({ DF916: { severity: 'style' }, DF917: { severity: 'warning' } });
    expect(config.failureThreshold).toBe('info');
    expect(config.engine.settings.trustedRegistries).toEqual(['docker.io']);
    expect(config.filePath).toBe(join(root, 'app/.dflintrc.json'));
    expect(config.sources).toEqual([join(root, 'shared/strict.json'), join(root, 'shared/base.yaml'), join(root, 'app/.dflintrc.json')]);
    // An extended file's globs count from the directory of the config in use.
    expect(loader.isIgnored('app/vendor/x/Dockerfile')).toBe(true);
    expect(loader.forFile('app/x.dev.Dockerfile').engine.rules.DF917).toEqual({ severity: 'off' });
  });

  it('puts the extending file\'s own keys over the overrides of what it extends', () => {
    write('base.json', JSON.stringify({ overrides: [{ files: '*.dev.Dockerfile', rules: { 'latest-tag': 'off' } }] }));
    write('app/.dflintrc.json', JSON.stringify({ extends: '../base.json', rules: { 'latest-tag': 'error' } }));
    expect(new ConfigLoader({ registry, cwd: root, env: {} }).forFile('app/a.dev.Dockerfile').engine.rules.DF916).toEqual({ severity: 'error' });
  });

  it('is followed from a --config file too', () => {
    write('ci/dflint.json', JSON.stringify({ extends: 'base.json' }));
    write('ci/base.json', JSON.stringify({ rules: { DL3007: 'info' } }));
    expect(new ConfigLoader({ registry, cwd: root, env: {}, configFile: 'ci/dflint.json' }).forFile('Dockerfile').engine.rules).toEqual({ DF916: { severity: 'info' } });
  });

  it('reports a missing file, a bad extended file, and a cycle, naming the files', () => {
    const forFile = () => new ConfigLoader({ registry, cwd: root, env: {} }).forFile('Dockerfile');
    write('.dflintrc.json', JSON.stringify({ extends: 'nope.json' }));
    expect(configError(forFile)).toBe(`${join(root, '.dflintrc.json')}: extends: nope.json: no such config file`);
    write('.dflintrc.json', JSON.stringify({ extends: ['a.json'] }));
    write('a.json', JSON.stringify({ rules: { 'latest-tagg': 'off' } }));
    expect(configError(forFile)).toBe(`${join(root, 'a.json')}: rules.latest-tagg: unknown rule; did you mean "latest-tag"?`);
    write('a.json', JSON.stringify({ extends: 'b.json' }));
    write('b.json', JSON.stringify({ extends: './a.json' }));
    expect(configError(forFile)).toBe(`${join(root, 'b.json')}: extends: a config cannot extend itself (a.json → b.json → a.json)`);
    write('.dflintrc.json', JSON.stringify({ extends: 7 }));
    expect(configError(forFile)).toBe(`${join(root, '.dflintrc.json')}: extends: must be a config file's path or a non-empty list of them (got 7)`);
  });
});

describe('firstJsonErrorOffset', () => {
  it('says -1 exactly when JSON.parse accepts the text, on valid and broken JSON', () => {
    const valid = ['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]}', ' "s" ', '0', '{"a":{"b":{}}}'];
    const broken = ['{', '{"a" 1}', '{"a": 01}', '[1,]', '{"a": "b\\x"}', '"\t"', 'tru', '{} {}', '', '{"a": 1,}', '[1 2]', "{'a': 1}"];
    for (const text of valid) expect([text, firstJsonErrorOffset(text)]).toEqual([text, -1]);
    for (const text of broken) {
      expect(() => JSON.parse(text)).toThrow();
      expect([text, firstJsonErrorOffset(text)]).not.toEqual([text, -1]);
    }
  });

  it('agrees with JSON.parse on a thousand mutations of a config', () => {
    const base = JSON.stringify({ rules: { 'latest-tag': 'off', DL3008: { severity: 'error', options: { max: 3, list: ['a', 'b\\n'] } } }, failureThreshold: null, x: -1.5e2, y: true }, null, 2);
    const pieces = ['"', ',', '}', ']', '{', '[', ':', ' ', '\\', 'u', '1', '-', '.', 'e', 'x', '\n', "'"];
    const next = seededRandom(7);
    const rnd = () => next(2 ** 32) / 2 ** 32;
    for (let n = 0; n < 1000; n++) {
      let text = base;
      for (let e = 1 + Math.floor(rnd() * 3); e > 0; e--) {
        const at = Math.floor(rnd() * (text.length + 1));
        text = rnd() < 0.5 ? text.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      }
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect([text, firstJsonErrorOffset(text) === -1]).toEqual([text, parses]);
    }
  });

  it('points at the first character that breaks the text', () => {
    expect(firstJsonErrorOffset('{"rules": x}')).toBe(10);
    expect(firstJsonErrorOffset('{"a": 1} extra')).toBe(9);
    expect(firstJsonErrorOffset('[1,]')).toBe(3);
    expect(firstJsonErrorOffset('{"a": "b\\x"}')).toBe(9);
  });
});
