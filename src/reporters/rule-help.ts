import type { RuleInfo } from './types';

function fence(code: string): string {
  return `\`\`\`dockerfile\n${code.replace(/\n+$/, '')}\n\`\`\``;
}

/** A rule's documentation as Markdown: summary, why, examples, notes. Used by SARIF help and `dflint explain`. */
export function ruleMarkdown(rule: RuleInfo, docsUrl: string): string {
  const parts = [`# ${rule.id} ${rule.name}`, rule.summary, rule.docs.why.trim()];
  const meta = [`Default severity: ${rule.severity}`, `Fix: ${rule.fix}`];
  if (rule.aliases.length > 0) meta.push(`Aliases: ${rule.aliases.join(', ')}`);
  if (rule.enabledByDefault === false) meta.push('Off unless enabled in the config');
  parts.push(meta.join(' · '));
  if (rule.docs.invalid.length > 0) parts.push('## Flagged', ...rule.docs.invalid.map(fence));
  if (rule.docs.valid.length > 0) parts.push('## Not flagged', ...rule.docs.valid.map(fence));
  if (rule.docs.notes) parts.push('## Notes', rule.docs.notes.trim());
  parts.push(`More: ${docsUrl}`);
  return `${parts.join('\n\n')}\n`;
}

/** The same documentation as plain text (Markdown fences dropped, examples indented). */
export function ruleText(rule: RuleInfo, docsUrl: string): string {
  const indent = (code: string) => code.replace(/\n+$/, '').split('\n').map((l) => `    ${l}`).join('\n');
  const parts = [`${rule.id} ${rule.name}: ${rule.summary}`, rule.docs.why.trim()];
  if (rule.docs.invalid.length > 0) parts.push('Flagged:', ...rule.docs.invalid.map(indent));
  if (rule.docs.valid.length > 0) parts.push('Not flagged:', ...rule.docs.valid.map(indent));
  if (rule.docs.notes) parts.push(rule.docs.notes.trim());
  parts.push(`More: ${docsUrl}`);
  return `${parts.join('\n\n')}\n`;
}
