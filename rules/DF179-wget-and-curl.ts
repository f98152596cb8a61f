import type { Invocation } from '../src/analysis/commands';
import { parsedInvocations, programsInFile } from '../src/analysis/run-script';
import { defineRule } from '../src/engine/define-rule';
import type { Stage } from '../src/semantic/model';
import type { ShellWord } from '../src/shell/types';

type Tool = 'curl' | 'wget';

/** Both tools in one script as alternatives: `curl … || wget …`, or `if command -v curl; then … else wget …`. */
function isFallback(uses: Invocation[]): boolean {
  return uses.some((u) => u.command.context.connector === '||' || u.command.context.inCompound);
}

export default defineRule({
  id: 'DF179',
  name: 'wget-and-curl',
  aliases: ['DL4001'],
  severity: 'warning',
  fix: 'none',
  summary: 'A stage uses both wget and curl',
  docs: {
    why:
      '`wget` and `curl` do the same job. Installing and using both makes the image bigger and the ' +
      'Dockerfile harder to read; pick one.',
    invalid: ['FROM debian:12\nRUN wget -q https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz\n'],
    valid: [
      'FROM debian:12\nRUN curl -fsSLO https://example.com/a.tgz && curl -fsSLO https://example.com/b.tgz\n',
      'FROM debian:12\nRUN curl -fsSL https://example.com/i.sh -o i.sh || wget -q https://example.com/i.sh\n',
      'FROM debian:12 AS a\nRUN wget -q https://example.com/a.tgz\n\nFROM debian:12 AS b\nRUN curl -fsSLO https://example.com/b.tgz\n',
    ],
    notes:
      'Counted per stage, reported once at the first use of the tool that came second. Unlike hadolint, ' +
      'a RUN that uses the two as alternatives (`curl … || wget …`, or in an if/else) is not counted.',
  },
  messages: {
    both: (p: { tool: string; other: string; line: number }) =>
      `This stage already uses ${p.other} (line ${p.line}); use either wget or curl, not both (${p.tool} here)`,
  },
  create(ctx) {
    // No handlers for a file that never runs both curl and wget: its RUNs are not visited for this rule.
    const programs = programsInFile(ctx.model);
    if (!programs.has('curl') || !programs.has('wget')) return {};
    // ONBUILD triggers run in the child image, so they are counted apart from the stage's own RUNs.
    const firstUse = new Map<Stage, Map<Tool, ShellWord>>();
    const firstOnbuildUse = new Map<Stage, Map<Tool, ShellWord>>();
    return {
      Run(node) {
        const stage = ctx.model.stageOf(node);
        const found = parsedInvocations(ctx.model, node);
        if (!stage || !found) return;
        const uses = found.filter((u) => u.name === 'curl' || u.name === 'wget');
        const names = new Set(uses.map((u) => u.name));
        if (names.size === 2 && isFallback(uses)) return;
        const byStage = node.inOnbuild ? firstOnbuildUse : firstUse;
        const seen = byStage.get(stage) ?? new Map<Tool, ShellWord>();
        byStage.set(stage, seen);
        for (const use of uses) {
          const tool = use.name as Tool;
          if (seen.has(tool)) continue;
          seen.set(tool, use.program);
          const other = seen.get(tool === 'curl' ? 'wget' : 'curl');
          if (other) {
            ctx.report({
              node: use.program,
              messageId: 'both',
              data: { tool, other: tool === 'curl' ? 'wget' : 'curl', line: other.range.start.line },
            });
          }
        }
      },
    };
  },
});
