import type * as ChildProcess from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { SourceText } from '../ast/source';
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

/** Files handed to one ShellCheck process: few processes, bounded command lines. */
const BATCH_SIZE = 400;

/**
 * Runs ShellCheck over many scripts with one process per dialect and batch (spawning it once per RUN
 * would cost ~20 ms each), and maps every finding back to its Dockerfile range.
 * Returns the diagnostics per `owner` (the caller's file index).
 */
export function runShellcheck(executable: string, queued: readonly QueuedScript[]): Map<number, Diagnostic[]> {
  const found = new Map<number, Diagnostic[]>();
  if (queued.length === 0) return found;
  const dir = mkdtempSync(join(tmpdir(), 'dflint-sc-'));
  try {
    const byDialect = new Map<ShellcheckDialect, { name: string; item: QueuedScript }[]>();
    queued.forEach((item, i) => {
      const name = join(dir, `s${i}.sh`);
      writeFileSync(name, item.script.text);
      const list = byDialect.get(item.script.dialect) ?? [];
      list.push({ name, item });
      byDialect.set(item.script.dialect, list);
    });
    for (const [dialect, files] of byDialect) {
      for (let b = 0; b < files.length; b += BATCH_SIZE) {
        const batch = files.slice(b, b + BATCH_SIZE);
        const byName = new Map(batch.map((f) => [f.name, f.item]));
        const result = childProcess().spawnSync(executable, ['--shell', dialect, '--format', 'json1', '--norc', ...batch.map((f) => f.name)], {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        });
        if (result.error) throw new ShellcheckError(`could not run ${executable}: ${result.error.message}`);
        // ShellCheck exits 1 when it found something; anything else with no JSON is a failure.
        let comments: Json1Comment[];
        try {
          comments = (JSON.parse(result.stdout) as { comments: Json1Comment[] }).comments;
        } catch {
          throw new ShellcheckError(`${executable} failed: ${(result.stderr || result.stdout || `exit ${result.status}`).trim().split('\n')[0]}`);
        }
        for (const c of comments) {
          const item = byName.get(c.file);
          if (!item) continue;
          const diagnostic = toDiagnostic(c, item);
          if (!diagnostic) continue;
          const list = found.get(item.owner) ?? [];
          list.push(diagnostic);
          found.set(item.owner, list);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return found;
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
