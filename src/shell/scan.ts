/**
 * Character-level scanning of shell words: where a word ends, and where its quotes,
 * substitutions and expansions end. The token patterns of the shell lexer use these, because a
 * shell word is not a regular language (`"a $(b "c") d"` nests arbitrarily).
 *
 * Every scanner takes the index of the construct's first character and returns the index just
 * past its end, or `text.length` when the text ends first (the caller reports "unterminated").
 */

/** Delimiter of a heredoc as the shell compares it: quotes and backslashes removed. */
export function heredocDelimiter(word: string): string {
  return word.replace(/\\(.)|["']/g, (_m, escaped: string | undefined) => escaped ?? '');
}

/** Characters that end an unquoted word. */
export function isWordBreak(c: number): boolean {
  return (
    c === 32 || // space
    c === 9 || // tab
    c === 10 || // \n
    c === 13 || // \r
    c === 59 || // ;
    c === 38 || // &
    c === 124 || // |
    c === 60 || // <
    c === 62 || // >
    c === 40 || // (
    c === 41 // )
  );
}

/** `$?`, `$#`, `$@`, `$*`, `$!`, `$-` and `$0`…`$9`. */
const SPECIAL_PARAMS = new Set([63, 35, 64, 42, 33, 45, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);
const EXTGLOB_PREFIX = new Set(['@', '!', '+', '*', '?']);
const ARRAY_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=$/;

/** End of the unquoted word starting at `start`; `start` itself when no word starts there. */
export function scanWord(text: string, start: number): number {
  const n = text.length;
  let i = start;
  // Process substitution `<(…)` / `>(…)` is a word of its own.
  const c0 = text.charCodeAt(i);
  if ((c0 === 60 || c0 === 62) && text.charCodeAt(i + 1) === 40) i = scanParens(text, i + 2);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */ && i > start) {
      // `a=(x y)` array assignment and extglob `@(a|b)` keep their parentheses in the word.
      const before = text.slice(start, i);
      if (ARRAY_ASSIGNMENT.test(before) || EXTGLOB_PREFIX.has(text[i - 1])) {
        i = scanParens(text, i + 1);
        continue;
      }
    }
    if (isWordBreak(c)) break;
    i = scanWordPart(text, i);
  }
  return i;
}

/** Skip one character or one quoted/expanded part of a word. */
function scanWordPart(text: string, i: number): number {
  const c = text.charCodeAt(i);
  switch (c) {
    case 92: // backslash
      return Math.min(i + 2, text.length);
    case 39: // '
      return scanSingleQuoted(text, i);
    case 34: // "
      return scanDoubleQuoted(text, i);
    case 96: // `
      return scanBackquoted(text, i);
    case 36: // $
      return scanDollar(text, i);
    default:
      return i + 1;
  }
}

export function scanSingleQuoted(text: string, i: number): number {
  const end = text.indexOf("'", i + 1);
  return end < 0 ? text.length : end + 1;
}

export function scanDoubleQuoted(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c === 92) j += 2;
    else if (c === 36) j = scanDollar(text, j, true);
    else if (c === 96) j = scanBackquoted(text, j);
    else j++;
  }
  return n;
}

export function scanBackquoted(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 96) return j + 1;
    j += c === 92 ? 2 : 1;
  }
  return n;
}

/** `$'…'` keeps backslash escapes: `\'` does not end it. */
function scanAnsiQuoted(text: string, i: number): number {
  const n = text.length;
  let j = i + 2;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 39) return j + 1;
    j += c === 92 ? 2 : 1;
  }
  return n;
}

/** A `$` and what it introduces; a lone `$` is one literal character. Inside "…", `$'` and `$"` are not quotes. */
export function scanDollar(text: string, i: number, inDouble = false): number {
  const next = text.charCodeAt(i + 1);
  // `$$`, `$?`, `$#`…: the second character is the parameter, not the start of something else.
  if (next === 36 || SPECIAL_PARAMS.has(next)) return i + 2;
  if (inDouble && (next === 34 || next === 39)) return i + 1;
  if (next === 40 /* ( */) {
    if (text.charCodeAt(i + 2) === 40) {
      const arith = scanArithmetic(text, i + 3);
      if (arith > 0) return arith;
    }
    return scanParens(text, i + 2);
  }
  if (next === 123 /* { */) return scanBraces(text, i + 2);
  if (next === 39 /* ' */) return scanAnsiQuoted(text, i);
  if (next === 34 /* " */) return scanDoubleQuoted(text, i + 1);
  if (next === 91 /* [ */) return scanBrackets(text, i + 2);
  return i + 1;
}

/** `$((…))`: -1 when the parentheses do not close as `))` (then it is `$( (…) )`). */
function scanArithmetic(text: string, i: number): number {
  const n = text.length;
  let depth = 2;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 40) depth++;
    else if (c === 41) {
      depth--;
      if (depth === 1) return text.charCodeAt(j + 1) === 41 ? j + 2 : -1;
    } else if (c === 92) j++;
    else if (c === 39) {
      j = scanSingleQuoted(text, j);
      continue;
    } else if (c === 34) {
      j = scanDoubleQuoted(text, j);
      continue;
    } else if (c === 36) {
      j = scanDollar(text, j);
      continue;
    } else if (c === 96) {
      j = scanBackquoted(text, j);
      continue;
    }
    j++;
  }
  return -1;
}

