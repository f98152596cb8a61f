import type * as ChildProcess from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { SourceText } from '../ast/source';
import { availableCores, tempDirectory } from '../host';
import type { Diagnostic, Severity } from '../engine/types';
import type { ShellcheckDialect, ShellcheckScript } from './scripts';

/** child_process is loaded only when ShellCheck runs: loading it costs every start-up a few ms. */
function childProcess(): typeof ChildProcess {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:child_process') as typeof ChildProcess;
}

/** Path of the `shellcheck` executable on PATH, or null. Looks at the file system only (no spawn). */
export function findShellcheck(env: NodeJS.ProcessEnv = process.env): string | null {
  const names = process.platform === 'win32' ? ['shellcheck.exe', 'shellcheck'] : ['shellcheck'];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

export class ShellcheckError extends Error {}

interface Json1Comment {
  file: string;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: string;
  code: number;
  message: string;
}

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'style' };

/** A script queued for ShellCheck, with the file it came from. */
export interface QueuedScript {
  owner: number;
  script: ShellcheckScript;
  source: SourceText;
}

/**
 * Scripts handed to one ShellCheck process at most: its command line stays under ~20 K characters
 * (names like `s123.sh`, relative to the scripts' directory), within Windows' 32 K limit.
 */
const MAX_BATCH = 2000;
/** Scripts worth a process of their own: ShellCheck takes ~25 ms to start and ~3 ms per script. */
const MIN_BATCH = 20;

/** ShellCheck is single-threaded: one process per core keeps them all busy. */
function processLimit(): number {
  return Math.max(1, availableCores());
}

/**
 * The ShellCheck processes for one dialect's scripts: as few as keep every core busy, in equal
 * batches. Each process started is a fork of this one, after which every page dflint writes to
 * costs a page fault: on the corpus, 15 batches of 400 took 21.6 s, these (4 of 1,500 for sh) 15.4 s.
 */
export function batchesOf<T>(files: readonly T[], processes: number): T[][] {
  if (files.length === 0) return [];
  const rounds = Math.ceil(files.length / (processes * MAX_BATCH));
  const count = Math.max(1, Math.min(processes * rounds, Math.floor(files.length / MIN_BATCH)));
  const size = Math.ceil(files.length / count);
  const batches: T[][] = [];
  for (let b = 0; b < files.length; b += size) batches.push(files.slice(b, b + size));
  return batches;
}

/** One ShellCheck process over `files` (names in `cwd`); resolves to its json1 comments. */
function checkBatch(executable: string, dialect: ShellcheckDialect, files: readonly string[], cwd: string): Promise<Json1Comment[]> {
  return new Promise((resolve, reject) => {
    const child = childProcess().spawn(executable, ['--shell', dialect, '--format', 'json1', '--norc', ...files], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (err) => reject(new ShellcheckError(`could not run ${executable}: ${err.message}`)));
    child.on('close', (status) => {
      const out = Buffer.concat(stdout).toString('utf8');
      // ShellCheck exits 1 when it found something; anything else with no JSON is a failure.
      try {
        resolve((JSON.parse(out) as { comments: Json1Comment[] }).comments);
      } catch {
        const why = Buffer.concat(stderr).toString('utf8') || out || `exit ${status}`;
        reject(new ShellcheckError(`${executable} failed: ${why.trim().split('\n')[0]}`));
      }
    });
  });
}

/**
 * Runs `tasks` with at most `limit` in flight; resolves to their results in task order. After a
 * failure nothing new starts, the running ones finish, and the first failure is thrown.
 */
