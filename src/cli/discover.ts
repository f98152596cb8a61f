import { existsSync, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { CliError, ioError } from './errors';
import { picomatch } from '../text/globs';

/** Directories never entered when walking. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

/**
 * Endings of names like `Dockerfile.*` that are not Dockerfiles: BuildKit's ignore file for one
 * Dockerfile (`Dockerfile.dockerignore`, `api.Dockerfile.dockerignore`), templates that render into
 * one (Jinja, Go, ERB, autoconf…), and editor or patch leftovers.
 */
const COMPANION_ENDINGS = [
  '.dockerignore',
  '.j2', '.jinja', '.jinja2', '.tmpl', '.tpl', '.template', '.gotmpl', '.erb', '.ejs', '.mustache', '.hbs', '.in', '.m4',
  '.bak', '.orig', '.rej', '.swp', '.swo', '~',
];

/**
 * A file that goes with a Dockerfile but is none (see COMPANION_ENDINGS): directory walks and
 * globs skip it; named on the command line, it is linted like any file.
 */
export function isDockerfileCompanion(name: string): boolean {
  const lower = name.toLowerCase();
  const dockerfileLike = lower.startsWith('dockerfile.') || lower.startsWith('containerfile.') || lower.includes('.dockerfile.') || lower.includes('.containerfile.');
  return dockerfileLike && COMPANION_ENDINGS.some((ending) => lower.endsWith(ending));
}

/**
 * File names a directory walk picks up: Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile,
 * Containerfile, Containerfile.* (but no companion file).
 */
export function isDockerfileName(name: string): boolean {
  if (name === 'Dockerfile' || name === 'Containerfile') return true;
  if (name.startsWith('Dockerfile.') || name.startsWith('Containerfile.')) return !isDockerfileCompanion(name);
  return (name.endsWith('.Dockerfile') && name.length > '.Dockerfile'.length) || (name.endsWith('.dockerfile') && name.length > '.dockerfile'.length);
}

/** One thing to lint: a file on disk, or standard input. */
export type LintTarget = { kind: 'file'; path: string } | { kind: 'stdin' };

/**
 * The directory listings of one discovery, sorted by name: inputs that walk the same tree (two
 * globs, a glob and a directory) read each directory once.
 */
class Listings {
  private readonly byDir = new Map<string, Dirent[]>();

  list(dir: string): Dirent[] {
    let entries = this.byDir.get(dir);
    if (!entries) {
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (err) {
        throw ioError(err, dir, 'read directory');
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      this.byDir.set(dir, entries);
    }
    return entries;
  }
}

/**
 * An absolute, normalized directory path ending in a separator: with an entry's name (which holds
 * none) appended, it is what `join` gives, without normalizing the whole path again.
 */
function withSeparator(dir: string): string {
  return dir.endsWith(sep) ? dir : dir + sep;
}

/**
 * Every file under the absolute, normalized `dir` (sorted, depth first) that `accept` takes, given
 * its path relative to `dir` with `/` separators; returns those relative paths. Symbolic links to
 * files are followed; links to directories are not, so a link loop cannot trap the walk. An
 * unreadable directory is an error, not a silent gap.
 */
function walk(listings: Listings, dir: string, accept: (rel: string, name: string) => boolean, prefix = '', found: string[] = []): string[] {
  const base = withSeparator(dir);
  for (const entry of listings.list(dir)) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(listings, base + entry.name, accept, rel, found);
    } else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(base + entry.name))) && accept(rel, entry.name)) {
      found.push(rel);
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

/**
 * Adds `found` (paths relative to the absolute directory `root`, which the user wrote as
 * `written`) as they are shown, `written` joined with each (relative inputs give relative paths),
 * with their absolute paths. `join` normalizes only the directory part, so that is done once.
 */
function addFound(found: readonly string[], root: string, written: string, add: (file: string, absolute: string) => void): void {
  const shown = written === '.' ? '' : join(written, 'x').slice(0, -1);
  const absolute = withSeparator(root);
  for (const rel of found) {
    const native = sep === '/' ? rel : rel.replaceAll('/', sep);
    add(shown + native, absolute + native);
  }
}

/** Adds the files a glob matches (companion files aside), in order; false when it matches none. */
function addGlobMatches(pattern: string, cwd: string, listings: Listings, add: (file: string, absolute: string) => void): boolean {
  const normalized = pattern.replace(/\\/g, '/');
  const scan = picomatch().scan(normalized);
  const base = scan.base === '' ? '.' : scan.base;
  const absoluteBase = resolve(cwd, base);
  if (!existsSync(absoluteBase)) return false;
  const matches = picomatch()(scan.glob);
  const found = walk(listings, absoluteBase, (rel, name) => matches(rel) && !isDockerfileCompanion(name));
  addFound(found, absoluteBase, base, add);
  return found.length > 0;
}

/**
 * Turns command-line inputs into files to lint, in order and without duplicates:
 * `-` is standard input, an existing file is taken as is (whatever its name), a directory is
 * searched for Dockerfiles, and anything else with glob characters is matched with picomatch
 * (taking any file but the companion files that go with a Dockerfile).
 * An input that names nothing is a CliError (exit 2); with `allowUnmatched`, a glob that matches
 * nothing and a directory without Dockerfiles are passed over instead (a missing file still is one).
 */
export function discoverTargets(inputs: readonly string[], cwd: string, allowUnmatched = false): LintTarget[] {
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
  const listings = new Listings();
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
      const found = walk(listings, absolute, (_rel, name) => isDockerfileName(name));
      if (found.length === 0 && !allowUnmatched) throw new CliError('no Dockerfiles found in this directory', input);
      addFound(found, absolute, input, add);
    } else if (stat) {
      add(input, absolute);
    } else if (picomatch().scan(input.replace(/\\/g, '/')).isGlob) {
      if (!addGlobMatches(input, cwd, listings, add) && !allowUnmatched) throw new CliError('no files match this pattern', input);
    } else {
      throw new CliError('no such file or directory', input);
    }
  }
  return targets;
}
