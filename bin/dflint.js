#!/usr/bin/env node
'use strict';
// Thin shim: everything lives in the esbuild bundles made by `npm run build` (and by `prepare`).
// dist/cli.cjs is the whole CLI; dist/parse.cjs only `dflint parse FILE|-`, started for exactly
// that command line because it loads in a third of the time (src/cli/parse-main.ts).
// The build also leaves V8's compiled code for each bundle in <bundle>.cache; loading through
// vm.Script with that cache skips most compilation at start-up. V8 ignores a cache made by another
// Node version or for another bundle, and any trouble here falls back to a plain require.
// With DFLINT_DEBUG=1 the bundle is required with source maps on instead, so that the stack of an
// internal error names the TypeScript sources (the bundles' identifiers are shortened).
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const parseOnly = args.length === 2 && args[0] === 'parse' && (args[1] === '-' || !args[1].startsWith('-'));
const bundle = path.join(__dirname, '../dist', parseOnly ? 'parse.cjs' : 'cli.cjs');
// A lint whose options src/cli/quick-args.ts reads (what pre-commit hooks run: no option, or a
// few) runs no yargs code, so it gets a cache without it: less to deserialize at every start (~4 ms
// of a one-file lint). Subcommands (COMMAND_NAMES in src/cli/quick-args.ts), help and version go
// through yargs. A wrong guess only costs speed.
const SUBCOMMANDS = ['rules', 'explain', 'parse', 'inspect', 'lsp', 'init'];
const YARGS_ONLY = ['--help', '-h', '--version', '-v'];
const lintWithoutYargs = !parseOnly && !args.some((arg) => SUBCOMMANDS.includes(arg) || YARGS_ONLY.includes(arg));
const cacheFile = lintWithoutYargs ? `${bundle}.plain.cache` : `${bundle}.cache`;

function missingBundle() {
  process.stderr.write('dflint: the CLI bundle is missing; run `npm run build` (or `npm install`) first\n');
  process.exitCode = 2;
}

/** Reads the bundle's text and its code cache (undefined when there is none). */
function readBundleAndCache() {
  const bundleFd = fs.openSync(bundle, 'r');
  let cacheFd;
  try {
    cacheFd = fs.openSync(cacheFile, 'r');
  } catch {
    cacheFd = undefined;
  }
  const bundleSize = fs.fstatSync(bundleFd).size;
  const cacheSize = cacheFd === undefined ? 0 : fs.fstatSync(cacheFd).size;
  // One buffer for both: the cache goes into the pages the text was read into, once the text is a
  // string. Memory a process touches for the first time is what a start pays for most here
  // (~200 page faults less, ~3 ms).
  const buffer = Buffer.allocUnsafe(Math.max(bundleSize, cacheSize));
  const sourceLength = readFully(bundleFd, buffer, bundleSize);
  // The bundle is pure ASCII (the build checks): latin1 skips UTF-8 decoding, several ms sooner.
  const source = buffer.toString('latin1', 0, sourceLength);
  const cachedData = cacheFd === undefined ? undefined : buffer.subarray(0, readFully(cacheFd, buffer, cacheSize));
  return { source, cachedData };
}

/** Reads up to `size` bytes of `fd` into `buffer` and closes it; returns how many it read. */
function readFully(fd, buffer, size) {
  let done = 0;
  for (let read = -1; done < size && read !== 0; done += read) read = fs.readSync(fd, buffer, done, size - done, done);
  fs.closeSync(fd);
  return done;
}

function loadWithCodeCache() {
  const vm = require('vm');
  // The class of this very module: the same as require('module') gives, without loading that
  // builtin (and the ES module loader it pulls in, ~0.5 ms of every start).
  const Module = module.constructor;
  const { source, cachedData } = readBundleAndCache();
  // The bundle's text is already its module wrapper (scripts/build.mjs): the script's value is
  // the function that Node would otherwise wrap it in.
  const script = new vm.Script(source, { filename: bundle, cachedData });
  if (process.env.DFLINT_WRITE_CODE_CACHE === '1') {
    // Written at exit, after a representative run, so the functions that run are in the cache too.
    process.once('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
  }
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  return () => script.runInThisContext()(mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
}

if (!fs.existsSync(bundle)) {
  missingBundle();
} else if (process.env.DFLINT_DEBUG === '1') {
  process.setSourceMapsEnabled(true);
  require(bundle);
} else {
  let run;
  try {
    run = loadWithCodeCache();
  } catch {
    run = () => require(bundle);
  }
  run();
}