/** Legacy `$[…]` arithmetic. */
function scanBrackets(text: string, i: number): number {
  let depth = 1;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 91) depth++;
    else if (c === 93 && --depth === 0) return j + 1;
  }
  return text.length;
}

/** Body of `${…}` from just after the `{`; quotes and substitutions inside are skipped whole. */
export function scanBraces(text: string, i: number): number {
  const n = text.length;
  let depth = 1;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 125 /* } */) {
      if (--depth === 0) return j + 1;
      j++;
    } else if (c === 123) {
      depth++;
      j++;
    } else if (c === 92) j += 2;
    else if (c === 39) j = scanSingleQuoted(text, j);
    else if (c === 34) j = scanDoubleQuoted(text, j);
    else if (c === 36) j = scanDollar(text, j);
    else if (c === 96) j = scanBackquoted(text, j);
    else j++;
  }
  return n;
}

function isBoundary(text: string, j: number): boolean {
  if (j < 0 || j >= text.length) return true;
  return isWordBreak(text.charCodeAt(j));
}

function keywordAt(text: string, j: number, word: string): boolean {
  return text.startsWith(word, j) && isBoundary(text, j - 1) && isBoundary(text, j + word.length);
}

/**
 * A command list in parentheses, from just after the `(`: `$(…)`, `<(…)`, `a=(…)`.
 * Tracks quotes, comments, nested parentheses and `case` patterns, whose `)` does not close.
 */
export function scanParens(text: string, i: number): number {
  const n = text.length;
  let depth = 0;
  let openCases = 0;
  // Heredocs opened on the current line: their bodies follow the next newline and are skipped whole.
  let heredocs: { delimiter: string; stripTabs: boolean }[] | null = null;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    switch (c) {
      case 60: // <
        // `<<` inside nested parentheses is more likely an arithmetic shift than a heredoc.
        if (depth === 0 && text.charCodeAt(j + 1) === 60 && text.charCodeAt(j + 2) !== 60) {
          const marker = heredocMarker(text, j);
          (heredocs ??= []).push(marker);
          j = marker.end;
        } else j++;
        break;
      case 10: // \n
        j = heredocs ? skipHeredocBodies(text, j + 1, heredocs) : j + 1;
        heredocs = null;
        break;
      case 41: // )
        if (depth > 0) depth--;
        else if (openCases === 0) return j + 1;
        j++;
        break;
      case 40: // (
        depth++;
        j++;
        break;
      case 92:
        j += 2;
        break;
      case 39:
        j = scanSingleQuoted(text, j);
        break;
      case 34:
        j = scanDoubleQuoted(text, j);
        break;
      case 36:
        j = scanDollar(text, j);
        break;
      case 96:
        j = scanBackquoted(text, j);
        break;
      case 35: // # starts a comment only at a word start
        if (isBoundary(text, j - 1)) {
          const eol = text.indexOf('\n', j);
          j = eol < 0 ? n : eol;
        } else j++;
        break;
      case 99: // c
        if (keywordAt(text, j, 'case')) openCases++;
        j++;
        break;
      case 101: // e
        if (openCases > 0 && keywordAt(text, j, 'esac')) openCases--;
        j++;
        break;
      default:
        j++;
    }
  }
  return n;
}

/** The `<<[-]word` at `j`: its delimiter and where the marker ends. */
function heredocMarker(text: string, j: number): { delimiter: string; stripTabs: boolean; end: number } {
  let k = j + 2;
  const stripTabs = text[k] === '-';
  if (stripTabs) k++;
  while (text[k] === ' ' || text[k] === '\t') k++;
  const end = scanWord(text, k);
  return { delimiter: heredocDelimiter(text.slice(k, end)), stripTabs, end };
}

/**
 * Where the heredoc body line starting at `pos` ends (the start of the next line), and whether it
 * is the heredoc's closing delimiter line (a trailing CR ignored; leading tabs too with `<<-`).
 */
export function heredocLine(text: string, pos: number, heredoc: { delimiter: string; stripTabs: boolean }): { next: number; closes: boolean } {
  const eol = text.indexOf('\n', pos);
  const lineEnd = eol < 0 ? text.length : eol;
  let line = text.slice(pos, lineEnd);
  if (line.endsWith('\r')) line = line.slice(0, -1);
  if (heredoc.stripTabs) line = line.replace(/^\t+/, '');
  return { next: eol < 0 ? text.length : eol + 1, closes: line === heredoc.delimiter };
}

/** Skip the bodies of `heredocs`, starting at the line that begins at `pos`. */
function skipHeredocBodies(text: string, pos: number, heredocs: { delimiter: string; stripTabs: boolean }[]): number {
  for (const h of heredocs) {
    while (pos < text.length) {
      const { next, closes } = heredocLine(text, pos, h);
      pos = next;
      if (closes) break;
    }
  }
  return pos;
}

/** Index of the closing `]]` of a `[[ … ]]` test starting at `i`, or -1. */
export function scanTestExpression(text: string, i: number): number {
  const n = text.length;
  let j = i + 2;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 93 && text.charCodeAt(j + 1) === 93 && isBoundary(text, j - 1) && isBoundary(text, j + 2)) return j + 2;
    if (c === 10) {
      j++;
      continue;
    }
    j = scanWordPart(text, j);
  }
  return -1;
}

/** End of an arithmetic command `((…))` starting at `i`, or -1 when it is two subshells. */
export function scanArithmeticCommand(text: string, i: number): number {
  return scanArithmetic(text, i + 2);
}
