import type { Argv } from 'yargs';
import { docsUrl } from '../engine/define-rule';
import type { AnyRule } from '../engine/types';
import { defineCommand } from './command';
import { CliError, ExitCode } from './errors';

interface RulesArgs {
  format: string;
}

/** One entry of `dflint rules --format json`. */
export interface RuleListing {
  id: string;
  name: string;
  aliases: string[];
  severity: string;
  /** True when the rule offers a fix; `fix` says whether it is safe or unsafe. */
  fixable: boolean;
  fix: AnyRule['fix'];
  enabledByDefault: boolean;
  summary: string;
  docsUrl: string;
}

export function ruleListing(rule: AnyRule): RuleListing {
  return {
    id: rule.id,
    name: rule.name,
    aliases: [...rule.aliases],
    severity: rule.severity,
    fixable: rule.fix !== 'none',
    fix: rule.fix,
    enabledByDefault: rule.enabledByDefault !== false,
    summary: rule.summary,
    docsUrl: docsUrl(rule),
  };
}

/** A plain table: id, name, severity, fix kind, summary; rules off by default are marked. */
function table(listings: RuleListing[]): string {
  const nameWidth = Math.max(...listings.map((r) => r.name.length));
  const severityWidth = Math.max(...listings.map((r) => r.severity.length));
  const lines = listings.map((r) => {
    const fix = r.fixable ? `fix:${r.fix}` : '';
    const off = r.enabledByDefault ? '' : ' (off by default)';
    return `${r.id}  ${r.name.padEnd(nameWidth)}  ${r.severity.padEnd(severityWidth)}  ${fix.padEnd(10)}  ${r.summary}${off}`.trimEnd();
  });
  return `${lines.join('\n')}\n`;
}

/** `dflint rules [--format json]`: every rule with its id, name, aliases, severity, fix kind and summary. */
export default defineCommand<RulesArgs>({
  command: 'rules',
  describe: 'List every rule',
  builder: (y: Argv) =>
    y.option('format', { alias: 'f', type: 'string', default: 'text', choices: ['text', 'json'], describe: 'Output format' }) as Argv<RulesArgs>,
  async run(args, io) {
    const { ruleRegistry } = await import('./rule-catalog');
    const listings = ruleRegistry().rules.map(ruleListing);
    if (args.format === 'json') io.stdout(`${JSON.stringify(listings, null, 2)}\n`);
    else if (args.format === 'text') io.stdout(table(listings));
    else throw new CliError(`unknown format "${args.format}" (text or json)`, '--format');
    return ExitCode.Ok;
  },
});
