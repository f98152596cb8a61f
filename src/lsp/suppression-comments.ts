import { docsUrl } from '../engine/define-rule';
import type { RuleRegistry } from '../engine/registry';
import type { AnyRule } from '../engine/types';
import { retiredHadolintCodeNote } from '../engine/retired-hadolint-codes';
import { DFLINT_HEAD, HADOLINT_HEAD, isBuildkitCheckName, KEY_LIST } from '../engine/suppress';

/** Which tool's words a suppression comment takes: dflint takes any key; the others their own codes first. */
export type CommentDialect = 'dflint' | 'hadolint' | 'check';

/**
 * `# dflint ignore=…`, `# dflint ignore-file=…`, `# hadolint ignore=…`, `# hadolint global ignore=…`
 * (the spellings suppress.ts reads, on a line of their own) and `# check=skip=…`, up to the start
 * of their key lists.
 */
const COMMENT_HEADS: readonly [CommentDialect, RegExp][] = [
  ['dflint', new RegExp(`^[ \t]*${DFLINT_HEAD}`, 'i')],
  ['hadolint', new RegExp(`^[ \t]*${HADOLINT_HEAD}`, 'i')],
  ['check', /^[ \t]*#[ \t]*check[ \t]*=[ \t]*skip[ \t]*=[ \t]*/i],
];

/** Where a suppression comment's key list starts on `line` (in characters), and the comment's dialect. */
function keyList(line: string): { dialect: CommentDialect; start: number } | null {
  for (const [dialect, head] of COMMENT_HEADS) {
    const m = head.exec(line);
    if (m) return { dialect, start: m[0].length };
  }
  return null;
}

const KEY_CHAR = /[A-Za-z0-9_.-]/;

/** The key characters around `character` (none: an empty span there), not before the list's start. */
function spanAround(line: string, character: number, listStart: number): { start: number; end: number } {
  let start = character;
  while (start > listStart && KEY_CHAR.test(line[start - 1])) start--;
  let end = character;
  while (end < line.length && KEY_CHAR.test(line[end])) end++;
  return { start, end };
}

/** The key of a suppression comment at `character` of `line` (on it or just after it), with its span. */
export function keyAt(line: string, character: number): { key: string; start: number; end: number; dialect: CommentDialect } | null {
  const list = keyList(line);
  if (!list || character < list.start) return null;
  const { start, end } = spanAround(line, character, list.start);
  if (start === end) return null;
  return { key: line.slice(start, end), start, end, dialect: list.dialect };
}

/**
 * Where a key is being typed in a suppression comment (right after `=` or `,`, or inside a key):
 * the span the completion replaces. Null outside such a list, or past its end (after a space that
 * ends it).
 */
export function completionSpan(line: string, character: number): { start: number; end: number; dialect: CommentDialect } | null {
  const list = keyList(line);
  if (!list || character < list.start) return null;
  // The list is keys separated by commas (spaces around commas allowed): nothing else before the cursor.
  if (!LIST_SO_FAR.test(line.slice(list.start, character))) return null;
  return { ...spanAround(line, character, list.start), dialect: list.dialect };
}

/** Keys and commas, then perhaps the start of one more key. */
const LIST_SO_FAR = new RegExp(`^(?:${KEY_LIST}[ \t]*,[ \t]*)?[A-Za-z0-9_.-]*$`);

/** Markdown about what a suppression key names, for a hover. */
export function describeKey(key: string, registry: RuleRegistry): string {
  const rules = registry.getAll(key);
  if (rules.length > 0) return rules.map((rule) => describeRule(rule)).join('\n\n---\n\n');
  if (/^SC\d+$/i.test(key)) return `ShellCheck **${key.toUpperCase()}**\n\n[${key.toUpperCase()} on the ShellCheck wiki](https://www.shellcheck.net/wiki/${key.toUpperCase()})`;
  if (key.toLowerCase() === 'all') return 'Every rule that stands for a BuildKit check';
  return retiredHadolintCodeNote(key) ?? `No dflint rule is named "${key}"; \`dflint rules\` lists them all`;
}

function describeRule(rule: AnyRule): string {
  const aliases = rule.aliases.length > 0 ? ` (${rule.aliases.join(', ')})` : '';
  return `**${rule.id} ${rule.name}**${aliases}: ${rule.severity}\n\n${rule.summary}\n\n[Documentation](${docsUrl(rule)})`;
}

/** What a comment of this dialect is offered: rule names for dflint's, the rule's code in that tool for the others. */
export function completionKeys(dialect: CommentDialect, registry: RuleRegistry): { label: string; rule: AnyRule }[] {
  const out: { label: string; rule: AnyRule }[] = [];
  for (const rule of registry.rules) {
    if (dialect === 'dflint') {
      out.push({ label: rule.name, rule });
      continue;
    }
    const own = rule.aliases.filter((a) => (dialect === 'hadolint' ? /^DL\d+$/.test(a) : isBuildkitCheckName(a)));
    for (const alias of own) out.push({ label: alias, rule });
  }
  return out;
}
