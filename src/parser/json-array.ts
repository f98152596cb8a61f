/**
 * The exec (JSON) form of RUN/CMD/ENTRYPOINT/SHELL/COPY/ADD/VOLUME/HEALTHCHECK: BuildKit takes it
 * only when the whole argument is a valid JSON array of strings. Malformed JSON silently becomes
 * shell form (we remember why); a well-formed array holding a non-string is an error.
 */
import type { JsonFallbackReason } from '../ast/nodes';

export interface JsonElement {
  value: string;
  /** Span of the string literal (quotes included) in the text. */
  start: number;
  end: number;
}

export type JsonArrayResult =
  | { kind: 'exec'; elements: JsonElement[] }
  | { kind: 'fallback'; reason: JsonFallbackReason }
  | { kind: 'non-string'; start: number; end: number }
  | { kind: 'not-json' };

/** `[` then a quoted first element followed by `,`, `]` or another string (or running to the end), or `]`. */
const LOOKS_LIKE_JSON = /^\[[ \t]*(?:\]|"(?:[^"\\]|\\.)*(?:"[ \t]*[,\]"]|$)|'[^']*(?:'[ \t]*[,\]]|$))/;

/** Reads `text[start, end)` (already trimmed) as a JSON array of strings. */
export function parseJsonArray(text: string, start: number, end: number): JsonArrayResult {
  if (text.charCodeAt(start) !== 91 /* [ */) return { kind: 'not-json' };
  const src = text.slice(start, end);
  let parsed: unknown;
  try {
    parsed = JSON.parse(src);
  } catch {
    // `[ -f x ] && …` is a shell test, not a JSON array gone wrong: only flag what looks like one.
    return LOOKS_LIKE_JSON.test(src) ? { kind: 'fallback', reason: fallbackReason(src) } : { kind: 'not-json' };
  }
  if (!Array.isArray(parsed)) return { kind: 'fallback', reason: 'invalid-json' };
  const spans = topLevelElementSpans(src);
  const elements: JsonElement[] = [];
  for (let k = 0; k < parsed.length; k++) {
    const span = spans[k] ?? { start: 0, end: src.length };
    if (typeof parsed[k] !== 'string') return { kind: 'non-string', start: start + span.start, end: start + span.end };
    elements.push({ value: parsed[k] as string, start: start + span.start, end: start + span.end });
  }
  return { kind: 'exec', elements };
}

/** Spans of the top-level elements of a valid JSON array. */
function topLevelElementSpans(src: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let elemStart = -1;
  let lastNonBlank = -1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '"') {
      if (depth === 1 && elemStart < 0) elemStart = i;
      i++;
      while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
      lastNonBlank = i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) continue;
      if (depth === 2 && elemStart < 0) elemStart = i;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        if (elemStart >= 0) spans.push({ start: elemStart, end: lastNonBlank + 1 });
        break;
      }
    } else if (c === ',' && depth === 1) {
      if (elemStart >= 0) spans.push({ start: elemStart, end: lastNonBlank + 1 });
      elemStart = -1;
      continue;
    } else if (depth === 1 && elemStart < 0) elemStart = i;
    lastNonBlank = i;
  }
  return spans;
}

/** Why text starting with `[` is not a JSON array, for rules that explain the fallback. */
function fallbackReason(src: string): JsonFallbackReason {
  let depth = 0;
  let sawSingle = false;
  let i = 0;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
      if (i >= src.length) return sawSingle ? 'single-quotes' : 'unterminated-string';
    } else if (c === "'") sawSingle = true;
    else if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) break;
    }
  }
  if (sawSingle) return 'single-quotes';
  if (i >= src.length) return 'unterminated-array';
  if (src.slice(i + 1).trim() !== '') return 'trailing-text';
  return 'invalid-json';
}
