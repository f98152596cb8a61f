import type { TextSegment, Word } from '../ast/nodes';

/**
 * Segments mapping the decoded value of a JSON string literal back to the file: plain characters
 * map one to one, an escape (`\n`, `\u00e9`) is a segment of its own that starts at its backslash
 * and covers the whole escape in the file (`fileLength`), so a word ending in one ends after it.
 */
export function jsonStringSegments(fileText: string, word: Word): TextSegment[] {
  const start = word.range.start.offset;
  const end = word.range.end.offset;
  if (fileText[start] !== '"') return [{ start: 0, fileOffset: start, length: word.value.length }];
  const segments: TextSegment[] = [];
  let decoded = 0;
  let i = start + 1;
  const push = (fileOffset: number, length: number): void => {
    const last = segments[segments.length - 1];
    if (last && last.length > 0 && last.fileLength === undefined && last.fileOffset + last.length === fileOffset && last.start + last.length === decoded) {
      last.length += length;
    } else segments.push({ start: decoded, fileOffset, length });
    decoded += length;
  };
  while (i < end - 1) {
    if (fileText[i] === '\\') {
      const escapeLength = fileText[i + 1] === 'u' ? 6 : 2;
      // One decoded unit, from the escape's backslash over the whole escape.
      segments.push({ start: decoded, fileOffset: i, length: 1, fileLength: Math.min(escapeLength, end - 1 - i) });
      decoded += 1;
      i += escapeLength;
    } else {
      push(i, 1);
      i++;
    }
  }
  return segments;
}
