import {
  scanArithmeticCommand,
  scanBackquoted,
  scanBraces,
  scanDollar,
  scanDoubleQuoted,
  scanParens,
  scanSingleQuoted,
} from './scan';

/** Inner text span of a command substitution (`$(…)`, backticks, `<(…)`), to be parsed as a script. */
export interface SubstitutionSpan {
  start: number;
  end: number;
  /** A backquoted substitution: its text needs unescaping before it is read as a script. */
  backquoted?: boolean;
}

export interface DecodedWord {
  /** Quotes removed, backslash escapes applied, expansions kept as written. */
  value: string;
  quoted: boolean;
  hasExpansion: boolean;
  substitutions: SubstitutionSpan[];
  /** A quote or substitution that the text ended inside of. */
  unterminated: string | null;
}

const ANSI_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/** Value of the body of `$'…'` (between the quotes). */
export function decodeAnsiC(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\' || i + 1 >= body.length) {
      out += ch;
      continue;
    }
    const e = body[++i];
    if (e in ANSI_ESCAPES) out += ANSI_ESCAPES[e];
    else if (e >= '0' && e <= '7') {
      const m = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      out += String.fromCharCode(parseInt(m, 8));
      i += m.length - 1;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const max = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const m = new RegExp(`^[0-9a-fA-F]{1,${max}}`).exec(body.slice(i + 1));
      if (m) {
        out += String.fromCodePoint(Math.min(parseInt(m[0], 16), 0x10ffff));
        i += m[0].length;
      } else out += '\\' + e;
    } else if (e === 'c' && i + 1 < body.length) {
      out += String.fromCharCode(body.charCodeAt(++i) & 31);
    } else out += '\\' + e;
  }
  return out;
}

const NONE: SubstitutionSpan[] = [];

/** Most words have nothing to decode: no quote, escape, `$`, backquote, `(` or leading `<`/`>`. */
export function isPlain(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 || c === 39 || c === 34 || c === 36 || c === 96 || c === 40 || c === 60 || c === 62) return false;
  }
  return true;
}

/** End of the run of characters from `i` that stand for themselves in an unquoted word (none of \ ' " $ `). */
function literalRunEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 92 || c === 39 || c === 34 || c === 36 || c === 96) return i;
    i++;
  }
  return end;
}

/** The same inside double quotes (none of \ " $ `). */
function quotedRunEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 92 || c === 34 || c === 36 || c === 96) return i;
    i++;
  }
  return end;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57);
}

/** `$0`…`$9`, `$@`, `$*`, `$#`, `$?`, `$$`, `$!`, `$-`. */
function isSpecialParam(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 64 || c === 42 || c === 35 || c === 63 || c === 36 || c === 33 || c === 45;
}

const ARRAY_PREFIX = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=\(/;

/**
 * Decode the word `text[start, end)`. Substitution spans are absolute indices into `text`;
 * the ones nested inside `${…}` and `$((…))` are found too.
 */
export function decodeWord(text: string, start: number, end: number): DecodedWord {
  if (isPlain(text, start, end)) {
    return { value: text.slice(start, end), quoted: false, hasExpansion: false, substitutions: NONE, unterminated: null };
  }
  const out: DecodedWord = { value: '', quoted: false, hasExpansion: false, substitutions: [], unterminated: null };
  let i = start;
  let value = '';
  // `a=(x "y z")` is a list, not one word: its elements are kept as written.
  const array = isNameStart(text.charCodeAt(start)) ? ARRAY_PREFIX.exec(text.slice(start, Math.min(end, start + 256))) : null;
  if (array) {
    const close = Math.min(scanParens(text, start + array[0].length), end);
    findNestedSubstitutions(text, start + array[0].length, close, out);
    value = text.slice(start, close);
    i = close;
  }
  while (i < end) {
    const ch = text[i];
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === '\n') i += 2;
      else if (next === '\r' && text[i + 2] === '\n') i += 3;
      else if (i + 1 < end) {
        value += next;
        i += 2;
      } else {
        value += ch;
        i++;
      }
    } else if (ch === "'") {
      const close = scanSingleQuoted(text, i);
      const terminated = close <= end && close > i + 1 && text[close - 1] === "'";
      out.quoted = true;
      if (!terminated) out.unterminated ??= "'";
      value += text.slice(i + 1, terminated ? close - 1 : Math.min(close, end));
      i = Math.min(close, end);
    } else if (ch === '"') {
      out.quoted = true;
      const r = decodeDoubleQuoted(text, i, end, out);
      value += r.value;
      i = r.next;
    } else if (ch === '$' && text[i + 1] === "'") {
      out.quoted = true;
      let j = i + 2;
      while (j < end && text[j] !== "'") j += text[j] === '\\' ? 2 : 1;
      if (j >= end) out.unterminated ??= "$'";
      value += decodeAnsiC(text.slice(i + 2, Math.min(j, end)));
      i = Math.min(j + 1, end);
    } else if (ch === '$' && text[i + 1] === '"') {
      out.quoted = true;
      const r = decodeDoubleQuoted(text, i + 1, end, out);
      value += r.value;
      i = r.next;
    } else if (ch === '$' || ch === '`') {
      const next = expansionEnd(text, i, end, out);
      value += text.slice(i, next);
      i = next;
    } else if ((ch === '<' || ch === '>') && i === start && text[i + 1] === '(') {
      const close = Math.min(scanParens(text, i + 2), end);
      addSubstitution(text, i + 2, close, ')', out);
      out.hasExpansion = true;
      value += text.slice(i, close);
      i = close;
    } else {
      const run = literalRunEnd(text, i + 1, end);
      value += text.slice(i, run);
      i = run;
    }
  }
  out.value = value;
  return out;
}

