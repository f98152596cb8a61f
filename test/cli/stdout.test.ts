import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { BIN, dflint, ensureBuilt, expectOneLineError, LATEST, tempTree } from './helpers';

// dflint writes standard output and error with plain system calls (src/cli/io.ts), not through
// process.stdout: these are the cases where that could go wrong.

beforeAll(ensureBuilt, 120_000);

const posix = process.platform !== 'win32';

/** Enough files that the JSON report is several times a pipe's buffer (64 KB on Linux). */
const FILES = 60;

describe('standard output', () => {
  const files: Record<string, string> = {
    // Makes the descriptor it inherits as standard output non-blocking, as a parent may hand it over.
    'nonblocking.js': "process.stdout._handle.setBlocking(false);\n",
    // Says on stderr, at exit, whether node:tty was loaded.
    'tty-probe.js': "process.on('exit', () => require('fs').writeSync(2, 'tty loaded: ' + process.moduleLoadList.includes('NativeModule tty') + '\\n'));\n",
    // Says on stderr, at exit, whether Node's stream modules (what process.stdout and process.stderr set up) were loaded.
    'stream-probe.js': "process.on('exit', () => require('fs').writeSync(2, 'stream loaded: ' + process.moduleLoadList.includes('NativeModule stream') + '\\n'));\n",
  };
  // Several findings on each line, so the report is large.
  const noisy = `${LATEST}${'RUN apt-get install -y curl && cd /tmp\n'.repeat(20)}`;
  for (let i = 0; i < FILES; i++) files[`app${i}/Dockerfile`] = noisy;
  // One file whose own report is several times a pipe's buffer.
  files['big/Dockerfile'] = `${LATEST}${'RUN apt-get install -y curl && cd /tmp\n'.repeat(1500)}`;
  const tree = tempTree(files);
  afterAll(tree.cleanup);
  const paths = Array.from({ length: FILES }, (_, i) => `app${i}/Dockerfile`);
  const expected = () => dflint(['-f', 'json', '--shellcheck', 'off', ...paths], { cwd: tree.dir });

  /** Runs `node ARGS…` and reads its standard output only `delay` ms after the first bytes arrive. */
  function slowReader(nodeArgs: string[], delay: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, nodeArgs, { cwd: tree.dir, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      let err = '';
      const startReading = () => {
        child.stdout.off('readable', startReading);
        setTimeout(() => {
          child.stdout.on('data', (b: Buffer) => out.push(b));
          child.stdout.resume();
        }, delay);
      };
      child.stdout.on('readable', startReading);
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString(), stderr: err }));
    });
  }

  it('is written whole to a pipe read late', async () => {
    const r = await slowReader([BIN, '-f', 'json', '--shellcheck', 'off', ...paths], 300);
    const whole = expected();
    expect(whole.stdout.length).toBeGreaterThan(4 * 65536);
    expect(r).toEqual({ code: 1, stdout: whole.stdout, stderr: '' });
  });

  (posix ? it : it.skip)('is written whole, and in order, to a non-blocking pipe that fills up', async () => {
    const r = await slowReader(['-r', './nonblocking.js', BIN, '-f', 'json', '--shellcheck', 'off', ...paths], 300);
    expect(r).toEqual({ code: 1, stdout: expected().stdout, stderr: '' });
  });

  (posix ? it : it.skip)('is written whole to a non-blocking pipe when the report is larger than the buffer it is encoded in', async () => {
    // The report is encoded into one reused 1 MB buffer (BufferSink): once the pipe refuses a
    // write, the stream that takes over must get copies, not the buffer being refilled.
    const args = ['-f', 'sarif', '--shellcheck', 'off', 'big/Dockerfile', ...paths];
    const whole = dflint(args, { cwd: tree.dir });
    expect(whole.stdout.length).toBeGreaterThan(3 << 20);
    const r = await slowReader(['-r', './nonblocking.js', BIN, ...args], 300);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout === whole.stdout).toBe(true);
  });

  (existsSync('/bin/bash') ? it : it.skip)('drops the rest when the reader goes away (dflint … | head), and still exits 1 for the findings', () => {
    const head = spawnSync('/bin/bash', ['-c', 'command -v head'], { encoding: 'utf8' }).stdout.trim();
    // PATH holds nothing, so that ShellCheck does not run on the options-free command line either.
    const noPath = path.join(tree.dir, 'no-path');
    mkdirSync(noPath, { recursive: true });
    const run = (command: string) =>
      spawnSync('/bin/bash', ['-c', `${command} | "${head}" -c 100 >/dev/null; echo "dflint exited \${PIPESTATUS[0]}"`], {
        cwd: tree.dir,
        encoding: 'utf8',
        env: { ...process.env, PATH: noPath },
      });
    const dflintCommand = `"${process.execPath}" "${BIN}"`;
    for (const command of [
      // No options: the report is written with plain system calls.
      `${dflintCommand} ${paths.join(' ')}`,
      // Options: yargs has made standard output a (non-blocking) stream first.
      `${dflintCommand} -f json --shellcheck off ${paths.join(' ')}`,
      // Standard error: the report goes there when a fixed standard input takes standard output.
      `${dflintCommand} --shellcheck off --fix - < big/Dockerfile 2>&1 >/dev/null`,
    ]) {
      const r = run(command);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('dflint exited 1\n');
    }
  });

  (existsSync('/dev/full') ? it : it.skip)('reports a failed write as one line, exit 2 (standard output on a full disk: /dev/full)', () => {
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" --shellcheck off app0/Dockerfile > /dev/full`], { cwd: tree.dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expectOneLineError(r.stderr, /^dflint: <stdout>: cannot write: ENOSPC/);
  });

  (process.platform === 'linux' && existsSync('/dev/null') ? it : it.skip)('does not load node:tty to learn that /dev/null, a pipe or a file is no terminal', () => {
    const cat = spawnSync('/bin/sh', ['-c', 'command -v cat'], { encoding: 'utf8' }).stdout.trim();
    // PATH holds nothing, so that ShellCheck does not run on the options-free command line either.
    const noPath = path.join(tree.dir, 'no-path');
    mkdirSync(noPath, { recursive: true });
    for (const options of ['', '--shellcheck off']) {
      for (const target of ['> /dev/null', `| "${cat}" > /dev/null`, '> report.txt']) {
        const command = `"${process.execPath}" -r ./tty-probe.js "${BIN}" ${options} app0/Dockerfile ${target}`;
        const r = spawnSync('/bin/sh', ['-c', command], { cwd: tree.dir, encoding: 'utf8', env: { ...process.env, PATH: noPath } });
        expect([options, target, r.stderr]).toEqual([options, target, 'tty loaded: false\n']);
      }
    }
  });

  (posix ? it : it.skip)('sets up no stream for standard output or error, with or without options (yargs reads neither)', () => {
    const cat = spawnSync('/bin/sh', ['-c', 'command -v cat'], { encoding: 'utf8' }).stdout.trim();
    const noPath = path.join(tree.dir, 'no-path');
    mkdirSync(noPath, { recursive: true });
    for (const options of ['', '-f json --shellcheck off', '--failure-threshold error']) {
      for (const target of [`| "${cat}" > /dev/null`, '> report.txt']) {
        const command = `"${process.execPath}" -r ./stream-probe.js "${BIN}" ${options} app0/Dockerfile 2> probe.txt ${target}; "${cat}" probe.txt`;
        const r = spawnSync('/bin/sh', ['-c', command], { cwd: tree.dir, encoding: 'utf8', env: { ...process.env, PATH: noPath } });
        expect([options, target, r.stdout]).toEqual([options, target, 'stream loaded: false\n']);
      }
    }
  });

  it('is still written to a regular file when redirected', () => {
    const report = path.join(tree.dir, 'report.txt');
    writeFileSync(report, 'old content that is longer than nothing\n');
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" --shellcheck off app0/Dockerfile > report.txt`], { cwd: tree.dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(spawnSync('cat', [report], { encoding: 'utf8' }).stdout).toBe(dflint(['--shellcheck', 'off', 'app0/Dockerfile'], { cwd: tree.dir }).stdout);
  });
});
