import { ALL_STAGES_OPTION, runLeavingCache } from '../src/analysis/cache-cleanup';
import { callHasOption, callOptionValues, fileMayRunPip, pipInstallCalls, type RunCommands, type ToolCall } from '../src/analysis/packages';
import { insertArgAfter } from '../src/analysis/run-edits';
import { earlierRunMentions, envValueFor, isWithin, runMounts } from '../src/analysis/run-facts';
import type { SemanticModel } from '../src/semantic/model';
import { defineRule } from '../src/engine/define-rule';

/** pip accepts any boolean spelling for PIP_NO_CACHE_DIR and disables the cache whatever it says. */
const BOOLEAN = /^(?:1|0|true|false|yes|no|on|off|y|n|t|f)$/i;

/** True when pip's cache for this call lands in a cache or tmpfs mount. */
function cacheIsMounted(model: SemanticModel, run: RunCommands, call: ToolCall): boolean {
  const cacheDirs = [...callOptionValues(call, 'cache-dir')];
  const envDir = envValueFor(model, run, call.inv, 'PIP_CACHE_DIR');
  if (envDir) cacheDirs.push(envDir);
  return runMounts(model, run.node).some((m) => {
    if ((m.type !== 'cache' && m.type !== 'tmpfs') || m.target === null) return false;
    const target = m.target;
    if (cacheDirs.some((d) => isWithin(d.replace(/\/+$/, ''), target))) return true;
    return cacheDirs.length === 0 && (isWithin('/root/.cache/pip', target) || /\/\.cache(?:\/pip)?$/.test(target));
  });
}

function noCacheDirInEnv(model: SemanticModel, run: RunCommands, call: ToolCall): boolean {
  const value = envValueFor(model, run, call.inv, 'PIP_NO_CACHE_DIR');
  // Unknown (null) means a variable the Dockerfile does not resolve: assume it is set on purpose.
  return value === null || (value !== undefined && BOOLEAN.test(value.trim()));
}

export default defineRule({
  id: 'DF120',
  name: 'pip-cache-not-disabled',
  aliases: ['DL3042'],
  severity: 'warning',
  fix: 'safe',
  summary: '`pip install` without `--no-cache-dir`',
  docs: {
    why:
      'pip keeps every downloaded and built wheel in its cache (`~/.cache/pip`). In an image that cache is ' +
      'never used again, yet it stays in the layer; `--no-cache-dir` keeps it out.',
    invalid: ['FROM python:3.12-slim\nRUN pip install flask==3.0.3\n'],
    valid: [
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n',
      'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\n',
      'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3\n',
      'FROM python:3.12-slim AS build\nRUN pip wheel --wheel-dir /wheels flask==3.0.3 && pip install flask==3.0.3\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels\n',
    ],
    notes:
      'Not reported: `PIP_NO_CACHE_DIR` set by ENV or ARG (in this stage or a stage it is built on), on the ' +
      'command, or exported earlier in the RUN (pip treats any boolean value as "no cache", so `0` counts ' +
      'too); a cache or tmpfs `--mount` over pip\'s cache directory (`/root/.cache/pip`, or the one given by ' +
      '`--cache-dir`/`PIP_CACHE_DIR`); an earlier RUN that sets `no-cache-dir` in pip\'s configuration; and stages ' +
      'that do not end up in the built image (unless `allStages` is set). `pip3`, `pip3.12` and ' +
      '`python -m pip` are recognised. The fix adds `--no-cache-dir` after `install`.',
  },
  messages: {
    cache: () => 'Use `pip install --no-cache-dir` to keep pip\'s cache out of the image',
  },
  options: ALL_STAGES_OPTION,
  create(ctx) {
    // No handlers for a file that never runs pip: its RUNs are not visited for this rule.
    if (!fileMayRunPip(ctx.model)) return {};
    return {
      Run(node) {
        const run = runLeavingCache(ctx.model, node, { allStages: ctx.options.allStages });
        if (!run) return;
        for (const call of pipInstallCalls(run)) {
          if (callHasOption(call, 'no-cache-dir') || call.opaque.length > 0) continue;
          if (noCacheDirInEnv(ctx.model, run, call) || cacheIsMounted(ctx.model, run, call)) continue;
          if (earlierRunMentions(ctx.model, node, /global\.no-cache-dir|no-cache-dir\s*=/)) continue;
          const sub = call.subcommand!;
          ctx.report({
            range: call.inv.program.range,
            messageId: 'cache',
            fix: sub.expanded ? undefined : { title: 'Add `--no-cache-dir`', kind: 'safe', edits: [insertArgAfter(node, sub.word, '--no-cache-dir')] },
          });
        }
      },
    };
  },
});
