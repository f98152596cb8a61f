import type { KeyValue, LabelInstruction } from '../ast/nodes';
import type { SemanticModel } from '../semantic/model';

/**
 * Label keys and values as the label-schema rules (hadolint DL3048–DL3058) see them, and one
 * validator per value kind a `labelSchema` setting can name.
 */

export const LABEL_KINDS = ['text', 'url', 'rfc3339', 'spdx', 'hash', 'semver', 'email'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** The label key with surrounding quotes removed (`LABEL "a.b"=c`). */
export function labelKey(pair: KeyValue): string {
  const k = pair.key.value;
  if (k.length >= 2 && (k[0] === '"' || k[0] === "'") && k[k.length - 1] === k[0]) return k.slice(1, -1);
  return k;
}

/** The value a label gets, or null when it depends on a variable whose value is unknown. */
export function labelValue(model: SemanticModel, node: LabelInstruction, pair: KeyValue): string | null {
  if (!pair.value || !pair.value.value.includes('$')) return pair.unquoted;
  const expanded = model.expand(node, pair.value.value);
  // An unset or unknown variable (a build date passed with --build-arg) says nothing about the value.
  return expanded.unknown || expanded.undefinedVars.length > 0 ? null : expanded.value;
}

const RESERVED_NAMESPACES = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Why a label key breaks Docker's key guidelines, or null when it follows them. */
export function labelKeyProblem(key: string): string | null {
  if (!/^[a-z]/.test(key)) return 'must start with a lower-case letter';
  if (!/[a-z0-9]$/.test(key)) return 'must end with a lower-case letter or digit';
  if (/[^a-z0-9.-]/.test(key)) return 'may only contain lower-case letters, digits, "." and "-"';
  if (/\.\.|--/.test(key)) return 'must not contain consecutive "." or "-"';
  const reserved = RESERVED_NAMESPACES.find((ns) => key.startsWith(ns));
  if (reserved) return `uses the reserved namespace "${reserved}"`;
  return null;
}

/** An absolute URI (`scheme:rest`) made only of characters RFC 3986 allows. */
export function isValidUrl(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return false;
  if (!/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/.test(value)) return false;
  return !/%(?![0-9A-Fa-f]{2})/.test(value);
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A full RFC 3339 date-time with a time zone, e.g. `2024-05-01T12:30:00Z`. */
export function isValidRfc3339(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (m[8] && (Number(m[9]) > 23 || Number(m[10]) > 59)) return false;
  return true;
}

/** A git commit hash: 7 (abbreviated) or 40 lower-case hex digits. */
export function isValidGitHash(value: string): boolean {
  return /^[0-9a-f]{7}$|^[0-9a-f]{40}$/.test(value);
}

const NUMERIC = '(?:0|[1-9]\\d*)';
const PRE_ID = `(?:${NUMERIC}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const SEMVER = new RegExp(
  `^${NUMERIC}\\.${NUMERIC}\\.${NUMERIC}(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`,
);

/** Semantic Versioning 2.0.0: `MAJOR.MINOR.PATCH[-pre][+build]`, no leading zeros, no `v`. */
export function isValidSemver(value: string): boolean {
  return SEMVER.test(value);
}

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const DOT_ATOM = `${ATOM}(?:\\.${ATOM})*`;
const QUOTED_LOCAL = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
const DOMAIN_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const EMAIL = new RegExp(
  `^(?:${DOT_ATOM}|${QUOTED_LOCAL})@(?:${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*|\\[[^\\[\\]\\\\\\s]*\\])$`,
);

/**
 * An RFC 5322 mailbox: an addr-spec (`local@domain`) or, unlike hadolint, the name-addr form
 * `Jane Doe <jane@example.com>` that `maintainer` labels commonly use. Comments are not accepted.
 */
export function isValidEmail(value: string): boolean {
  const named = /^[^<>@]*<([^<>]+)>$/.exec(value.trim());
  const addr = named ? named[1] : value;
  return addr.length <= 254 && EMAIL.test(addr);
}

/**
 * SPDX license identifiers in common use. The full SPDX list has several hundred entries; an
 * identifier missing here is still accepted when it has the shape of one (see `isValidSpdx`).
 */
const SPDX_IDS = new Set(
  [
    '0BSD', 'AFL-3.0', 'AGPL-1.0', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Apache-1.0', 'Apache-1.1',
    'Apache-2.0', 'APSL-2.0', 'Artistic-1.0', 'Artistic-2.0', 'BlueOak-1.0.0', 'BSD-1-Clause', 'BSD-2-Clause',
    'BSD-2-Clause-Patent', 'BSD-3-Clause', 'BSD-3-Clause-Clear', 'BSD-4-Clause', 'BSL-1.0', 'BUSL-1.1',
    'CC-BY-3.0', 'CC-BY-4.0', 'CC-BY-SA-3.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-4.0',
    'CC0-1.0', 'CDDL-1.0', 'CDDL-1.1', 'CECILL-2.1', 'CPL-1.0', 'ECL-2.0', 'EPL-1.0', 'EPL-2.0', 'EUPL-1.1',
    'EUPL-1.2', 'GFDL-1.3', 'GFDL-1.3-only', 'GFDL-1.3-or-later', 'GPL-1.0', 'GPL-1.0-only', 'GPL-1.0-or-later',
    'GPL-2.0', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0', 'GPL-3.0-only', 'GPL-3.0-or-later', 'HPND', 'ICU',
    'IPL-1.0', 'ISC', 'LGPL-2.0', 'LGPL-2.0-only', 'LGPL-2.0-or-later', 'LGPL-2.1', 'LGPL-2.1-only',
    'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'LPL-1.02', 'LPPL-1.3c', 'MIT',
    'MIT-0', 'MPL-1.0', 'MPL-1.1', 'MPL-2.0', 'MPL-2.0-no-copyleft-exception', 'MS-PL', 'MS-RL', 'MulanPSL-2.0',
    'NCSA', 'ODbL-1.0', 'OFL-1.1', 'OpenSSL', 'OSL-3.0', 'PHP-3.01', 'PostgreSQL', 'PSF-2.0', 'Python-2.0',
    'Ruby', 'SSPL-1.0', 'Unicode-DFS-2016', 'Unlicense', 'UPL-1.0', 'Vim', 'W3C', 'WTFPL', 'X11', 'Zlib',
    'ZPL-2.1', 'Elastic-2.0', 'curl', 'libpng-2.0', 'bzip2-1.0.6',
  ].map((id) => id.toLowerCase()),
);
const SPDX_EXCEPTIONS = new Set(
  ['Classpath-exception-2.0', 'LLVM-exception', 'GCC-exception-3.1', 'Autoconf-exception-3.0', 'OpenJDK-assembly-exception-1.0']
    .map((id) => id.toLowerCase()),
);

/**
 * A token that looks like an SPDX identifier: a name, a hyphen and a version (`EUPL-1.2`,
 * `CERN-OHL-S-2.0`). Loose on purpose, so rarer licences are not reported; words like `GPL`,
 * `Apache 2.0` or `proprietary` fail it.
 */
function looksLikeSpdxId(token: string): boolean {
  return /^[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*-\d+(?:\.\d+)*[a-z]?(?:-(?:only|or-later))?$/.test(token);
}

function isLicenseId(token: string): boolean {
  const id = token.endsWith('+') ? token.slice(0, -1) : token;
  if (/^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(id)) return true;
  return SPDX_IDS.has(id.toLowerCase()) || looksLikeSpdxId(id);
}

/**
 * An SPDX license expression: identifiers joined by `AND`/`OR`, `WITH` an exception, parentheses.
 * Recursive descent over the tokens.
 */
export function isValidSpdx(value: string): boolean {
  const tokens = value.replace(/([()])/g, ' $1 ').trim().split(/\s+/).filter(Boolean);
  let i = 0;
  const primary = (): boolean => {
    const t = tokens[i];
    if (t === undefined) return false;
    if (t === '(') {
      i++;
      if (!expression() || tokens[i] !== ')') return false;
      i++;
      return true;
    }
    if (!isLicenseId(t)) return false;
    i++;
    if (tokens[i] === 'WITH') {
      i++;
      const exception = tokens[i];
      if (exception === undefined || !(SPDX_EXCEPTIONS.has(exception.toLowerCase()) || /exception/i.test(exception))) return false;
      i++;
    }
    return true;
  };
  const expression = (): boolean => {
    if (!primary()) return false;
    while (tokens[i] === 'AND' || tokens[i] === 'OR') {
      i++;
      if (!primary()) return false;
    }
    return true;
  };
  return tokens.length > 0 && expression() && i === tokens.length;
}

/** Whether `value` is a valid value of `kind`; `text` accepts anything. */
export function isValidLabelValue(kind: LabelKind, value: string): boolean {
  switch (kind) {
    case 'text':
      return true;
    case 'url':
      return isValidUrl(value);
    case 'rfc3339':
      return isValidRfc3339(value);
    case 'spdx':
      return isValidSpdx(value);
    case 'hash':
      return isValidGitHash(value);
    case 'semver':
      return isValidSemver(value);
    case 'email':
      return isValidEmail(value);
  }
}

/** The labels of `settings.labelSchema` whose kind is `kind`. */
export function labelsOfKind(schema: Record<string, string>, kind: LabelKind): Set<string> {
  return new Set(Object.keys(schema).filter((name) => schema[name] === kind));
}