export async function runPooled<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (next < tasks.length && !failure) {
      const index = next++;
      try {
        results[index] = await tasks[index]();
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  if (failure) throw failure.error;
  return results;
}

/** One script file given to ShellCheck, standing for every queued script with the same dialect and text. */
interface ScriptFile {
  /** Executable, dialect and text: the memo key. */
  key: string;
  name: string;
  items: QueuedScript[];
  /** ShellCheck's comments on it, once known. */
  comments?: readonly Json1Comment[];
}

/**
 * ShellCheck's comments on scripts checked before, by executable, dialect and text, for a process
 * that lints the same files again and again (the language server: an edit outside a RUN needs no
 * ShellCheck at all). Keeps the `limit` scripts used last.
 */
export class ShellcheckMemo {
  private readonly entries = new Map<string, readonly Json1Comment[]>();

  constructor(private readonly limit = 1000) {}

  get(key: string): readonly Json1Comment[] | undefined {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, comments: readonly Json1Comment[]): void {
    this.entries.delete(key);
    this.entries.set(key, comments);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Runs ShellCheck over many scripts, one process per dialect and batch (spawning it once per RUN
 * would cost ~25 ms each) and as many at once as there are cores, and maps every finding back to
 * its Dockerfile range. Asynchronous, so the caller's rules run while ShellCheck does.
 * Scripts with the same dialect and text (declarations included) are checked once: ShellCheck's
 * findings depend on nothing else (`--norc`, no sourced files), and repositories repeat RUN lines
 * from one Dockerfile to the next (42% of the corpus's scripts repeat one before them).
 * Resolves to the diagnostics per `owner` (the caller's file index), in a fixed order. With a
 * `memo`, scripts it knows are not checked again, and those checked now join it.
 */
export async function runShellcheck(executable: string, queued: readonly QueuedScript[], memo?: ShellcheckMemo): Promise<Map<number, Diagnostic[]>> {
  const found = new Map<number, Diagnostic[]>();
  if (queued.length === 0) return found;
  const byText = new Map<string, ScriptFile>();
  const byDialect = new Map<ShellcheckDialect, ScriptFile[]>();
  for (const item of queued) {
    // What ShellCheck's findings depend on: the executable (for the memo), the dialect and the text.
    const key = `${executable}\n${item.script.dialect}\n${item.script.text}`;
    let file = byText.get(key);
    if (!file) {
      file = { key, name: `s${byText.size}.sh`, items: [], comments: memo?.get(key) };
      byText.set(key, file);
      if (!file.comments) {
        const list = byDialect.get(item.script.dialect) ?? [];
        list.push(file);
        byDialect.set(item.script.dialect, list);
      }
    }
    file.items.push(item);
  }
  if (byDialect.size > 0) await checkFiles(executable, byDialect);
  // The scripts checked now join the memo.
  if (memo) for (const files of byDialect.values()) for (const file of files) memo.set(file.key, file.comments ?? []);
  for (const file of byText.values()) {
    for (const c of file.comments ?? []) {
      for (const item of file.items) {
        const diagnostic = toDiagnostic(c, item);
        if (!diagnostic) continue;
        const list = found.get(item.owner) ?? [];
        list.push(diagnostic);
        found.set(item.owner, list);
      }
    }
  }
  return found;
}

/** Writes the scripts to a temporary directory, runs ShellCheck over them, and gives each file its comments. */
async function checkFiles(executable: string, byDialect: ReadonlyMap<ShellcheckDialect, ScriptFile[]>): Promise<void> {
  const dir = mkdtempSync(join(tempDirectory(), 'dflint-sc-'));
  try {
    for (const files of byDialect.values()) for (const file of files) writeFileSync(join(dir, file.name), file.items[0].script.text);
    const processes = processLimit();
    const batches = [...byDialect].flatMap(([dialect, files]) => batchesOf(files, processes).map((batch) => ({ dialect, batch })));
    const comments = await runPooled(
      batches.map(({ dialect, batch }) => () => checkBatch(executable, dialect, batch.map((f) => f.name), dir)),
      processes,
    );
    batches.forEach(({ batch }, b) => {
      const byName = new Map(batch.map((f) => [f.name, [] as Json1Comment[]]));
      for (const c of comments[b]) byName.get(c.file)?.push(c);
      for (const file of batch) file.comments = byName.get(file.name);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** ShellCheck's 1-based line/column (tabs count as one in json1) → an offset in the Dockerfile. */
function mapPosition(script: ShellcheckScript, line: number, column: number): number | null {
  const scriptLine = line - script.preludeLines;
  if (scriptLine < 1 || scriptLine > script.lineStarts.length) return null;
  return script.toFileOffset(script.lineStarts[scriptLine - 1] + column - 1);
}

function toDiagnostic(c: Json1Comment, item: QueuedScript): Diagnostic | null {
  const start = mapPosition(item.script, c.line, c.column);
  if (start === null) return null;
  // The end is exclusive: map the last character, then step past it, so it never jumps a line.
  const last = c.endColumn > c.column || c.endLine > c.line ? mapPosition(item.script, c.endLine, c.endColumn - 1) : null;
  const end = last === null ? start : Math.max(start, last + 1);
  const id = `SC${c.code}`;
  return {
    ruleId: id,
    ruleName: 'shellcheck',
    severity: LEVELS[c.level] ?? 'warning',
    message: c.message,
    range: item.source.rangeOf(start, end),
    docsUrl: `https://www.shellcheck.net/wiki/${id}`,
  };
}
