import { docsUrl } from '../engine/define-rule';
import type { RuleRegistry } from '../engine/registry';
import type { AnyRule } from '../engine/types';
import { retiredHadolintCodeNote } from '../engine/retired-hadolint-codes';

/** Which tool's words a suppression comment takes: dflint takes any key; the others their own codes first. */
export type CommentDialect = 'dflint' | 'hadolint' | 'check';

/** A suppression comment's list of keys on one line: where the list starts, in characters of the line. */
interface KeyList {
  dialect: CommentDialect;
  start: number;
  text: string;
}

/**
 * `# dflint ignore=…`, `# dflint ignore-file=…`, `# hadolint ignore=…`, `# hadolint global ignore=…`
 * and `# check=skip=…`, up to the start of their key lists (the same spellings suppress.ts reads).
 */
const COMMENT_HEADS: readonly [CommentDialect, RegExp][] = [
  ['dflint', /^[ \t]*#[ \t]*dflint[ \t]+(?:ignore-file|ignore)[ \t]*=[ \t]*/i],
  ['hadolint', /^[ \t]*#[ \t]*hadolint[ \t]+(?:global[ \t]+ignore|ignore)[ \t]*=[ \t]*/i],
  ['check', /^[ \t]*#[ \t]*check[ \t]*=[ \t]*skip[ \t]*=[ \t]*/i],
];

function keyList(line: string): KeyList | null {
  for (const [dialect, head] of COMMENT_HEADS) {
    const m = head.exec(line);
    if (m) return { dialect, start: m[0].length, text: line.slice(m[0].length) };
  }
  return null;
}

const KEY_CHAR = /[A-Za-z0-9_.-]/;

/** The key of a suppression comment at `character` of `line` (on it or just after it), with its span. */
export function keyAt(line: string, character: number): { key: string; start: number; end: number; dialect: CommentDialect } | null {
  const list = keyList(line);
  if (!list || character < list.start) return null;
  let start = character;
  while (start > list.start && KEY_CHAR.test(line[start - 1])) start--;
  let end = character;
  while (end < line.length && KEY_CHAR.test(line[end])) end++;
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
  if (!/^(?:[A-Za-z0-9_.-]+[ \t]*,[ \t]*)*[A-Za-z0-9_.-]*$/.test(line.slice(list.start, character))) return null;
  let start = character;
  while (start > list.start && KEY_CHAR.test(line[start - 1])) start--;
  let end = character;
  while (end < line.length && KEY_CHAR.test(line[end])) end++;
  return { start, end, dialect: list.dialect };
}

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
    const own = rule.aliases.filter((a) => (dialect === 'hadolint' ? /^DL\d+$/.test(a) : !/^(DL|SC)\d+$/.test(a)));
    for (const alias of own) out.push({ label: alias, rule });
  }
  return out;
}
