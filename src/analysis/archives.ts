/**
 * File names of archives, as ADD and the archive rules see them.
 */

/** Compressed tar archives ADD unpacks by itself (gzip, bzip2, xz) and plain tar. */
const TAR_ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tb2|tar\.xz|txz)$/i;

/** Any archive or compressed file, for deciding that an ADD is probably meant to unpack. */
const ANY_ARCHIVE = /\.(tar|tgz|tbz2?|tb2|txz|tlz|tz|taz|tzst|gz|bz2|xz|lz|lzma|lzo|z|zst|zip|7z|rar|jar|war|ear|whl|deb|rpm|apk)$/i;

/** The last path component, without quotes. */
export function basename(path: string): string {
  const p = path.replace(/^["']|["']$/g, '').replace(/[/\\]+$/, '');
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}

/** A tar archive that `ADD` would extract (local sources only). */
export function isTarArchive(path: string): boolean {
  return TAR_ARCHIVE.test(basename(path));
}

export function isAnyArchive(path: string): boolean {
  return ANY_ARCHIVE.test(basename(path));
}

/** A remote source ADD downloads: an http(s) URL or a git repository. */
export function isRemoteSource(path: string): boolean {
  const p = path.replace(/^["']|["']$/g, '');
  return /^(https?|git|ssh):\/\//i.test(p) || /^[\w.-]+@[\w.-]+:/.test(p);
}
