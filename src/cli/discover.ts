import { existsSync, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { CliError, ioError } from './errors';

/** Directories never entered when walking. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

/** File names a directory walk picks up: Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile, Containerfile, Containerfile.*. */
export function isDockerfileName(name: string): boolean {
  return (
    name === 'Dockerfile' ||
    name === 'Containerfile' ||
    name.startsWith('Dockerfile.') ||
    name.startsWith('Containerfile.') ||
    (name.endsWith('.Dockerfile') && name.length > '.Dockerfile'.length) ||
    (name.endsWith('.dockerfile') && name.length > '.dockerfile'.length)
  );
}

/** One thing to lint: a file on disk, or standard input. */
export type LintTarget = { kind: 'file'; path: string } | { kind: 'stdin' };

/**
 * Every file under `dir` (sorted, depth first) that `accept` takes, given its path relative to `dir`
 * with `/` separators. Symbolic links to files are followed; links to directories are not, so a
 * link loop cannot trap the walk. An unreadable directory is an error, not a silent gap.
 */
function walk(dir: string, accept: (rel: string, name: string) => boolean, prefix = ''): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw ioError(err, dir, 'read directory');
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const full = join(dir, entry.name);
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) found.push(...walk(full, accept, rel));
    } else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(full))) && accept(rel, entry.name)) {
      found.push(full);
    }
  }
  return found;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function globFiles(pattern: string, cwd: string): string[] {
  const normalized = pattern.replace(/\\/g, '/');
  const scan = picomatch.scan(normalized);
  const base = scan.base === '' ? '.' : scan.base;
  const absoluteBase = resolve(cwd, base);
  if (!existsSync(absoluteBase)) return [];
  const matches = picomatch(scan.glob);
  return walk(absoluteBase, (rel) => matches(rel)).map((file) => displayPath(relative(absoluteBase, file), base));
}

/** Keeps paths the way the user wrote them: relative inputs give relative paths. */
function displayPath(rel: string, base: string): string {
  return base === '.' ? rel : join(base, rel);
}

/**
 * Turns command-line inputs into files to lint, in order and without duplicates:
 * `-` is standard input, an existing file is taken as is (whatever its name), a directory is
 * searched for Dockerfiles, and anything else with glob characters is matched with picomatch.
 * An input that names nothing is a CliError (exit 2).
 */
export function discoverTargets(inputs: readonly string[], cwd: string): LintTarget[] {
  const targets: LintTarget[] = [];
  const seen = new Set<string>();
  let stdin = false;
  // `absolute` when the caller has it already: resolving every path twice showed in corpus profiles.
  const add = (file: string, absolute = resolve(cwd, file)) => {
    if (!seen.has(absolute)) {
      seen.add(absolute);
      targets.push({ kind: 'file', path: file });
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      if (!stdin) targets.push({ kind: 'stdin' });
      stdin = true;
      continue;
    }
    const absolute = resolve(cwd, input);
    let stat: Stats | undefined;
    try {
      stat = statSync(absolute);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && (err as NodeJS.ErrnoException).code !== 'ENOTDIR') throw ioError(err, input, 'read');
    }
    if (stat?.isDirectory()) {
      const files = walk(absolute, (_rel, name) => isDockerfileName(name)).map((file) => displayPath(relative(absolute, file), input));
      if (files.length === 0) throw new CliError('no Dockerfiles found in this directory', input);
      for (const file of files) add(file);
    } else if (stat) {
      add(input, absolute);
    } else if (picomatch.scan(input.replace(/\\/g, '/')).isGlob) {
      const files = globFiles(input, cwd);
      if (files.length === 0) throw new CliError('no files match this pattern', input);
      for (const file of files) add(file);
    } else {
      throw new CliError('no such file or directory', input);
    }
  }
  return targets;
}
