import * as v8 from 'node:v8';

/**
 * V8 settings for a short-lived linting process, applied by the CLI's entry before any work (not
 * by the `dflint parse` fast path: one file gains nothing, and loading node:v8 costs its start-up
 * about 1%).
 *
 * A dflint run ends before V8's optimizing compiler (TurboFan) pays off on much of its code: on
 * a whole-corpus run, the background compiles took about three times the main thread's own time,
 * and on two cores they compete with it. Most of that compile time is inlining. Capping how much
 * bytecode TurboFan inlines per function made the first pass over the corpus about a quarter
 * faster, and even four passes in one process finished sooner (docs/performance.md has the
 * figures). The cap is read by each compile job, so setting it before the hot code is compiled
 * is enough.
 *
 * Only on V8 11 (Node 20), where it was measured; other versions keep V8's defaults until
 * measured there (an unknown flag would also make V8 print an error). `DFLINT_V8_DEFAULTS=1`
 * turns it off, to compare.
 */
export const JIT_FLAGS = ['--max-inlined-bytecode-size-cumulative=200'];

/** V8 major versions the flags were measured on. */
const MEASURED_V8_MAJORS = new Set([11]);

/** True when the flags apply to this process (they are set by `tuneJitForShortRuns`). */
export function jitTuningApplies(env: NodeJS.ProcessEnv = process.env, v8Version: string = process.versions.v8): boolean {
  if (env.DFLINT_V8_DEFAULTS === '1') return false;
  return MEASURED_V8_MAJORS.has(Number.parseInt(v8Version, 10));
}

/** Applies JIT_FLAGS to this process when `jitTuningApplies`; returns whether it did. */
export function tuneJitForShortRuns(env: NodeJS.ProcessEnv = process.env): boolean {
  if (!jitTuningApplies(env)) return false;
  for (const flag of JIT_FLAGS) v8.setFlagsFromString(flag);
  return true;
}
