import { parseDockerfile } from '../parser';
import type { Linter, ParsedDockerfile } from './linter';
import type { Diagnostic, Fix, LintResult, TextEdit } from './types';

export const MAX_FIX_PASSES = 10;

export interface FixOptions {
  /** Apply unsafe fixes too (`--fix-unsafe`). */
  unsafe?: boolean;
  /** Passes before giving up (default 10). */
  maxPasses?: number;
}

export type FixStop = 'done' | 'cycle' | 'max-passes' | 'broken-parse';

export interface FixOutcome {
  /** The lint of the final text (`output` set when it differs from the input). */
  result: LintResult;
  /** The final text. */
  output: string;
  /** Fixes applied over all passes. */
  applied: number;
  /** Passes that changed the text. */
  passes: number;
  /** Why the loop ended: nothing left to fix, a text seen before, the pass limit, or fixes that only broke parsing. */
  stoppedBy: FixStop;
}

/** True when a fix of this kind may be applied. */
export function isApplicable(fix: Fix | undefined, unsafe: boolean): fix is Fix {
  return !!fix && fix.edits.length > 0 && (fix.kind === 'safe' || unsafe);
}

function sortedEdits(fix: Fix): TextEdit[] {
  return [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A fix's own edits must be in bounds and must not overlap each other. */
function isWellFormed(edits: readonly TextEdit[], length: number): boolean {
  let last = -1;
  for (const e of edits) {
    if (e.start < 0 || e.end < e.start || e.end > length || e.start < last) return false;
    last = e.end;
  }
  return true;
}

function overlaps(a: readonly TextEdit[], taken: readonly TextEdit[]): boolean {
  for (const e of a) {
    for (const t of taken) {
      // Two insertions at the same point conflict too: their order would be arbitrary.
      if (e.start < t.end && t.start < e.end) return true;
      if (e.start === t.start && (e.start === e.end || t.start === t.end)) return true;
    }
  }
  return false;
}

/**
 * One pass: take the fixes in position order, each whole or not at all, skipping any that
 * touches text an earlier taken fix changes (it gets its turn in the next pass).
 */
export function applyFixesOnce(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[] } {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  const ordered = fixes
    .map((fix) => ({ fix, edits: sortedEdits(fix) }))
    .sort((a, b) => a.edits[0].start - b.edits[0].start || a.edits[0].end - b.edits[0].end);
  for (const { fix, edits } of ordered) {
    if (!isWellFormed(edits, text.length) || overlaps(edits, taken)) continue;
    taken.push(...edits);
    applied.push(fix);
  }
  taken.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of taken) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { text: out + text.slice(at), applied };
}

function parseErrorCount(parsed: ParsedDockerfile): number {
  return parsed.ast.diagnostics.filter((d) => d.severity === 'error').length;
}

function fixKey(d: Diagnostic): string {
  return `${d.ruleId}\u0000${JSON.stringify(d.fix?.edits)}`;
}

/**
 * Apply fixes until nothing is left to fix: each pass re-parses and re-lints the new text. A pass
 * whose output has more parse errors than its input is reverted, and the fixes that break parsing
 * on their own are blocked for the rest of the run. Stops after `maxPasses` or when a text repeats.
 */
export function fixText(text: string, linter: Linter, filePath: string, options: FixOptions = {}): FixOutcome {
  const unsafe = options.unsafe ?? false;
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES;
  const blocked = new Set<string>();
  const seen = new Set<string>([text]);
  let current = text;
  let parsed = parseDockerfile(current);
  let result = linter.lintParsed(parsed, current, filePath);
  let applied = 0;
  let passes = 0;
  let stoppedBy: FixStop = 'done';

  while (true) {
    const candidates = result.diagnostics.filter((d) => isApplicable(d.fix, unsafe) && !blocked.has(fixKey(d)));
    if (candidates.length === 0) break;
    if (passes >= maxPasses) {
      stoppedBy = 'max-passes';
      break;
    }
    const pass = applyFixesOnce(current, candidates.map((d) => d.fix as Fix));
    let next = pass.text;
    let nextParsed = parseDockerfile(next);
    let count = pass.applied.length;
    if (parseErrorCount(nextParsed) > parseErrorCount(parsed)) {
      // Revert, find the fixes that break parsing by themselves, and retry the pass without them.
      const baseErrors = parseErrorCount(parsed);
      for (const d of candidates) {
        const alone = applyFixesOnce(current, [d.fix as Fix]).text;
        if (parseErrorCount(parseDockerfile(alone)) > baseErrors) blocked.add(fixKey(d));
      }
      const retry = applyFixesOnce(current, candidates.filter((d) => !blocked.has(fixKey(d))).map((d) => d.fix as Fix));
      next = retry.text;
      nextParsed = parseDockerfile(next);
      count = retry.applied.length;
      if (count === 0 || parseErrorCount(nextParsed) > baseErrors) {
        stoppedBy = 'broken-parse';
        break;
      }
    }
    if (next === current || count === 0) break;
    if (seen.has(next)) {
      stoppedBy = 'cycle';
      break;
    }
    seen.add(next);
    passes++;
    applied += count;
    current = next;
    parsed = nextParsed;
    result = linter.lintParsed(parsed, current, filePath);
  }

  if (current !== text) result = { ...result, output: current };
  return { result, output: current, applied, passes, stoppedBy };
}
