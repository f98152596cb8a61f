import { APT_LISTS, lastAptUpdate, laterRunReadingLists, READS_LISTS } from '../src/analysis/apt-lists';
import { APT, APT_GET, fileRunsAny, runCommands, toolCalls } from '../src/analysis/packages';
import { hasCacheMountOver } from '../src/analysis/run-facts';
import type { RunInstruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF232',
  name: 'apt-get-update-alone',
  aliases: [],
  severity: 'warning',
  fix: 'none',
  summary: '`apt-get update` with the install in a later RUN',
  docs: {
    why:
      'The builder caches each RUN by its text. Once `RUN apt-get update` is cached, it is never run ' +
      'again, while a changed `RUN apt-get install …` below it is: the install then reads package lists ' +
      'from whenever the cache was made, and fails (`404 Not Found`, `Unable to locate package`) once the ' +
      'archive has moved on, or installs stale versions. Docker\'s best practices say to run `apt-get update` ' +
      'and `apt-get install` in the same RUN.',
    invalid: ['FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n'],
    valid: [
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:12\nRUN apt-get update\nRUN apt-get update && apt-get install -y curl\n',
    ],
    notes:
      'Reported at the last `apt-get update` (or `apt update`) of a RUN that installs nothing after it, when a ' +
      'later RUN of the stage, or of a stage built on it, installs (or upgrades) without an update of its own. ' +
      'RUNs with a cache mount on `/var/lib/apt/lists` are left alone: their lists live in the cache, not in a layer.',
  },
  messages: {
    alone: (p: { command: string; line: number }) =>
      `${p.command} with the install in a later RUN: once this layer is cached, the install on line ${p.line} reads outdated package lists; update and install in the same RUN`,
  },
  create(ctx) {
    if (!fileRunsAny(ctx.model, [APT_GET, APT])) return {};
    return {
      Run(node: RunInstruction) {
        const run = runCommands(ctx.model, node);
        if (!run || hasCacheMountOver(ctx.model, node, [APT_LISTS])) return;
        const lastUpdate = lastAptUpdate(run);
        if (!lastUpdate) return;
        const installsAfter = [...toolCalls(run, APT_GET), ...toolCalls(run, APT)].some(
          (call) => call.inv.index > lastUpdate.inv.index && call.subcommand !== null && READS_LISTS.has(call.subcommand.text),
        );
        if (installsAfter) return;
        const later = laterRunReadingLists(ctx.model, node);
        if (!later) return;
        ctx.report({ range: { start: lastUpdate.inv.program.range.start, end: lastUpdate.subcommand?.word.range.end ?? lastUpdate.inv.program.range.end }, messageId: 'alone', data: { command: `${lastUpdate.inv.name} update`, line: later.range.start.line } });
      },
    };
  },
});
