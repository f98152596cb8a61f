/**
 * The `key=value` form of a legacy `key value` pair with the same meaning, or null when the value's
 * quoting is too involved to rewrite safely.
 */
export function keyValueForm(key: string, raw: string, escapeChar: string): string | null {
  const singleToken = /^"(?:[^"\\`]|[\\`].)*"$|^'[^']*'$/s;
  if (singleToken.test(raw) && !raw.slice(1, -1).includes(raw[0] === '"' ? '"' : "'")) return `${key}=${raw}`;
  if (/["']/.test(raw) || raw.includes(escapeChar)) return null;
  return /\s/.test(raw) ? `${key}="${raw}"` : `${key}=${raw}`;
}
