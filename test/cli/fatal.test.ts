import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from '../../src/cli/errors';
import { reportFatal } from '../../src/cli/fatal';
import { BIN, ensureBuilt, LATEST, tempTree } from './helpers';

function capture(env: NodeJS.ProcessEnv = {}) {
  let stderr = '';
  return { io: { env, stderr: (text: string) => void (stderr += text) }, text: () => stderr };
}

describe('reportFatal', () => {
  it('prints a CliError as its one line', () => {
    const out = capture();
    expect(reportFatal(new CliError('no such file or directory', 'x/Dockerfile'), out.io)).toBe(2);
    expect(out.text()).toBe('dflint: x/Dockerfile: no such file or directory\n');
  });

  it('prints an unexpected error as one line asking for a report, without the stack', () => {
    const out = capture();
    expect(reportFatal(new TypeError("Cannot read properties of undefined (reading 'x')\nmore"), out.io)).toBe(2);
    expect(out.text()).toBe(
      "dflint: internal error: Cannot read properties of undefined (reading 'x') (please report this at https://github.com/dflint/dflint/issues; DFLINT_DEBUG=1 shows the stack)\n",
    );
  });

  it('adds the stack with DFLINT_DEBUG=1', () => {
    const out = capture({ DFLINT_DEBUG: '1' });
    const err = new Error('boom');
    reportFatal(err, out.io);
    expect(out.text().split('\n')[0]).toMatch(/^dflint: internal error: boom/);
    expect(out.text()).toContain(err.stack as string);
  });
});

describe('an internal error in the dflint binary', () => {
  // A preload makes the JSON reporter's stringify throw, as a bug inside dflint would.
  const tree = tempTree({
    'Dockerfile': LATEST,
    'crash.js': "const s = JSON.stringify; JSON.stringify = function (...a) { if (a[2] === 2) throw new Error('boom'); return s.apply(this, a); };\n",
  });
  beforeAll(ensureBuilt, 120_000);
  afterAll(tree.cleanup);
  const run = (env: NodeJS.ProcessEnv, stdout: 'pipe' | number = 'pipe') =>
    spawnSync(process.execPath, ['-r', './crash.js', BIN, '-f', 'json', '--shellcheck', 'off', 'Dockerfile'], {
      cwd: tree.dir,
      env: { ...process.env, DFLINT_DEBUG: undefined, ...env },
      encoding: 'utf8',
      stdio: ['ignore', stdout, 'pipe'],
    });

  it('is reported as one, not as a failure to write the report, to a pipe or to a file', () => {
    const file = path.join(tree.dir, 'out.json');
    const fd = fs.openSync(file, 'w');
    try {
      for (const r of [run({}), run({}, fd)]) {
        expect(r.status).toBe(2);
        expect(r.stderr).toBe('dflint: internal error: boom (please report this at https://github.com/dflint/dflint/issues; DFLINT_DEBUG=1 shows the stack)\n');
      }
    } finally {
      fs.closeSync(fd);
    }
  });

  it('shows its stack in the TypeScript sources with DFLINT_DEBUG=1 (the bundle\'s source map)', () => {
    const r = run({ DFLINT_DEBUG: '1' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\n {4}at .*\bsrc\/reporters\/json-chunks\.ts:\d+:\d+\)\n/);
    expect(r.stderr).toMatch(/\bsrc\/cli\/report-output\.ts:\d+:\d+\)/);
  });
});
