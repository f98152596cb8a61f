import { flagValues, hasFlag } from '../src/analysis/command-flags';
import { parsedInvocations, programsInFile } from '../src/analysis/run-script';
import { defineRule } from '../src/engine/define-rule';

/** UIDs from here on make the sparse lastlog/faillog files large enough to matter in a layer. */
const HIGH_UID = 100000;

export default defineRule({
  id: 'DF161',
  name: 'useradd-high-uid',
  aliases: ['DL3046'],
  severity: 'warning',
  fix: 'safe',
  summary: 'useradd with a high UID and without -l (--no-log-init)',
  docs: {
    why:
      '`useradd` records the user in `/var/log/lastlog` and `/var/log/faillog`, files indexed by UID. ' +
      'With a high UID they become huge sparse files, and image layers store them in full: a UID of ' +
      '`1000000` can add hundreds of megabytes. `-l` (`--no-log-init`) skips them.',
    invalid: ['FROM debian:12\nRUN useradd -u 123456 app\n'],
    valid: [
      'FROM debian:12\nRUN useradd -l -u 123456 app\n',
      'FROM debian:12\nRUN useradd --no-log-init --uid=123456 app\n',
      'FROM debian:12\nRUN useradd -u 1000 app\n',
    ],
    notes:
      'UIDs of 100000 and more are reported (hadolint: more than five digits). A UID given by a variable ' +
      'is not reported. The fix adds `-l` right after `useradd`.',
  },
  messages: {
    noLogInit: (p: { uid: string }) => `useradd with UID ${p.uid} and without -l bloats the image with lastlog/faillog; add -l`,
  },
  create(ctx) {
    // No handlers for a file that never runs useradd: its RUNs are not visited for this rule.
    if (!programsInFile(ctx.model).has('useradd')) return {};
    return {
      Run(node) {
        const found = parsedInvocations(ctx.model, node);
        if (!found) return;
        for (const cmd of found) {
          if (cmd.name !== 'useradd' || hasFlag(cmd, ['l'], ['no-log-init'])) continue;
          const uid = flagValues(cmd, 'u', 'uid').find((w) => /^\d+$/.test(w.value) && Number(w.value) >= HIGH_UID);
          if (!uid) continue;
          const at = cmd.program.range.end.offset;
          ctx.report({
            node: cmd.program,
            messageId: 'noLogInit',
            data: { uid: uid.value },
            // In exec form the words are JSON strings: inserting text there would break the array.
            fix: node.command?.type === 'ExecForm' ? undefined : { title: 'Add -l', kind: 'safe', edits: [{ start: at, end: at, text: ' -l' }] },
          });
        }
      },
    };
  },
});