function decodeDoubleQuoted(text: string, i: number, end: number, out: DecodedWord): { value: string; next: number } {
  let value = '';
  let j = i + 1;
  while (j < end) {
    const ch = text[j];
    if (ch === '"') return { value, next: j + 1 };
    if (ch === '\\') {
      const next = text[j + 1];
      if (next === '\n') j += 2;
      else if (next === '$' || next === '`' || next === '"' || next === '\\') {
        value += next;
        j += 2;
      } else {
        value += ch;
        j++;
      }
    } else if (ch === '$' || ch === '`') {
      const next = expansionEnd(text, j, end, out);
      value += text.slice(j, next);
      j = next;
    } else {
      const run = quotedRunEnd(text, j + 1, end);
      value += text.slice(j, run);
      j = run;
    }
  }
  out.unterminated ??= '"';
  return { value, next: end };
}

/** End of the `$…` or backtick expansion at `i`; records substitutions and whether it expands. */
function expansionEnd(text: string, i: number, end: number, out: DecodedWord): number {
  if (text[i] === '`') {
    const close = Math.min(scanBackquoted(text, i), end);
    addSubstitution(text, i + 1, close, '`', out);
    out.hasExpansion = true;
    return close;
  }
  const next = text[i + 1];
  if (next === '(' || next === '{' || next === '[') {
    const close = Math.min(scanDollar(text, i), end);
    out.hasExpansion = true;
    const isArithmetic = next === '(' && text[i + 2] === '(' && scanArithmeticCommand(text, i + 1) > 0;
    if (next === '(' && !isArithmetic) addSubstitution(text, i + 2, close, ')', out);
    else findNestedSubstitutions(text, i + 2, close, out);
    if (next === '{' && (close > end || text[close - 1] !== '}')) out.unterminated ??= '${';
    return close;
  }
  const nextCode = text.charCodeAt(i + 1);
  if (i + 1 < end && (isNameStart(nextCode) || isSpecialParam(nextCode))) {
    out.hasExpansion = true;
    if (!isNameStart(nextCode)) return i + 2;
    let j = i + 2;
    while (j < end && isNameChar(text.charCodeAt(j))) j++;
    return j;
  }
  return i + 1;
}

function addSubstitution(text: string, innerStart: number, close: number, closer: string, out: DecodedWord): void {
  const closed = close > innerStart && text[close - 1] === closer;
  if (!closed) out.unterminated ??= closer === ')' ? '$(' : '`';
  const span: SubstitutionSpan = { start: innerStart, end: closed ? close - 1 : close };
  if (closer === '`') span.backquoted = true;
  out.substitutions.push(span);
}

/** Substitutions inside `${…}` or `$((…))`, which are not scripts themselves. */
function findNestedSubstitutions(text: string, start: number, end: number, out: DecodedWord): void {
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (ch === '\\') i += 2;
    else if (ch === "'") i = scanSingleQuoted(text, i);
    else if (ch === '"') {
      const inner = scanDoubleQuoted(text, i);
      findNestedSubstitutions(text, i + 1, Math.min(inner, end), out);
      i = inner;
    } else if (ch === '$' && text[i + 1] === '{') {
      const close = scanBraces(text, i + 2);
      findNestedSubstitutions(text, i + 2, Math.min(close, end), out);
      i = close;
    } else if (ch === '$' || ch === '`') i = expansionEnd(text, i, end, out);
    else i++;
  }
}

/** Substitutions in a heredoc body with an unquoted delimiter: only `$` and backquotes are special there. */
export function heredocSubstitutions(text: string, start: number, end: number): SubstitutionSpan[] {
  const out: DecodedWord = { value: '', quoted: false, hasExpansion: false, substitutions: [], unterminated: null };
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (ch === '\\') i += 2;
    else if (ch === '$' || ch === '`') i = expansionEnd(text, i, end, out);
    else i++;
  }
  return out.substitutions;
}
