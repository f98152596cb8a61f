import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIO } from '../../src/cli/io';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/dflint.js');
const BUNDLE = path.join(ROOT, 'dist/cli.cjs');
const LOCK = path.join(ROOT, 'dist/.build-lock');
/** What the bundle is built from: if any is newer than dist/cli.cjs, rebuild. */
const INPUTS = ['src', 'rules', 'package.json', 'scripts/build.mjs'];

function newestMtime(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function isStale(): boolean {
  if (!fs.existsSync(BUNDLE)) return true;
  const built = fs.statSync(BUNDLE).mtimeMs;
  return INPUTS.some((input) => fs.existsSync(path.join(ROOT, input)) && newestMtime(path.join(ROOT, input)) > built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds dist/ once when it is older than the sources. Test files run in parallel workers, so a
 * lock directory makes the others wait for the one build instead of starting their own.
 */
export function ensureBuilt(): void {
  if (!isStale()) return;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let waited = 0; ; waited += 100) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // Another worker is building; a lock older than a minute is left over from a killed run.
      if (waited > 60_000) fs.rmSync(LOCK, { recursive: true, force: true });
      sleep(100);
    }
  }
  try {
    if (isStale()) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function dflint(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, DFLINT_DEBUG: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30_000,
    // spawnSync's default (1 MB) would cut a large report short.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary directory with the given files (paths relative to it); removed by the returned cleanup. */
export function tempTree(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-cli-')));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A Dockerfile no default rule flags. */
export const CLEAN = 'FROM alpine:3.20\nWORKDIR /app\nCOPY app.sh ./\nCMD ["./app.sh"]\n';
/** One warning: the latest tag on line 1, columns 6–17. */
export const LATEST = 'FROM node:latest\nWORKDIR /app\nCOPY app.js ./\nCMD ["node", "app.js"]\n';

/** A one-line error that is not a stack trace. */
export function expectOneLineError(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

/**
 * An in-process CliIO over `cwd` that captures output in `out` and `err`. Its environment is
 * empty: no PATH, so ShellCheck is never found and runs are the same wherever it is installed.
 */
export function fakeIO(cwd: string, stdin = ''): CliIO & { out: string; err: string } {
  const io = {
    cwd,
    env: {},
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readStdin: () => stdin,
    stdoutIsTTY: false,
  };
  return io;
}

/** Exit code and output of one in-process run, or the message it threw (the CLI prints that as one line). */
export async function runOutcome(run: (io: CliIO) => Promise<number>, cwd: string) {
  const io = fakeIO(cwd);
  try {
    return { code: await run(io), out: io.out, err: io.err };
  } catch (err) {
    return { thrown: (err as Error).message, out: io.out, err: io.err };
  }
}
