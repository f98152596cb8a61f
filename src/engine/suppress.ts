import type { Dockerfile, Instruction, Range } from '../ast/nodes';
import type { SourceText } from '../ast/source';
import type { RuleRegistry } from './registry';
import { retiredHadolintCodeNote } from './retired-hadolint-codes';
import type { AnyRule, Diagnostic, Severity } from './types';
import { unusedIgnoreRule } from './unused-ignore';

/**
 * Inline suppressions, in every dialect users bring along:
 * - `# dflint ignore=ID|name|alias[,…]`       the next instruction
 * - `# dflint ignore-file=…`                  the whole file
 * - `# hadolint ignore=DL3006,DL3008`         the next instruction   (unless disableIgnorePragma)
 * - `# hadolint global ignore=…`              the whole file         (unless disableIgnorePragma)
 * - `# check=skip=A,B` / `skip=all`           BuildKit's parser directive: the whole file;
 *                                              `error=true` there turns BuildKit-check findings into errors
 * - `# check=skip=…` as a comment further down: the next instruction
 * `skip=all` covers the rules that stand for a BuildKit check (those with a BuildKit alias).
 */

export type SuppressionSource = 'dflint' | 'hadolint' | 'check';

export interface SuppressionKey {
  /** As written in the comment. */
  name: string;
  /** Where it is written, for unused-suppression reports. */
  range: Range;
  /** The rules it names (several for a shared BuildKit check name; none when unknown). */
  rules: readonly AnyRule[];
  /** Set once it suppressed a diagnostic. */
  used: boolean;
}

export interface Suppression {
  source: SuppressionSource;
  /** Offsets covered: the next instruction, or the whole file. Null when no instruction follows. */
  scope: { start: number; end: number } | 'file' | null;
  keys: SuppressionKey[];
  range: Range;
}

export interface SuppressionSet {
  suppressions: Suppression[];
  /** BuildKit `# check=error=true`: findings of BuildKit checks become errors. */
  buildkitErrors: boolean;
}

export interface SuppressOptions {
  registry: RuleRegistry;
  /** Honour `# hadolint` pragmas (false with `disableIgnorePragma`). */
  honourHadolintPragmas: boolean;
  /** Report suppressions that suppressed nothing, with this severity; null: don't. */
  unusedIgnore: { severity: Severity; docsUrl: string } | null;
}

/** A suppression comment's list of keys: `a, b,c`. */
export const KEY_LIST = String.raw`[A-Za-z0-9_.-]+(?:[ \t]*,[ \t]*[A-Za-z0-9_.-]+)*`;
/** A dflint suppression comment up to its keys; the group is `ignore` or `ignore-file`. */
export const DFLINT_HEAD = String.raw`#[ \t]*dflint[ \t]+(ignore-file|ignore)[ \t]*=[ \t]*`;
/** A hadolint pragma up to its keys; the group is `ignore` or `global ignore`. */
export const HADOLINT_HEAD = String.raw`#[ \t]*hadolint[ \t]+(global[ \t]+ignore|ignore)[ \t]*=[ \t]*`;
const DFLINT_RE = new RegExp(`^${DFLINT_HEAD}(${KEY_LIST})`, 'i');
const HADOLINT_RE = new RegExp(`^${HADOLINT_HEAD}(${KEY_LIST})`, 'i');
const CHECK_COMMENT_RE = /^#[ \t]*check[ \t]*=/i;

/** BuildKit check names are CamelCase words; hadolint and ShellCheck codes are DLnnnn / SCnnnn. */
export function isBuildkitCheckName(alias: string): boolean {
  return !/^(DL|SC)\d+$/i.test(alias);
}

export function isBuildkitRule(rule: AnyRule | undefined): boolean {
  return !!rule && rule.aliases.some(isBuildkitCheckName);
}

/** Split `a, b,c` found at file offset `base` into keys with their ranges. */
function splitKeys(list: string, base: number, source: SourceText, registry: RuleRegistry): SuppressionKey[] {
  const keys: SuppressionKey[] = [];
  const re = /[^,\s]+/g;
  for (let m = re.exec(list); m; m = re.exec(list)) {
    const start = base + m.index;
    keys.push({ name: m[0], range: source.rangeOf(start, start + m[0].length), rules: registry.getAll(m[0]), used: false });
  }
  return keys;
}

