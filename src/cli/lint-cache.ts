import type * as Crypto from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ResolvedConfig } from '../config/load';
import type { AnyRule, Diagnostic } from '../engine/types';
import { directoryCacheFor, findDockerignore } from '../semantic/dockerignore';
import { VERSION } from './version';

/**
 * `--cache`: findings of files linted before, kept in one JSON file and used again when nothing
 * they depend on has changed. An entry is found by a hash of everything a file's findings depend
 * on: its text and reported path, its configuration (rules, options, settings), the ignore file
 * copy-ignored-file reads for it, and, for the whole file, dflint's version and build and the
 * ShellCheck executable. Nothing else is read by a rule but the build context's files, which
 * rules marked `readsBuildContext` read: a file such a rule checks is not kept. So a hit gives
 * the same findings a lint would (a test compares whole reports).
 */

/** Bumped when the file's shape changes: an older file is then ignored. */
const FORMAT = 1;
/** Entries not used for this many runs that wrote the file are dropped, so it does not grow without end. */
const KEEP_RUNS = 20;

interface CacheFile {
  format: number;
  /** Version, build and ShellCheck of the run that wrote it: a different one makes every entry stale. */
  run: string;
  /** How many runs have written the file. */
  runs: number;
  /** Hash → findings, and the run that last used them. */
  entries: Record<string, { d: Diagnostic[]; r: number }>;
}

function crypto(): typeof Crypto {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:crypto') as typeof Crypto;
}

function fileIdentity(path: string): string {
  try {
    const s = statSync(path);
    return `${path}:${s.size}:${s.mtimeMs}`;
  } catch {
    return `${path}:missing`;
  }
}

/** What every entry of a run depends on: dflint's version and build, and the ShellCheck executable (or none). */
export function runFingerprint(shellcheck: string | null): string {
  return [`dflint ${VERSION}`, fileIdentity(__filename), shellcheck ? fileIdentity(shellcheck) : 'no shellcheck'].join('\n');
}

export class LintCache {
  private readonly data: CacheFile;
  private readonly configKeys = new WeakMap<ResolvedConfig, string>();
  private readonly ignoreTexts = new Map<string, string>();
  private changed = false;

  private constructor(
    private readonly file: string,
    run: string,
    loaded: CacheFile | null,
    private readonly contextRules: readonly AnyRule[],
  ) {
    this.data = loaded && loaded.format === FORMAT && loaded.run === run ? loaded : { format: FORMAT, run, runs: 0, entries: {} };
    this.data.runs++;
    this.changed = this.data !== loaded;
  }

  /**
   * The cache in `file` (made empty when missing, unreadable, of another format or another run).
   * `rules`: every rule that may run, to know those whose findings cannot be kept.
   */
  static open(file: string, run: string, rules: readonly AnyRule[]): LintCache {
    let loaded: CacheFile | null = null;
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (parsed && typeof parsed === 'object' && parsed.entries && typeof parsed.entries === 'object') loaded = parsed;
    } catch {
      // No cache yet, or one that cannot be read: start over.
    }
    return new LintCache(file, run, loaded, rules.filter((rule) => rule.readsBuildContext === true));
  }

  /**
   * The key of one file's findings, or null when they cannot be kept: a build context is given and
   * a rule that reads its files runs.
   * `path`: as reported (and as copy-ignored-file looks for its ignore file).
   */
  keyOf(text: string, path: string, config: ResolvedConfig): string | null {
    if (this.readsContextFiles(config)) return null;
    const hash = crypto().createHash('sha256');
    hash.update(`${path}\u0000${this.configKey(config)}\u0000${this.ignoreFileOf(path, config)}\u0000`);
    hash.update(text);
    return hash.digest('base64');
  }

  get(key: string): Diagnostic[] | undefined {
    const entry = this.data.entries[key];
    if (!entry) return undefined;
    // Marked as used by this run, which counts only if this run writes the file: a run that only
    // reads it does not rewrite megabytes to move its markers.
    entry.r = this.data.runs;
    return entry.d;
  }

  set(key: string, diagnostics: Diagnostic[]): void {
    this.data.entries[key] = { d: diagnostics, r: this.data.runs };
    this.changed = true;
  }

  /** Writes the file when anything changed (through a temporary file, so a reader never sees half of it). */
  save(): void {
    if (!this.changed) return;
    for (const [key, entry] of Object.entries(this.data.entries)) {
      if (this.data.runs - entry.r >= KEEP_RUNS) delete this.data.entries[key];
    }
    mkdirSync(dirname(resolve(this.file)), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.data));
    renameSync(temporary, this.file);
  }

  private readsContextFiles(config: ResolvedConfig): boolean {
    const { settings, rules } = config.engine;
    if (settings.contextDir === null) return false;
    return this.contextRules.some((rule) => {
      const configured = rules[rule.id]?.severity;
      return configured === undefined ? rule.enabledByDefault !== false : configured !== 'off';
    });
  }

  private configKey(config: ResolvedConfig): string {
    let key = this.configKeys.get(config);
    if (key === undefined) {
      key = JSON.stringify(config.engine);
      this.configKeys.set(config, key);
    }
    return key;
  }

  /** The ignore file copy-ignored-file would read for this Dockerfile, with its text. */
  private ignoreFileOf(path: string, config: ResolvedConfig): string {
    const settings = config.engine.settings;
    const file = findDockerignore(path, settings.contextDir, directoryCacheFor(settings));
    if (!file) return 'no ignore file';
    let text = this.ignoreTexts.get(file);
    if (text === undefined) {
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        text = '\u0000unreadable';
      }
      this.ignoreTexts.set(file, text);
    }
    return `${file}\u0000${text}`;
  }
}
