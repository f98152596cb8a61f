import type { TextSegment } from '../ast/nodes';

/**
 * Builds a string from stretches of the file while remembering where each stretch came from,
 * so any index of the result maps back to a file offset.
 */
export class SegmentedText {
  text = '';
  readonly segments: TextSegment[] = [];

  /** Appends `file.slice(start, end)`. */
  append(file: string, start: number, end: number): void {
    if (end <= start) return;
    this.segments.push({ start: this.text.length, fileOffset: start, length: end - start });
    this.text += file.slice(start, end);
  }

  /** Appends a character that is not in the file (a normalised newline) mapped to `fileOffset`. */
  appendSynthetic(ch: string, fileOffset: number): void {
    this.segments.push({ start: this.text.length, fileOffset, length: 0 });
    this.text += ch;
  }
}

/** The segments covering `[start, end)` of a segmented string, re-based so index 0 is `start`. */
export function sliceSegments(segments: readonly TextSegment[], start: number, end: number): TextSegment[] {
  const out: TextSegment[] = [];
  // An index loop: this runs for every instruction, often before V8 optimizes it, where for-of costs an iterator.
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    const segEnd = seg.start + seg.length;
    if (segEnd <= start && !(seg.length === 0 && seg.start === start)) continue;
    if (seg.start >= end) break;
    const from = Math.max(seg.start, start);
    const to = Math.min(segEnd, end);
    out.push({ start: from - start, fileOffset: seg.fileOffset + (from - seg.start), length: Math.max(0, to - from) });
  }
  return out;
}
