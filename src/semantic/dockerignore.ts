import * as fs from 'node:fs';
import * as path from 'node:path';

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
  const normalized = path.posix.normalize(p.replace(/\\(?=[^*?[\\])/g, '/'));
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

/** The ignore file the builder uses for `dockerfilePath`: `<Dockerfile>.dockerignore` beside it, else the context's. */
export function findDockerignore(dockerfilePath: string | null, contextDir: string | null): string | null {
  const candidates: string[] = [];
  if (dockerfilePath && !dockerfilePath.startsWith('<')) candidates.push(`${dockerfilePath}.dockerignore`);
  const context = contextDir ?? (dockerfilePath && !dockerfilePath.startsWith('<') ? path.dirname(dockerfilePath) : null);
  if (context) candidates.push(path.join(context, '.dockerignore'));
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}