function nextInstructionScope(instructions: readonly Instruction[], after: number): { start: number; end: number } | null {
  // Instructions are in file order; a linear scan is fine for the few comments a file has.
  for (const node of instructions) {
    if (node.range.start.offset >= after) return { start: node.range.start.offset, end: node.range.end.offset };
  }
  return null;
}

/**
 * Parse a BuildKit `check` value: `skip=A,B;error=true`. Returns the skip keys with ranges
 * (relative to `base`, the value's file offset) and the error flag.
 */
function parseCheckValue(value: string, base: number, source: SourceText, registry: RuleRegistry): { keys: SuppressionKey[]; error: boolean } {
  let keys: SuppressionKey[] = [];
  let error = false;
  let offset = 0;
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq >= 0) {
      const name = part.slice(0, eq).trim().toLowerCase();
      const rest = part.slice(eq + 1);
      if (name === 'skip') keys = keys.concat(splitKeys(rest, base + offset + eq + 1, source, registry));
      else if (name === 'error') error = rest.trim().toLowerCase() === 'true';
    }
    offset += part.length + 1;
  }
  return { keys, error };
}

/** Find every suppression in a file. */
export function collectSuppressions(ast: Dockerfile, source: SourceText, options: Pick<SuppressOptions, 'registry' | 'honourHadolintPragmas'>): SuppressionSet {
  const { registry } = options;
  const suppressions: Suppression[] = [];
  let buildkitErrors = false;

  for (const directive of ast.directives) {
    if (directive.name !== 'check') continue;
    const parsed = parseCheckValue(directive.value, directive.valueRange.start.offset, source, registry);
    buildkitErrors = buildkitErrors || parsed.error;
    if (parsed.keys.length) suppressions.push({ source: 'check', scope: 'file', keys: parsed.keys, range: directive.range });
  }
  const directiveStarts = new Set(ast.directives.map((d) => d.range.start.offset));

  for (const comment of ast.comments) {
    if (comment.inContinuation || directiveStarts.has(comment.range.start.offset)) continue;
    const start = comment.range.start.offset;
    const raw = source.text.slice(start, comment.range.end.offset);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.slice(lead);
    const base = start + lead;
    const next = (): { start: number; end: number } | null => nextInstructionScope(ast.instructions, comment.range.end.offset);

    let m = DFLINT_RE.exec(text);
    if (m) {
      const keys = splitKeys(m[2], base + m[0].length - m[2].length, source, registry);
      suppressions.push({ source: 'dflint', scope: m[1].toLowerCase() === 'ignore-file' ? 'file' : next(), keys, range: comment.range });
      continue;
    }
    m = HADOLINT_RE.exec(text);
    if (m) {
      if (!options.honourHadolintPragmas) continue;
      const keys = splitKeys(m[2], base + m[0].length - m[2].length, source, registry);
      suppressions.push({ source: 'hadolint', scope: m[1].toLowerCase() === 'ignore' ? next() : 'file', keys, range: comment.range });
      continue;
    }
    const c = CHECK_COMMENT_RE.exec(text);
    if (c) {
      const parsed = parseCheckValue(text.slice(c[0].length), base + c[0].length, source, registry);
      if (parsed.keys.length) suppressions.push({ source: 'check', scope: next(), keys: parsed.keys, range: comment.range });
    }
  }
  return { suppressions, buildkitErrors };
}

function keyMatches(key: SuppressionKey, source: SuppressionSource, d: Diagnostic, registry: RuleRegistry): boolean {
  const name = key.name.toLowerCase();
  // An alias several rules share (BuildKit's MultipleInstructionsDisallowed) suppresses all of them.
  if (key.rules.length) return key.rules.some((r) => r.id === d.ruleId);
  if (source === 'check' && name === 'all') return isBuildkitRule(registry.get(d.ruleId));
  // Codes no rule claims (ShellCheck's SCnnnn) match diagnostics that carry them as their id.
  return d.ruleId.toLowerCase() === name || d.ruleName.toLowerCase() === name;
}

