import type { Position, Range, TextSegment } from './nodes';

/**
 * Line index for one file: turns 0-based offsets into 1-based line/column positions.
 * Built once per file; lookups are a binary search.
 */
export class SourceText {
  readonly text: string;
  private readonly lineStarts: number[];
  /** Line index (0-based) of the last lookup. */
  private lastLine = 0;

  constructor(text: string) {
    this.text = text;
    // A byte order mark is no character of the first line: editors and code scanning do not show
    // it, so columns there count from after it (offsets still count it).
    const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
    // Only LF ends a line, as in BuildKit (a CR before it is part of the CRLF pair; a lone CR is text).
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset of the first character of a 1-based line (after a byte order mark on the first). */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    let lo = this.lastLine;
    // Lookups mostly stay on the line of the previous one (the parser walks the file in order).
    if (!(starts[lo] <= o && (lo + 1 === starts.length || o < starts[lo + 1]))) {
      lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      this.lastLine = lo;
    }
    // Only the byte order mark itself lies before its line's start: it gets column 1.
    return { line: lo + 1, column: Math.max(1, o - starts[lo] + 1), offset: o };
  }

  rangeOf(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }
}

/**
 * File offset of index `i` in a string made of `segments`. An index at the very end of a
 * segment maps just past it, so half-open ranges stay inside the text they cover.
 */
export function segmentOffset(segments: readonly TextSegment[], i: number): number {
  if (segments.length === 0) return 0;
  return offsetIn(segments[segmentIndex(segments, i)], i);
}

/** File offset of index `i` in `seg`, clamped to the segment. */
function offsetIn(seg: TextSegment, i: number): number {
  return seg.fileOffset + Math.min(Math.max(i - seg.start, 0), seg.length);
}

/** Index of the last of (non-empty) `segments` that starts at or before `i`; 0 when none does. */
function segmentIndex(segments: readonly TextSegment[], i: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * File offset just past index `i` of a segmented string: past the file text its last character
 * came from (all of a JSON escape, not only its backslash).
 */
export function segmentEndOffset(segments: readonly TextSegment[], i: number): number {
  if (segments.length === 0) return 1;
  const seg = segments[segmentIndex(segments, i)];
  if (seg.fileLength !== undefined && i - seg.start === seg.length - 1) return seg.fileOffset + seg.fileLength;
  return offsetIn(seg, i) + 1;
}

/** Range in the file of `[start, end)` in a segmented string. */
export function segmentRange(source: SourceText, segments: readonly TextSegment[], start: number, end: number): Range {
  const startOffset = segmentOffset(segments, start);
  // Map the last character, then step past it, so an end at a segment boundary does not jump lines.
  const endOffset = end > start ? segmentEndOffset(segments, end - 1) : startOffset;
  return source.rangeOf(startOffset, endOffset);
}
