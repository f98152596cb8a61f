/**
 * Physical lines of a file, read the way BuildKit's scanner splits them: at `\n` only, with any
 * trailing `\r` characters dropped from the content.
 *
 * A cursor rather than an array of line objects: the parser reads each line once, in order.
 */
export class LineCursor {
  /** Offset of the current line's first character (after the BOM on the first line). */
  start = 0;
  /** Offset just past the current line's content, before the `\r\n` / `\n`. */
  contentEnd = 0;
  /** Offset of the next line's start (or the file length). */
  end = 0;
  private started = false;

  constructor(
    private readonly text: string,
    bom: boolean,
  ) {
    this.end = bom ? 1 : 0;
  }

  /** Moves to the next line; false (and no move) at the end of the file. */
  advance(): boolean {
    const text = this.text;
    const start = this.end;
    if (start >= text.length && this.started) return false;
    let nl = text.indexOf('\n', start);
    this.end = nl < 0 ? text.length : nl + 1;
    if (nl < 0) nl = text.length;
    while (nl > start && text.charCodeAt(nl - 1) === 13) nl--;
    this.start = start;
    this.contentEnd = nl;
    this.started = true;
    return true;
  }
}

/** Go's unicode.IsSpace restricted to what appears in Dockerfiles. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

/** Offset of the first non-space character in `[start, end)`, or `end`. */
export function skipSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // Blanks and printable ASCII (the usual cases) are decided without the full Unicode test.
    if (c === 32 || c === 9) i++;
    else if ((c > 32 && c < 0x7f) || !isSpaceCode(c)) break;
    else i++;
  }
  return i;
}