/**
 * The suppressions whose scope covers an offset, found without trying every suppression for every
 * diagnostic (a file with thousands of ignore comments and findings was quadratic).
 */
class SuppressionIndex {
  private readonly fileWide: Suppression[];
  /** Instruction-scoped suppressions by scope start, and the largest scope end up to each. */
  private readonly scoped: (Suppression & { scope: { start: number; end: number } })[];
  private readonly maxEndUpTo: number[] = [];

  constructor(suppressions: readonly Suppression[]) {
    this.fileWide = suppressions.filter((s) => s.scope === 'file');
    this.scoped = suppressions
      .filter((s): s is Suppression & { scope: { start: number; end: number } } => s.scope !== null && s.scope !== 'file')
      .sort((a, b) => a.scope.start - b.scope.start);
    let maxEnd = -1;
    for (const s of this.scoped) this.maxEndUpTo.push((maxEnd = Math.max(maxEnd, s.scope.end)));
  }

  /** File-wide suppressions, then those whose scope covers `at`, in file order. */
  covering(at: number): Suppression[] {
    const found: Suppression[] = [];
    // The last scope that starts at or before `at`; earlier ones can cover it only while their ends reach it.
    let lo = 0;
    let hi = this.scoped.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.scoped[mid].scope.start <= at) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = last; i >= 0 && this.maxEndUpTo[i] >= at; i--) if (this.scoped[i].scope.end >= at) found.push(this.scoped[i]);
    return this.fileWide.length > 0 ? [...this.fileWide, ...found.reverse()] : found.reverse();
  }
}

/**
 * Drop suppressed diagnostics, apply BuildKit's `error=true`, and (when asked) add a DF099
 * diagnostic for every suppression key that suppressed nothing. Returns a new array.
 */
export function applySuppressions(diagnostics: readonly Diagnostic[], ast: Dockerfile, source: SourceText, options: SuppressOptions): Diagnostic[] {
  const set = collectSuppressions(ast, source, options);
  const index = new SuppressionIndex(set.suppressions);
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    let suppressed = false;
    for (const s of index.covering(d.range.start.offset)) {
      for (const key of s.keys) {
        if (keyMatches(key, s.source, d, options.registry)) {
          key.used = true;
          suppressed = true;
        }
      }
    }
    if (suppressed) continue;
    if (set.buildkitErrors && d.severity !== 'error' && isBuildkitRule(options.registry.get(d.ruleId))) kept.push({ ...d, severity: 'error' });
    else kept.push(d);
  }
  if (options.unusedIgnore) {
    // `# dflint ignore-file=unused-ignore` opts a file out of the report.
    const optOut = set.suppressions
      .filter((s) => s.scope === 'file')
      .flatMap((s) => s.keys)
      .filter((k) => k.rules.some((r) => r.id === unusedIgnoreRule.id));
    for (const key of optOut) key.used = true;
    if (optOut.length === 0) kept.push(...unusedSuppressionDiagnostics(set, options.unusedIgnore));
  }
  return kept;
}

function unknownNameMessage(name: string): string {
  const retired = retiredHadolintCodeNote(name);
  return retired ? `${retired}: this suppression has nothing to suppress` : `"${name}" in this suppression is not a known rule`;
}

function unusedSuppressionDiagnostics(set: SuppressionSet, report: { severity: Severity; docsUrl: string }): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of set.suppressions) {
    for (const key of s.keys) {
      if (key.used) continue;
      const isAll = s.source === 'check' && key.name.toLowerCase() === 'all';
      // ShellCheck codes belong to no rule but are real names (they only match when ShellCheck ran).
      const known = key.rules.length > 0 || isAll || /^SC\d+$/i.test(key.name);
      const message = !known
        ? unknownNameMessage(key.name)
        : s.scope === null
          ? `Suppression of "${key.name}" has no instruction after it`
          : `Suppression of "${key.name}" suppressed nothing`;
      out.push({
        ruleId: unusedIgnoreRule.id,
        ruleName: unusedIgnoreRule.name,
        severity: report.severity,
        message,
        range: key.range,
        docsUrl: report.docsUrl,
      });
    }
  }
  return out;
}
