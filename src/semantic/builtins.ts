/**
 * Build arguments the builder defines without an ARG instruction (Docker's "predefined ARGs").
 */

/**
 * Platform ARGs: set automatically in the global scope, so FROM lines may use them without an ARG;
 * inside a stage they are visible only after `ARG NAME` (without a value) re-declares them.
 */
export const PLATFORM_ARGS: readonly string[] = [
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
];

/**
 * Proxy ARGs: usable in a stage without an ARG instruction (their values come only from
 * `--build-arg`) and left out of `docker history`. Not part of the FROM scope.
 */
export const PROXY_ARGS: readonly string[] = [
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
];

const PLATFORM_SET = new Set(PLATFORM_ARGS);
const PROXY_SET = new Set(PROXY_ARGS);

export function isPlatformArg(name: string): boolean {
  return PLATFORM_SET.has(name);
}

export function isProxyArg(name: string): boolean {
  return PROXY_SET.has(name);
}

/** Edit distance counting an adjacent transposition as one edit (typos like PAHT for PATH). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest candidate within a small edit distance (case-insensitive), or null. */
export function suggestName(name: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    if (c === name) continue;
    const limit = Math.max(1, Math.min(2, Math.floor(c.length / 4)));
    const other = c.toLowerCase();
    // The distance is at least the difference in length: no need to compute it for names far apart.
    if (Math.abs(other.length - lower.length) > limit) continue;
    const d = editDistance(lower, other);
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
