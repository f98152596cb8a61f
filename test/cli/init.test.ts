import * as fs from 'node:fs';
import * as path from 'node:path';
import { dflint, ensureBuilt, expectOneLineError, LATEST, tempTree } from './helpers';

beforeAll(ensureBuilt, 120_000);

describe('dflint init', () => {
  it('writes a starter .dflintrc.yaml that dflint then uses, and keeps an existing config unless --force', () => {
    const tree = tempTree({ Dockerfile: LATEST });
    try {
      const r = dflint(['init'], { cwd: tree.dir });
      expect(r).toEqual({ code: 0, stdout: 'dflint: wrote .dflintrc.yaml\n', stderr: '' });
      const text = fs.readFileSync(path.join(tree.dir, '.dflintrc.yaml'), 'utf8');
      expect(text).toMatch(/^# yaml-language-server: \$schema=\.\/node_modules\/dflint\/schemas\/dflintrc\.schema\.json\n/);
      expect(JSON.parse(dflint(['--print-config', 'Dockerfile'], { cwd: tree.dir }).stdout)).toMatchObject({ configFile: '.dflintrc.yaml', failureThreshold: 'warning' });
      const again = dflint(['init'], { cwd: tree.dir });
      expect(again.code).toBe(2);
      expectOneLineError(again.stderr, /^dflint: \.dflintrc\.yaml: already exists; --force replaces it$/);
      expect(fs.readFileSync(path.join(tree.dir, '.dflintrc.yaml'), 'utf8')).toBe(text);
    } finally {
      tree.cleanup();
    }
  });

  it('translates .hadolint.yaml, with what it cannot carry over as comments', () => {
    const tree = tempTree({
      '.hadolint.yaml': 'ignored: [DL3007, SC2086]\nfailure-threshold: error\noverride:\n  info: [DL3015]\nformat: json\n',
      Dockerfile: LATEST,
    });
    try {
      const r = dflint(['init'], { cwd: tree.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('dflint: wrote .dflintrc.yaml from .hadolint.yaml (1 setting not carried over: see its comments)\n');
      const text = fs.readFileSync(path.join(tree.dir, '.dflintrc.yaml'), 'utf8');
      expect(text).toContain('# Translated from .hadolint.yaml by `dflint init`.\n# Not carried over:\n#   format: ');
      // The dflint config is now the one used, with the same effect as the hadolint one.
      const printed = JSON.parse(dflint(['--print-config', 'Dockerfile'], { cwd: tree.dir }).stdout);
      expect(printed).toMatchObject({ configFile: '.dflintrc.yaml', failureThreshold: 'error', settings: { shellcheckExclude: ['SC2086'] } });
      expect(printed.rules.DF016).toEqual({ name: 'latest-tag', severity: 'off' });
      expect(printed.rules.DF104).toMatchObject({ severity: 'info' });
    } finally {
      tree.cleanup();
    }
  });

  it('--force rewrites an existing .dflintrc.json as JSON; a broken .hadolint.yaml is a one-line error', () => {
    const tree = tempTree({ '.dflintrc.json': '{ "rules": { "latest-tag": "off" } }', '.hadolint.yaml': 'ignored: [DL3008]\n' });
    try {
      expect(dflint(['init', '--force'], { cwd: tree.dir }).code).toBe(0);
      expect(JSON.parse(fs.readFileSync(path.join(tree.dir, '.dflintrc.json'), 'utf8'))).toEqual({
        $schema: './node_modules/dflint/schemas/dflintrc.schema.json',
        rules: { DL3008: 'off' },
        settings: {},
      });
      fs.writeFileSync(path.join(tree.dir, '.hadolint.yaml'), 'ignored: [DL3008\n');
      const broken = dflint(['init', '--force'], { cwd: tree.dir });
      expect(broken.code).toBe(2);
      expectOneLineError(broken.stderr, /^dflint: \.hadolint\.yaml: .*invalid YAML/);
    } finally {
      tree.cleanup();
    }
  });
});
