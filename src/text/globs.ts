import type Picomatch from 'picomatch';

/**
 * picomatch, loaded on first use: a lint of files named as they are matches no glob (only
 * patterns on the command line, `ignorePaths` and wildcards in COPY sources do), and loading
 * picomatch was ~50 KB of objects and a few tenths of a ms of every start.
 */
export function picomatch(): typeof Picomatch {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('picomatch') as typeof Picomatch;
}
