/**
 * Physical lines of a file, split the way BuildKit's scanner splits them: at `\n` only, with any
 * trailing `\r` characters dropped from the content.
 */
export interface PhysicalLine {
  /** 0-based line index. */
  index: number;
  /** Offset of the first character (after the BOM on the first line). */
  start: number;
  /** Offset just past the content, before the `\r\n` / `\n`. */
  contentEnd: number;
  /** Offset of the next line's start (or the file length). */
  end: number;
}

export function splitLines(text: string, bom: boolean): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = bom ? 1 : 0;
  const n = text.length;
  while (start < n || (start === n && lines.length === 0)) {
    let nl = text.indexOf('\n', start);
    const end = nl < 0 ? n : nl + 1;
    if (nl < 0) nl = n;
    let contentEnd = nl;
    while (contentEnd > start && text.charCodeAt(contentEnd - 1) === 13) contentEnd--;
    lines.push({ index: lines.length, start, contentEnd, end });
    start = end;
  }
  return lines;
}

/** Go's unicode.IsSpace restricted to what appears in Dockerfiles. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

/** Offset of the first non-space character in `[start, end)`, or `end`. */
export function skipSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
