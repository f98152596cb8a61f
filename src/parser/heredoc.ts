/**
 * Heredoc markers (`<<EOF`, `<<-EOF`, `<<"EOF"`, `3<<EOF`) on RUN/COPY/ADD lines, found the way
 * BuildKit finds them: split the logical line into shell words (quotes kept), and take every word
 * that is exactly `[fd]<<[-]delimiter`.
 */

export interface HeredocMarker {
  /** Delimiter with quotes removed. */
  delimiter: string;
  stripTabs: boolean;
  quoted: boolean;
  fd: number | null;
  /** Indices of the marker word in the logical line. */
  start: number;
  end: number;
}

const MARKER_RE = /^(\d*)<<(-?)([^<]*)$/;

/** Shell-like words of `line` with their spans; quotes and backslash escapes stay in the text. */
export function shellWords(line: string): Array<{ start: number; end: number }> {
  const words: Array<{ start: number; end: number }> = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && isBlank(line.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isBlank(line.charCodeAt(i))) {
      const c = line[i];
      if (c === '\\') i += 2;
      else if (c === "'") {
        const close = line.indexOf("'", i + 1);
        i = close < 0 ? n : close + 1;
      } else if (c === '"') {
        i++;
        while (i < n && line[i] !== '"') i += line[i] === '\\' ? 2 : 1;
        i++;
      } else i++;
    }
    i = Math.min(i, n);
    words.push({ start, end: i });
  }
  return words;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
}

/** Removes shell quotes and backslash escapes from a word; returns null if it splits in two. */
function unquoteWord(word: string): string | null {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const c = word[i];
    if (c === '\\') {
      if (i + 1 < word.length) out += word[i + 1];
      i += 2;
    } else if (c === "'") {
      const close = word.indexOf("'", i + 1);
      const end = close < 0 ? word.length : close;
      out += word.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      i++;
      while (i < word.length && word[i] !== '"') {
        if (word[i] === '\\' && i + 1 < word.length && '"\\$`'.includes(word[i + 1])) i++;
        out += word[i];
        i++;
      }
      i++;
    } else if (isBlank(word.charCodeAt(i))) {
      return null;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function countQuotes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === '"' || s[i] === "'") n++;
  return n;
}

/** Every heredoc marker on a logical line, in order. */
export function findHeredocMarkers(line: string): HeredocMarker[] {
  if (!line.includes('<<')) return [];
  const markers: HeredocMarker[] = [];
  for (const w of shellWords(line)) {
    const raw = line.slice(w.start, w.end);
    const m = MARKER_RE.exec(raw);
    if (!m || m[3].length === 0) continue;
    const delimiter = unquoteWord(m[3]);
    if (delimiter === null || delimiter.length === 0) continue;
    markers.push({
      delimiter,
      stripTabs: m[2] === '-',
      quoted: countQuotes(delimiter) !== countQuotes(m[3]),
      fd: m[1] === '' ? null : Number(m[1]),
      start: w.start,
      end: w.end,
    });
  }
  return markers;
}
