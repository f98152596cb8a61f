/** Word-level helpers that mirror how BuildKit reads instruction arguments. */

export interface Span {
  start: number;
  end: number;
}

/** BuildKit's `[\t\v\f\r ]` separator. */
export function isSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
}

/** The words of `text[start, end)` between runs of blanks; `wordEnd` finds where the word at `i` ends. */
function splitWords(text: string, start: number, end: number, wordEnd: (text: string, i: number, end: number) => number): Span[] {
  const spans: Span[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSeparator(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    i = wordEnd(text, i, end);
    spans.push({ start: s, end: i });
  }
  return spans;
}

/** End of the blank-free run at `i`. */
function plainWordEnd(text: string, i: number, end: number): number {
  while (i < end && !isSeparator(text.charCodeAt(i))) i++;
  return i;
}

/** Splits `text[start, end)` on runs of blanks, ignoring quotes (FROM, EXPOSE, plain COPY/ADD/VOLUME). */
export function splitPlain(text: string, start: number, end: number): Span[] {
  return splitWords(text, start, end, plainWordEnd);
}

/**
 * End of the word that starts at `i` (a non-blank character), as BuildKit finds word boundaries for
 * flags and for ENV/LABEL/ARG: the word runs to the next blank outside quotes; the escape character
 * protects the next character (inside double quotes too); an unclosed quote runs to `end`.
 */
export function quotedWordEnd(text: string, i: number, end: number, escapeCode: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSeparator(c)) break;
    if (c === escapeCode) i += 2;
    else if (c === 34 /* " */) {
      i++;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (d === 34) break;
        i += d === escapeCode ? 2 : 1;
      }
      i++;
    } else if (c === 39 /* ' */) {
      const close = text.indexOf("'", i + 1);
      i = close < 0 || close >= end ? end : close + 1;
    } else i++;
  }
  return Math.min(i, end);
}

/** The quote-aware words of `text[start, end)` (BuildKit's ENV/LABEL/ARG splitting). */
export function splitQuotedWords(text: string, start: number, end: number, escape: string): Span[] {
  const escapeCode = escape.charCodeAt(0);
  return splitWords(text, start, end, (t, i, e) => quotedWordEnd(t, i, e, escapeCode));
}

/**
 * The value BuildKit gives a leading `--flag` word: quotes removed, a backslash protects the next
 * character (always a backslash, whatever `# escape=` says), a trailing lone backslash dropped.
 */
export function flagWordValue(raw: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\') {
        if (i + 1 < raw.length) out += raw[++i];
      } else out += c;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') {
      if (i + 1 < raw.length) out += raw[++i];
    } else out += c;
  }
  return out;
}

/**
 * A word as BuildKit's ENV/LABEL/ARG splitter keeps it: verbatim, except an escape character that
 * is the last character of the whole argument text is dropped.
 */
export function verbatimWord(raw: string, escape: string, atEndOfText: boolean): string {
  if (!atEndOfText || !raw.endsWith(escape)) return raw;
  // Count the escapes that end the word: an odd count means the last one escapes nothing.
  let n = 0;
  for (let i = raw.length - 1; i >= 0 && raw[i] === escape; i--) n++;
  let quote = '';
  for (let i = 0; i < raw.length - n; i++) {
    const c = raw[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === escape && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === escape) i++;
  }
  if (quote === "'") return raw;
  return n % 2 === 1 ? raw.slice(0, -1) : raw;
}

/**
 * Removes quotes and applies escapes the way the builder does when it expands a value, without
 * expanding variables: outside quotes the escape character protects the next character; inside
 * double quotes it only protects `"`, `$` and itself; single quotes are literal.
 */
export function unquote(raw: string, escape: string): string {
  const escapeCode = escape.charCodeAt(0);
  let out = '';
  // `raw.slice(from, i)` is plain text not yet copied to `out`: copy runs, not characters.
  let from = 0;
  let i = 0;
  const n = raw.length;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (c === 39 /* ' */) {
      const close = raw.indexOf("'", i + 1);
      const end = close < 0 ? n : close;
      out += raw.slice(from, i) + raw.slice(i + 1, end);
      i = from = end + 1;
    } else if (c === 34 /* " */) {
      out += raw.slice(from, i);
      i++;
      from = i;
      while (i < n && raw.charCodeAt(i) !== 34) {
        if (raw.charCodeAt(i) === escapeCode && i + 1 < n) {
          const next = raw.charCodeAt(i + 1);
          if (next === 34 || next === 36 /* $ */ || next === escapeCode) {
            out += raw.slice(from, i);
            from = ++i;
          }
        }
        i++;
      }
      out += raw.slice(from, i);
      i = from = i + 1;
    } else if (c === escapeCode) {
      out += raw.slice(from, i);
      from = i + 1;
      i += 2;
    } else i++;
  }
  return from >= n ? out : out + raw.slice(from);
}
