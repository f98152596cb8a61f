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
  // An unset or unknown variable (a build date passed with --build-arg) says nothing about the value.
  return model.knownValue(node, pair.value.value);
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
 * Every SPDX license identifier, deprecated ones included (`GPL-2.0`), lower-cased: identifiers
 * match case-insensitively. From the spdx-license-ids package (the SPDX list as data); built on
 * first use, since most runs check no license label.
 */
let spdxIds: Set<string> | null = null;
function knownSpdxIds(): Set<string> {
  if (!spdxIds) {
    // Required here rather than imported: the two lists (~730 names) are then not built at start-up.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const current = require('spdx-license-ids/index.json') as string[];
    const deprecated = require('spdx-license-ids/deprecated.json') as string[];
    /* eslint-enable @typescript-eslint/no-require-imports */
    spdxIds = new Set([...current, ...deprecated].map((id) => id.toLowerCase()));
  }
  return spdxIds;
}

const SPDX_EXCEPTIONS = new Set(
  ['Classpath-exception-2.0', 'LLVM-exception', 'GCC-exception-3.1', 'Autoconf-exception-3.0', 'OpenJDK-assembly-exception-1.0']
    .map((id) => id.toLowerCase()),
);

/** An identifier of the SPDX list (with `+`: that version or later), or a `LicenseRef-` of the document's own. */
function isLicenseId(token: string): boolean {
  const id = token.endsWith('+') ? token.slice(0, -1) : token;
  if (/^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(id)) return true;
  return knownSpdxIds().has(id.toLowerCase());
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
