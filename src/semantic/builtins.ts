import { editDistance } from '../text/edit-distance';
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
    const d = editDistance(lower, other, limit);
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
