import type * as Os from 'node:os';

/**
 * What dflint asks of the machine it runs on. node:os is loaded on first use: a lint of a few
 * files needs none of it, and loading it was ~0.4 ms of every start.
 */
function os(): typeof Os {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:os') as typeof Os;
}

/** How many threads can run at once (cores, or what the process may use of them). */
export function availableCores(): number {
  const { availableParallelism, cpus } = os();
  return typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
}

/** The directory for temporary files. */
export function tempDirectory(): string {
  return os().tmpdir();
}
