/**
 * Parser directives (`# syntax=…`, `# escape=…`, `# check=…`). BuildKit looks for them only at the
 * top of the file: the first line that is not a directive of a known kind (an instruction, an
 * ordinary comment, an unknown directive key, a blank line) ends the search for good.
 */

/** Directive keys BuildKit recognises. */
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);

// `#`, optional blanks, key, blanks, `=`, blanks, value (trailing blanks excluded).
const DIRECTIVE_RE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$/;

export interface DirectiveMatch {
  /** Lower-case key. */
  name: string;
  value: string;
  /** Offsets within the matched line. */
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

/** Matches a directive line (already stripped of leading whitespace); null when it is not one. */
export function matchDirective(line: string): DirectiveMatch | null {
  if (line.charCodeAt(0) !== 35 /* # */) return null;
  const m = DIRECTIVE_RE.exec(line);
  if (!m) return null;
  const name = m[1].toLowerCase();
  if (!KNOWN_DIRECTIVES.has(name)) return null;
  const nameStart = line.indexOf(m[1]);
  const nameEnd = nameStart + m[1].length;
  const valueStart = line.indexOf(m[2], line.indexOf('=', nameEnd) + 1);
  return { name, value: m[2], nameStart, nameEnd, valueStart, valueEnd: valueStart + m[2].length };
}

export function isValidEscape(value: string): value is '\\' | '`' {
  return value === '\\' || value === '`';
}
