/** Splits a FROM image reference into registry, repository path, tag and digest, with ranges. */
import type { ImageRef, Range } from '../ast/nodes';

/**
 * `raw` is the reference text; `start` its index in whatever string `rangeOf` understands.
 * The registry is the first path component when it looks like a host (has `.` or `:`, or is
 * `localhost`) and more components follow.
 */
export function parseImageRef(raw: string, start: number, rangeOf: (s: number, e: number) => Range): ImageRef {
  let nameEnd = raw.length;
  let digest: string | null = null;
  let digestRange: Range | null = null;
  const at = raw.indexOf('@');
  if (at >= 0) {
    digest = raw.slice(at + 1);
    digestRange = rangeOf(start + at + 1, start + raw.length);
    nameEnd = at;
  }
  let tag: string | null = null;
  let tagRange: Range | null = null;
  const colon = raw.lastIndexOf(':', nameEnd - 1);
  const lastSlash = raw.lastIndexOf('/', nameEnd - 1);
  if (colon > lastSlash && !isInsideBraces(raw, colon)) {
    tag = raw.slice(colon + 1, nameEnd);
    tagRange = rangeOf(start + colon + 1, start + nameEnd);
    nameEnd = colon;
  }
  let registry: string | null = null;
  let nameStart = 0;
  const firstSlash = raw.indexOf('/');
  if (firstSlash >= 0 && firstSlash < nameEnd) {
    const host = raw.slice(0, firstSlash);
    if (host.includes('.') || host.includes(':') || host === 'localhost') {
      registry = host;
      nameStart = firstSlash + 1;
    }
  }
  return {
    type: 'ImageRef',
    raw,
    range: rangeOf(start, start + raw.length),
    registry,
    name: raw.slice(nameStart, nameEnd),
    tag,
    digest,
    nameRange: rangeOf(start + nameStart, start + nameEnd),
    tagRange,
    digestRange,
    hasVariables: raw.includes('$'),
  };
}

/** True when `i` is inside a `${…}` (so `${IMG:-alpine}` is not split at its `:`). */
function isInsideBraces(raw: string, i: number): boolean {
  const open = raw.lastIndexOf('${', i);
  return open >= 0 && raw.indexOf('}', open) > i;
}
