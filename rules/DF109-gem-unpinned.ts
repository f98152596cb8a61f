import { GEM, callHasOption, fileRunsAny, gemPinned, runCommands, subcommandCalls } from '../src/analysis/packages';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF109',
  name: 'gem-unpinned',
  aliases: ['DL3028'],
  severity: 'warning',
  fix: 'none',
  summary: '`gem install` of a gem without a version',
  docs: {
    why:
      'An unpinned `gem install` takes the newest release at build time, so rebuilding the same Dockerfile ' +
      'can give a different, possibly broken, image. Pin with `gem install name:version` or `-v version`, ' +
      'or install from a Gemfile.lock with Bundler.',
    invalid: ['FROM ruby:3.3-slim\nRUN gem install bundler\n'],
    valid: [
      'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22 rake:13.2.1\n',
      'FROM ruby:3.3-slim\nRUN gem install bundler -v 2.5.22\n',
      'FROM ruby:3.3-slim\nCOPY vendor/app-1.0.gem /tmp/\nRUN gem install /tmp/app-1.0.gem\n',
    ],
    notes:
      'A `-v`/`--version` option pins every gem of the command, as in hadolint. Local `.gem` files count as ' +
      'pinned, and so do versions from an ARG or ENV (`bundler:${BUNDLER_VERSION}`).',
  },
  messages: {
    unpinned: (p: { pkg: string }) => `Pin the version of "${p.pkg}": \`gem install ${p.pkg}:<version>\``,
  },
  create(ctx) {
    // No handlers for a file that never runs gem: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [GEM])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of subcommandCalls(run, GEM, ['install', 'i'])) {
          if (callHasOption(call, 'v', 'version')) continue;
          for (const arg of call.operands) {
            if (arg.unresolved || gemPinned(arg.text)) continue;
            ctx.report({ range: arg.word.range, messageId: 'unpinned', data: { pkg: arg.text } });
          }
        }
      },
    };
  },
});
