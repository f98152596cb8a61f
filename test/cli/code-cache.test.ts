import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMAND_NAMES } from '../../src/cli/quick-args';
import { ensureBuilt, ROOT, tempTree } from './helpers';

beforeAll(ensureBuilt);

/**
 * The build stores V8's compiled code of each CLI bundle (scripts/build.mjs). V8 rejects a cache
 * silently (the CLI only gets slower) when the bundle or the V8 flags at load time differ from
 * the run that wrote it, so a warm-up run that changed a V8 flag would lose it for every start.
 */
describe('code cache of the CLI bundles', () => {
  it.each([
    ['dist/cli.cjs', 'dist/cli.cjs.cache'],
    ['dist/cli.cjs', 'dist/cli.cjs.plain.cache'],
    ['dist/parse.cjs', 'dist/parse.cjs.cache'],
  ])('%s: V8 accepts %s, the cache the build wrote, loaded as bin/dflint.js loads it', (bundle, cache) => {
    const file = path.join(ROOT, bundle);
    // A fresh process with no V8 flags, as bin/dflint.js starts.
    const script = `
      const fs = require('fs'), vm = require('vm');
      const s = new vm.Script(fs.readFileSync(${JSON.stringify(file)}, 'latin1'), {
        filename: ${JSON.stringify(file)}, cachedData: fs.readFileSync(${JSON.stringify(path.join(ROOT, cache))}) });
      process.stdout.write(String(s.cachedDataRejected));`;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })).toBe('false');
  });
});

describe('bin/dflint.js', () => {
  it('knows the subcommands the CLI knows, to hand a lint without yargs its own cache', () => {
    const shim = fs.readFileSync(path.join(ROOT, 'bin/dflint.js'), 'utf8');
    const listed = /const SUBCOMMANDS = \[([^\]]*)\]/.exec(shim);
    expect(listed).not.toBeNull();
    expect(listed![1].split(',').map((name) => name.trim().replace(/^'|'$/g, ''))).toEqual(COMMAND_NAMES);
  });

  // A copy of bin/ and dist/ with the CLI bundle's cache missing, empty or damaged.
  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['damaged', 'not a code cache at all'],
  ])('runs the bundle when its cache is %s', (_, cache) => {
    const copy = tempTree({
      'bin/dflint.js': fs.readFileSync(path.join(ROOT, 'bin/dflint.js'), 'utf8'),
      // Pure ASCII (the build checks), so the text is written back byte for byte.
      'dist/cli.cjs': fs.readFileSync(path.join(ROOT, 'dist/cli.cjs'), 'latin1'),
      ...(cache === undefined ? {} : { 'dist/cli.cjs.plain.cache': cache }),
      Dockerfile: 'FROM alpine:3.20\nUSER 1000\n',
    });
    try {
      const lint = (bin: string) => execFileSync(process.execPath, [bin, '--format', 'json', 'Dockerfile'], { cwd: copy.dir, encoding: 'utf8' });
      const out = lint(path.join(copy.dir, 'bin/dflint.js'));
      expect(JSON.parse(out).summary.files).toBe(1);
      expect(out).toBe(lint(path.join(ROOT, 'bin/dflint.js')));
    } finally {
      copy.cleanup();
    }
  });
});
