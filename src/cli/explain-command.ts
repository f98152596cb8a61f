import type { Argv } from 'yargs';
import { docsUrl } from '../engine/define-rule';
import { ruleMarkdown } from '../reporters/rule-help';
import { defineCommand } from './command';
import { ExitCode } from './errors';

interface ExplainArgs {
  rule: string;
}

/** `dflint explain ID|NAME|ALIAS`: the rule's documentation as Markdown. */
export default defineCommand<ExplainArgs>({
  command: 'explain <rule>',
  describe: "Print a rule's documentation (by id, name or alias, e.g. DF001, latest-tag, DL3007)",
  builder: (y: Argv) => y.positional('rule', { type: 'string', demandOption: true, describe: 'Rule id, name or alias' }) as Argv<ExplainArgs>,
  async run(args, io) {
    const { findRule } = await import('./rule-catalog');
    const rule = findRule(args.rule);
    io.stdout(ruleMarkdown(rule, docsUrl(rule)));
    return ExitCode.Ok;
  },
});
