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

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest candidate within a small edit distance (case-insensitive), or null. */
export function suggestName(name: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    if (c === name) continue;
    const d = editDistance(lower, c.toLowerCase());
    const limit = Math.max(1, Math.min(2, Math.floor(c.length / 4)));
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
