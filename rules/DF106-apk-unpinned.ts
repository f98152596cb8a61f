import { APK, apkPinned, fileRunsAny, isDryRun, runCommands, subcommandCalls } from '../src/analysis/packages';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF106',
  name: 'apk-unpinned',
  aliases: ['DL3018'],
  severity: 'warning',
  fix: 'none',
  summary: '`apk add` of a package without a pinned version',
  docs: {
    why:
      'Without a version, `apk add` installs whatever the Alpine mirror serves that day, so rebuilds can ' +
      'differ or break. Pin with `package=version` (or a constraint such as `package~1.2`).',
    invalid: ['FROM alpine:3.20\nRUN apk add --no-cache curl\n'],
    valid: [
      'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2 "openssl>3.3"\n',
      'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0\n',
      'FROM alpine:3.20\nCOPY pkg.apk /tmp/\nRUN apk add --no-cache --allow-untrusted /tmp/pkg.apk\n',
    ],
    notes:
      'Accepted as pinned: `=`, `~`, `<`, `>` constraints, local `.apk` files and paths. The name given to ' +
      '`--virtual`/`-t` is a virtual package, not something to pin, and repository URLs given to `-X` are skipped. ' +
      'Versions from an ARG or ENV (`curl=${CURL_VERSION}`) count as pinned. A repository tag (`pkg@testing`) ' +
      'is not a version. Dry runs (`apk add -s`) are not checked.',
  },
  messages: {
    unpinned: (p: { pkg: string }) => `Pin the version of "${p.pkg}": \`apk add ${p.pkg}=<version>\``,
  },
  create(ctx) {
    // No handlers for a file that never runs apk: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [APK])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of subcommandCalls(run, APK, ['add'])) {
          if (isDryRun(call)) continue;
          for (const arg of call.operands) {
            if (arg.unresolved || apkPinned(arg.text)) continue;
            ctx.report({ range: arg.word.range, messageId: 'unpinned', data: { pkg: arg.text } });
          }
        }
      },
    };
  },
});
