import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';

/** One line of a `.dockerignore`: a pattern, or an exception (`!pattern`). */
export interface IgnorePattern {
  pattern: string;
  exception: boolean;
  regex: RegExp;
  /** 1-based line in the ignore file. */
  line: number;
}

/** Parse `.dockerignore` text: `#` comments, blank lines skipped, paths cleaned, leading `/` dropped. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  text.split(/\r?\n/).forEach((rawLine, i) => {
    let line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    let exception = false;
    if (line.startsWith('!')) {
      exception = true;
      line = line.slice(1).trim();
    }
    const pattern = cleanPath(line);
    if (pattern === '') return;
    out.push({ pattern, exception, regex: patternRegex(pattern), line: i + 1 });
  });
  return out;
}

/** `./a//b/../c/` → `a/c`; `/x` → `x`; `.` → `` (the context root). */
export function cleanPath(p: string): string {
  const normalized = posix.normalize(p.replace(/\\(?=[^*?[\\])/g, '/'));
  return normalized.replace(/^(\.\/)+/, '').replace(/^\/+/, '').replace(/\/+$/, '').replace(/^\.$/, '');
}

/** Go `filepath.Match` syntax plus `**` (any number of directories). */
function patternRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('^') || body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else re += c.replace(/[.+^${}()|\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * The pattern that decides whether `file` (relative to the context) is excluded, or null when it
 * is kept. A pattern matching a parent directory excludes everything below it; the last match wins.
 */
export function excludedBy(patterns: readonly IgnorePattern[], file: string): IgnorePattern | null {
  const clean = cleanPath(file);
  if (clean === '') return null;
  const parts = clean.split('/');
  let decision: IgnorePattern | null = null;
  for (const p of patterns) {
    let matched = false;
    for (let n = parts.length; n >= 1 && !matched; n--) matched = p.regex.test(parts.slice(0, n).join('/'));
    if (matched) decision = p.exception ? null : p;
  }
  return decision;
}

/** What is known of a directory's ignore files since its modification time was last seen. */
interface DirectoryFacts {
  /** The directory's modification time when these facts began (NaN when it could not be read). */
  mtimeMs: number;
  /** When that time was last compared with the directory's (a `now()` value). */
  checkedAt: number;
  /**
   * False when no entry's name ends in `.dockerignore` (case-insensitively), so none of them needs
   * probing; undefined until the directory is listed.
   */
  mayHoldIgnoreFiles?: boolean;
  /** How often `mayHoldIgnoreFiles` was asked before the directory was listed. */
  asked: number;
  /** Whether `<dir>/.dockerignore` exists; filled on first use. */
  contextIgnore?: boolean;
}

/**
 * Facts about directories for `findDockerignore`, kept while they are asked for: linting many
 * Dockerfiles of one directory lists it once instead of probing two paths per Dockerfile. The
 * first Dockerfile of a directory probes its own path: listing a directory of hundreds of entries
 * to answer one question cost more than the probe (~0.6 ms for ~800 entries).
 *
 * A long-lived Linter (an editor's) must still see an ignore file created or removed after it
 * started: a directory whose facts are older than RECHECK_MS has its modification time compared
 * again (adding, removing or renaming a file changes it, though on a file system that keeps whole
 * seconds only a change in the same second as the last one goes unseen), and is listed again when
 * it changed. Comparing on every lookup would cost two `stat` calls per linted file, about 1% of a
 * large run.
 */
export class DirectoryCache {
  private readonly dirs = new Map<string, DirectoryFacts>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * False when `dir` holds no file whose name ends in `.dockerignore`, so a Dockerfile-specific
   * ignore file there needs no probe. The first question is answered true (probe it); the
   * directory is listed at the second, and again after it changed.
   */
  mayHoldIgnoreFiles(dir: string): boolean {
    const key = resolve(dir);
    const facts = this.factsAt(key);
    if (facts.mayHoldIgnoreFiles === undefined) {
      if (facts.asked++ === 0) return true;
      facts.mayHoldIgnoreFiles = listingMayHoldIgnoreFiles(key);
    }
    return facts.mayHoldIgnoreFiles;
  }

  /** The facts of `dir` (any form of path), begun anew on first use and after it changed. */
  facts(dir: string): DirectoryFacts {
    return this.factsAt(resolve(dir));
  }

  private factsAt(key: string): DirectoryFacts {
    const now = this.now();
    let facts = this.dirs.get(key);
    if (facts && now - facts.checkedAt < RECHECK_MS) return facts;
    const mtimeMs = modificationTime(key);
    // NaN (unreadable) never equals itself: such a directory's facts begin anew at each recheck.
    if (facts && facts.mtimeMs === mtimeMs) {
      facts.checkedAt = now;
      return facts;
    }
    facts = { mtimeMs, checkedAt: now, asked: 0 };
    this.dirs.set(key, facts);
    return facts;
  }
}

/** How long the facts of a directory are used before its modification time is compared again. */
export const RECHECK_MS = 1000;

function modificationTime(dir: string): number {
  try {
    return statSync(dir).mtimeMs;
  } catch {
    return NaN;
  }
}

function listingMayHoldIgnoreFiles(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => name.toLowerCase().endsWith('.dockerignore'));
  } catch {
    // Unlistable (or missing): let existsSync decide, as without the cache.
    return true;
  }
}

/** Caches that live as long as one linter's settings, i.e. one lint run (WeakMap: they go with it). */
const cachesBySettings = new WeakMap<object, DirectoryCache>();

/** The directory cache of one lint run, identified by the settings object every file of the run shares. */
export function directoryCacheFor(settings: object): DirectoryCache {
  let cache = cachesBySettings.get(settings);
  if (!cache) {
    cache = new DirectoryCache();
    cachesBySettings.set(settings, cache);
  }
  return cache;
}

/**
 * The ignore file the builder uses for `dockerfilePath`: `<Dockerfile>.dockerignore` beside it, else the context's.
 * With a `cache`, directories already seen are not probed again.
 */
export function findDockerignore(dockerfilePath: string | null, contextDir: string | null, cache?: DirectoryCache): string | null {
  const named = dockerfilePath && !dockerfilePath.startsWith('<') ? dockerfilePath : null;
  if (named) {
    const specific = `${named}.dockerignore`;
    if ((!cache || cache.mayHoldIgnoreFiles(dirname(specific))) && existsSync(specific)) return specific;
  }
  const context = contextDir ?? (named ? dirname(named) : null);
  if (!context) return null;
  if (!cache) {
    const file = join(context, '.dockerignore');
    return existsSync(file) ? file : null;
  }
  const facts = cache.facts(context);
  facts.contextIgnore ??= existsSync(join(context, '.dockerignore'));
  return facts.contextIgnore ? join(context, '.dockerignore') : null;
}
