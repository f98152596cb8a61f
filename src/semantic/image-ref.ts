/**
 * Image reference syntax as the registry tooling accepts it: `[host[:port]/]path[:tag][@digest]`,
 * path components lower-case alphanumerics joined by `.`, `_`, `__` or dashes.
 */
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const HOST = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`);

/** True when `ref` is a syntactically valid image reference. */
export function isValidImageReference(ref: string): boolean {
  if (ref === '' || ref.length > 4096) return false;
  // A first component with a dot, colon or `localhost` is a registry host, which may use upper case.
  const slash = ref.indexOf('/');
  if (slash > 0) {
    const first = ref.slice(0, slash);
    if (/[.:]/.test(first) || first === 'localhost') return REFERENCE.test(ref);
  }
  return REFERENCE.test(ref);
}
