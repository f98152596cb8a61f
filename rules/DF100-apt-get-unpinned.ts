import { APT_GET, aptPinned, fileRunsAny, isDryRun, runCommands, subcommandCalls } from '../src/analysis/packages';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF100',
  name: 'apt-get-unpinned',
  aliases: ['DL3008'],
  severity: 'warning',
  fix: 'none',
  summary: '`apt-get install` of a package without a pinned version',
  docs: {
    why:
      'Without a version, `apt-get install` takes whatever the mirror serves on the day of the build, so two ' +
      'builds of the same Dockerfile can differ and a rebuild can break. Pin with `package=version`; the ' +
      'build then fails loudly when that version is gone, instead of silently changing.',
    invalid: ['FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n'],
    valid: [
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5\n',
      'FROM debian:12\nARG CURL_VERSION=7.88.1-10+deb12u5\nRUN apt-get install -y curl=${CURL_VERSION}\n',
      'FROM debian:12\nCOPY tool.deb /tmp/\nRUN apt-get install -y /tmp/tool.deb\n',
      'FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl/bookworm-backports\n',
    ],
    notes:
      'A version given through a variable (`curl=${CURL_VERSION}`) counts as pinned. A package list held in ' +
      'an ARG or ENV with a known value is checked package by package; a variable whose value the ' +
      'Dockerfile does not set is not guessed at. A release (`pkg/bookworm`) and local `.deb` files count ' +
      'as pinned, as in hadolint. Options are recognised wherever they stand (`apt-get -t release install`); a dry run ' +
      '(`apt-get install -s`) installs nothing and is not checked.',
  },
  messages: {
    unpinned: (p: { pkg: string }) => `Pin the version of "${p.pkg}": \`apt-get install ${p.pkg}=<version>\``,
  },
  create(ctx) {
    // No handlers for a file that never runs apt-get: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [APT_GET])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of subcommandCalls(run, APT_GET, ['install'])) {
          if (isDryRun(call)) continue;
          for (const arg of call.operands) {
            if (arg.unresolved || aptPinned(arg.text)) continue;
            ctx.report({ range: arg.word.range, messageId: 'unpinned', data: { pkg: arg.text } });
          }
        }
      },
    };
  },
});
