import { ALL_STAGES_OPTION, appendCleanupFix, runLeavingCache } from '../src/analysis/cache-cleanup';
import { YARN, callOptionValues, fileRunsAny, toolCalls, type RunCommands, type ToolCall } from '../src/analysis/packages';
import { envValueFor, runMounts } from '../src/analysis/run-facts';
import type { SemanticModel } from '../src/semantic/model';
import { defineRule } from '../src/engine/define-rule';

const CLEANUP = 'yarn cache clean';
const YARN_CACHE_PATH = /\.cache\/yarn|yarn cache dir|\.yarn\/(?:berry\/)?cache/;

/** `yarn`, `yarn install`, `yarn add`, `yarn global add`: commands that fill the cache. */
function installs(call: ToolCall): boolean {
  const sub = call.subcommand?.text ?? null;
  if (sub === null) return !call.options.options.some((o) => ['v', 'version', 'h', 'help'].includes(o.name));
  if (sub === 'install' || sub === 'add') return true;
  return sub === 'global' && call.operands[0]?.text === 'add';
}

/** The last `yarn cache clean`, or `rm -rf` of a yarn cache directory. */
function lastCleanup(run: RunCommands): number {
  let last = -1;
  for (const call of toolCalls(run, YARN)) {
    if (call.subcommand?.text === 'cache' && call.operands[0]?.text === 'clean') last = Math.max(last, call.inv.index);
  }
  for (const inv of run.invocations) {
    if (inv.name === 'rm' && inv.args.some((a) => YARN_CACHE_PATH.test(a.value))) last = Math.max(last, inv.index);
  }
  return last;
}

function cacheIsMounted(model: SemanticModel, run: RunCommands, call: ToolCall): boolean {
  const folders = callOptionValues(call, 'cache-folder');
  const env = envValueFor(model, run, call.inv, 'YARN_CACHE_FOLDER');
  if (env) folders.push(env);
  return runMounts(model, run.node).some(
    (m) =>
      (m.type === 'cache' || m.type === 'tmpfs') &&
      m.target !== null &&
      (m.target.includes('yarn') || folders.some((f) => f.replace(/\/+$/, '') === m.target)),
  );
}

export default defineRule({
  id: 'DF121',
  name: 'yarn-cache-not-cleaned',
  aliases: ['DL3060'],
  severity: 'info',
  fix: 'unsafe',
  summary: '`yarn install` without `yarn cache clean` in the same RUN',
  docs: {
    why:
      'Yarn keeps a copy of every package it installs in its global cache. In an image that cache is dead ' +
      'weight, often larger than `node_modules` itself, unless the same RUN runs `yarn cache clean`.',
    invalid: ['FROM node:22-slim\nRUN yarn install --frozen-lockfile\n'],
    valid: [
      'FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
      'FROM node:22-slim\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile\n',
      'FROM node:22-slim AS build\nRUN yarn install --frozen-lockfile && yarn build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n',
    ],
    notes:
      'Bare `yarn`, `yarn add` and `yarn global add` fill the cache too and are checked like `yarn install`. ' +
      'The cleanup must come after the last install in the same RUN: `yarn cache clean` or `rm -rf` of the ' +
      'cache directory. A cache or tmpfs `--mount` on the yarn cache (a target containing `yarn`, or the ' +
      '`--cache-folder`/`YARN_CACHE_FOLDER` directory) exempts the command, and only stages that end up in the ' +
      'built image are checked unless `allStages` is set. The fix appends `&& yarn cache clean` (with `sudo` when the install runs with it); it is unsafe ' +
      'because later commands of the RUN may rely on the cache.',
  },
  messages: {
    notCleaned: () => 'Add `yarn cache clean` after `yarn install` to keep the cache out of the image',
  },
  options: ALL_STAGES_OPTION,
  create(ctx) {
    // No handlers for a file that never runs yarn: its RUNs are not visited for this rule.
    if (!fileRunsAny(ctx.model, [YARN])) return {};
    return {
      Run(node) {
        const run = runLeavingCache(ctx.model, node, { allStages: ctx.options.allStages });
        if (!run) return;
        const calls = toolCalls(run, YARN).filter(installs);
        if (calls.length === 0) return;
        const last = calls[calls.length - 1];
        if (lastCleanup(run) > last.inv.index || calls.every((c) => cacheIsMounted(ctx.model, run, c))) return;
        ctx.report({
          range: last.inv.program.range,
          messageId: 'notCleaned',
          fix: appendCleanupFix(run, CLEANUP, last.inv),
        });
      },
    };
  },
});
