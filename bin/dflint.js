#!/usr/bin/env node
'use strict';
// Thin shim: everything lives in the esbuild bundle made by `npm run build` (and by `prepare`).
try {
  require('../dist/cli.cjs');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('dist/cli.cjs')) {
    process.stderr.write('dflint: the CLI bundle is missing; run `npm run build` (or `npm install`) first\n');
    process.exit(2);
  }
  throw err;
}
