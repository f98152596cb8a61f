import { NPM, fileRunsAny, npmPinned, runCommands, subcommandCalls } from '../src/analysis/packages';
import { defineRule } from '../src/engine/define-rule';

/** `npm install` and its aliases. */
const INSTALL = ['install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall', 'add'];

export default defineRule({
  id: 'DF105',
  name: 'npm-unpinned',
  aliases: ['DL3016'],
  severity: 'warning',
  fix: 'none',
  summary: '`npm install` of a package without a version',
  docs: {
    why:
      '`npm install <name>` takes the newest release published under the `latest` tag at build time, so the ' +
      'image changes whenever the package does. Pin with `name@version`, or install from a `package.json` ' +
      'and lock file with `npm ci`.',
    invalid: ['FROM node:22-slim\nRUN npm install -g typescript\n'],
    valid: [
      'FROM node:22-slim\nRUN npm install -g typescript@5.6.3 @angular/cli@18.2.0\n',
      'FROM node:22-slim\nCOPY package*.json ./\nRUN npm ci && npm install\n',
      'FROM node:22-slim\nRUN npm install ./vendor/lib git+https://github.com/user/repo.git#v1.2.0 https://example.com/pkg-1.0.0.tgz\n',
    ],
    notes:
      'No package arguments (`npm install` reads package.json), `npm ci`, local folders, tarballs, URLs and ' +
      'git URLs with a `#ref` are fine. `name@latest` is reported: it names a moving tag, not a version. ' +
      'Versions from an ARG or ENV (`typescript@${TS_VERSION}`) count as pinned. All of npm\'s spellings of ' +
      'install (`i`, `add`, …) are recognised.',
  },
  messages: {
    unpinned: (p: { pkg: string }) => `Pin the version of "${p.pkg}": \`npm install ${p.pkg.replace(/@latest$/, '')}@<version>\``,
  },
  create(ctx) {
    // No handlers for a file that never runs npm: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [NPM])) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of subcommandCalls(run, NPM, INSTALL)) {
          for (const arg of call.operands) {
            if (arg.unresolved || npmPinned(arg.text)) continue;
            ctx.report({ range: arg.word.range, messageId: 'unpinned', data: { pkg: arg.text } });
          }
        }
      },
    };
  },
});
