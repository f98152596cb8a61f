import type * as V8 from 'node:v8';

/**
 * V8 settings for a linting run of many files, applied before the files are linted.
 *
 * A dflint run ends before V8's optimizing compiler (TurboFan) pays off on much of its code: on
 * a whole-corpus run, the background compiles took more CPU than the main thread's own work, and
 * on two cores they compete with it. So, measured on the corpus (docs/performance.md):
 * - a cap on how much bytecode TurboFan inlines into one function (most of the compile time is
 *   inlining) made the first pass about a quarter faster;
 * - three times V8's interrupt budget (a function must run longer before it is optimized, so
 *   fewer short-lived ones are) took about another tenth off.
 * Even four passes over the corpus in one process finished sooner with both. V8 reads them as it
 * goes, so setting them before the hot code is compiled is enough.
 *
 * Not below JIT_TUNING_MIN_FILES files: a few files gain nothing (TurboFan hardly starts), and
 * loading node:v8 costs a one-file run's start-up about 1%. Only on V8 11 (Node 20), where it was
 * measured; other versions keep V8's defaults until measured there (V8 would also print an error
 * for a flag it does not know). `DFLINT_V8_DEFAULTS=1` turns it off, to compare.
 */
export const JIT_FLAGS = ['--max-inlined-bytecode-size-cumulative=200', '--interrupt-budget=200000'];

/** From this many files on, a run is tuned (30 files measured ~8% faster, 100 files ~11%). */
export const JIT_TUNING_MIN_FILES = 20;

/** V8 major versions the flags were measured on. */
const MEASURED_V8_MAJORS = new Set([11]);

/** True when a run of `fileCount` files gets JIT_FLAGS (`tuneJitForManyFiles` sets them). */
export function jitTuningApplies(fileCount: number, env: NodeJS.ProcessEnv = process.env, v8Version: string = process.versions.v8): boolean {
  if (fileCount < JIT_TUNING_MIN_FILES || env.DFLINT_V8_DEFAULTS === '1') return false;
  return MEASURED_V8_MAJORS.has(Number.parseInt(v8Version, 10));
}

/** Applies JIT_FLAGS to this process (every thread) when `jitTuningApplies`; returns whether it did. */
export function tuneJitForManyFiles(fileCount: number, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!jitTuningApplies(fileCount, env)) return false;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const v8 = require('node:v8') as typeof V8;
  for (const flag of JIT_FLAGS) v8.setFlagsFromString(flag);
  return true;
}
