import { APT, fileRunsAny, runCommands, toolCalls } from '../src/analysis/packages';
import { replaceWord } from '../src/analysis/run-edits';
import { defineRule } from '../src/engine/define-rule';

/** apt subcommands that `apt-get` runs the same way. */
const APT_GET_SUBCOMMANDS = new Set([
  'install', 'remove', 'purge', 'update', 'upgrade', 'autoremove', 'autopurge', 'autoclean', 'clean', 'build-dep', 'source', 'download', 'satisfy', 'changelog', 'check',
]);
/** apt subcommands that belong to `apt-cache`. */
const APT_CACHE_SUBCOMMANDS = new Set(['search', 'show', 'showsrc', 'policy', 'depends', 'rdepends', 'madison', 'pkgnames']);

export default defineRule({
  id: 'DF108',
  name: 'apt-in-run',
  aliases: ['DL3027'],
  severity: 'warning',
  fix: 'safe',
  summary: '`apt` used in a RUN instead of `apt-get` or `apt-cache`',
  docs: {
    why:
      '`apt` is meant for people at a terminal: its output and behaviour may change between releases and it ' +
      'warns that it "does not have a stable CLI interface". Scripts, and so Dockerfiles, should use ' +
      '`apt-get` and `apt-cache`, whose interfaces are stable.',
    invalid: ['FROM debian:12\nRUN apt install -y curl=7.88.1-10+deb12u5\n'],
    valid: ['FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5\n', 'FROM debian:12\nRUN apt-cache policy curl\n'],
    notes:
      'The fix replaces `apt` with `apt-get` for the subcommands apt-get has (`install`, `update`, `upgrade`, ' +
      '`remove`, …), with `apt-cache` for `search`, `show`, `policy` and the like, and is not offered for ' +
      'subcommands with no equivalent (`list`, `full-upgrade`, `edit-sources`).',
  },
  messages: {
    apt: () => 'Use `apt-get` or `apt-cache` instead of `apt`, whose command line is not stable',
  },
  create(ctx) {
    // No handlers for a file that never runs apt: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [APT])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of toolCalls(run, APT)) {
          const sub = call.subcommand?.text ?? '';
          const replacement = APT_GET_SUBCOMMANDS.has(sub) ? 'apt-get' : APT_CACHE_SUBCOMMANDS.has(sub) ? 'apt-cache' : null;
          const word = call.inv.program;
          const edit = replacement ? replaceWord(node, word, word.value.slice(0, -3) + replacement) : null;
          ctx.report({
            range: word.range,
            messageId: 'apt',
            fix: edit ? { title: `Use \`${replacement}\``, kind: 'safe', edits: [edit] } : undefined,
          });
        }
      },
    };
  },
});
