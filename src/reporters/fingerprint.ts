import type * as Crypto from 'node:crypto';
import type { Range } from '../ast/nodes';
import type { SourceText } from '../ast/source';
import type { Diagnostic } from '../engine/types';

/** crypto is loaded only for the formats with fingerprints: loading it costs every start-up a few ms. */
function crypto(): typeof Crypto {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:crypto') as typeof Crypto;
}

/** The first 128 bits of the SHA-256 of the parts joined by NULs, in hex. */
export function shortHash(...parts: string[]): string {
  const hash = crypto().createHash('sha256');
  parts.forEach((part, i) => {
    if (i > 0) hash.update('\0');
    hash.update(part);
  });
  return hash.digest('hex').slice(0, 32);
}

/** Key under SARIF `partialFingerprints`; bump the version if the recipe below changes. */
export const FINGERPRINT_KEY = 'dflintLineHash/v1';

/** The flagged lines with each line trimmed and runs of blanks collapsed, so re-indenting does not matter. */
export function normalizedLines(source: SourceText, range: Range): string {
  // A range that ends at column 1 stopped at the previous line's break.
  const last = range.end.column === 1 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  const lines: string[] = [];
  for (let line = range.start.line; line <= Math.min(last, source.lineCount); line++) {
    const start = source.lineStart(line);
    const end = line < source.lineCount ? source.lineStart(line + 1) : source.text.length;
    lines.push(source.text.slice(start, end).trim().replace(/\s+/g, ' '));
  }
  return lines.join('\n');
}

/**
 * One fingerprint per diagnostic, stable when unrelated lines are added or removed: a hash of the
 * rule id and the normalized flagged text, plus the occurrence index among the file's diagnostics
 * with the same rule and text (so two identical lines stay distinct). Line numbers and messages
 * (which may quote line numbers) are left out on purpose.
 */
export function fingerprints(diagnostics: readonly Diagnostic[], source: SourceText): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const hash = shortHash(d.ruleId, normalizedLines(source, d.range));
    const occurrence = seen.get(hash) ?? 0;
    seen.set(hash, occurrence + 1);
    return `${hash}:${occurrence + 1}`;
  });
}
