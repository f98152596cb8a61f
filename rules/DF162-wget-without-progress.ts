import { hasExactArg, hasFlag } from '../src/analysis/command-flags';
import { parsedInvocations, programsInFile } from '../src/analysis/run-script';
import { onBusyBoxImage } from '../src/analysis/busybox-base';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF162',
  name: 'wget-without-progress',
  aliases: ['DL3047'],
  severity: 'info',
  fix: 'unsafe',
  summary: 'wget without --progress, -q or -nv floods the build log',
  docs: {
    why:
      'Without a terminal, `wget` prints a progress line for every few kilobytes: downloading a large ' +
      'file writes thousands of lines into the build log. `--progress=dot:giga` keeps it short, and ' +
      '`-q` / `-nv` silence it.',
    invalid: ['FROM debian:12\nRUN wget https://example.com/big.iso\n'],
    valid: [
      'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/big.iso\n',
      'FROM debian:12\nRUN wget -qO- https://example.com/install.sh | sh\n',
      'FROM debian:12\nRUN wget -nv https://example.com/big.iso\n',
      'FROM debian:12\nRUN wget -o /tmp/wget.log https://example.com/big.iso\n',
    ],
    notes:
      'The unsafe fix adds `--progress=dot:giga`. BusyBox `wget` (Alpine) does not understand it, so in a ' +
      'stage built on an Alpine or BusyBox image the fix adds `-q` instead.',
  },
  messages: {
    progress: (p: { option: string }) => `wget without --progress (or -q / -nv) bloats the build log; add ${p.option}`,
  },
  create(ctx) {
    // No handlers for a file that never runs wget: its RUNs are not visited for this rule.
    if (!programsInFile(ctx.model).has('wget')) return {};
    return {
      Run(node) {
        const found = parsedInvocations(ctx.model, node);
        if (!found) return;
        for (const cmd of found) {
          if (cmd.name !== 'wget') continue;
          if (hasFlag(cmd, ['q', 'o', 'a'], ['progress', 'quiet', 'output-file', 'append-output', 'no-verbose'])) continue;
          if (hasExactArg(cmd, '-nv')) continue;
          const at = cmd.program.range.end.offset;
          const option = onBusyBoxImage(ctx.model, node) ? '-q' : '--progress=dot:giga';
          ctx.report({
            node: cmd.program,
            messageId: 'progress',
            data: { option },
            // In exec form the words are JSON strings: inserting text there would break the array.
            fix: node.command?.type === 'ExecForm' ? undefined : { title: `Add ${option}`, kind: 'unsafe', edits: [{ start: at, end: at, text: ` ${option}` }] },
          });
        }
      },
    };
  },
});
