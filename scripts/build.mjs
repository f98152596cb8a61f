// Bundles the CLI, the `dflint parse` fast path and the library into dist/ with esbuild: one file
// loads far faster than chevrotain's many ESM modules (about 0.03 s instead of 0.35 s at start-up).
// Then runs each CLI bundle on the example Dockerfile to store V8's compiled code for it
// (dist/<bundle>.cache, and dist/cli.cjs.plain.cache), which bin/dflint.js hands back to V8 so
// later starts skip most compilation.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** An esbuild plugin that resolves imports matching `filter` from inside package `pkg` to our module `replacement`. */
function substitute(name, filter, pkg, replacement) {
  const importer = new RegExp(`[\\\\/]node_modules[\\\\/]${pkg}[\\\\/]`);
  const path = fileURLToPath(new URL(replacement, import.meta.url));
  return { name, setup: (build) => build.onResolve({ filter }, (args) => (importer.test(args.importer) ? { path } : undefined)) };
}

// Chevrotain's applyMixins is replaced by ours (src/chevrotain/apply-mixins.ts says why).
const chevrotainMixins = substitute('chevrotain-apply-mixins', /\/utils\/apply_mixins\.js$/, 'chevrotain', '../src/chevrotain/apply-mixins.ts');

// So is its scan/tokens.js, whose lodash helpers ran cold for every token type (src/chevrotain/tokens.ts).
const chevrotainTokens = substitute('chevrotain-tokens', /(^|\/)tokens\.js$/, 'chevrotain', '../src/chevrotain/tokens.ts');

// Chevrotain's Lexer and CST typings generator, which dflint does not use but Chevrotain's entry
// module loads, with the regular-expression analysis behind the Lexer (src/chevrotain/left-out.ts).
const chevrotainLexer = substitute('chevrotain-lexer', /(^|\/)lexer_public\.js$/, 'chevrotain', '../src/chevrotain/left-out.ts');
const chevrotainCstDts = substitute('chevrotain-cst-dts-gen', /^@chevrotain\/cst-dts-gen$/, 'chevrotain', '../src/chevrotain/left-out.ts');

// And the lodash functions Chevrotain imports, which ran ~320 lodash-es modules' functions cold at
// every start (src/chevrotain/lodash.ts).
const chevrotainLodash = substitute('chevrotain-lodash', /^lodash-es$/, '(?:chevrotain|@chevrotain[\\\\/][^\\\\/]+)', '../src/chevrotain/lodash.ts');

// yargs reads process.stdout.columns when it loads, which sets up standard output's stream
// (about twenty modules for a pipe) in every run with options; it needs the width only to print
// help. The read becomes a getter. The build fails if yargs' text changes, rather than lose this.
const YARGS_COLUMNS = 'stdColumns:void 0!==process.stdout.columns?process.stdout.columns:null';
const yargsLazyColumns = {
  name: 'yargs-lazy-columns',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yargs[\\/]build[\\/]index\.cjs$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(YARGS_COLUMNS)) throw new Error(`build: ${args.path} no longer reads process.stdout.columns as expected; update yargsLazyColumns`);
      return { contents: text.replace(YARGS_COLUMNS, `get ${YARGS_COLUMNS.replace(':', '(){return ')}}`), loader: 'js' };
    });
  },
};

// yargs requires Node's assert, which sets up standard error's stream when it loads: the CLI
// bundles give yargs the two functions it uses instead (src/cli/yargs-assert.ts).
const yargsAssert = substitute('yargs-assert', /^assert$/, 'yargs', '../src/cli/yargs-assert.ts');

const common = {
  plugins: [chevrotainMixins, chevrotainTokens, chevrotainLexer, chevrotainCstDts, chevrotainLodash, yargsLazyColumns, yargsAssert],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  minifySyntax: true,
  // Less text to read and hash at start-up.
  minifyWhitespace: true,
  legalComments: 'none',
  // bin/dflint.js reads the bundle as latin1, which skips UTF-8 decoding: it must stay ASCII.
  charset: 'ascii',
  logLevel: 'warning',
};

// The CLI bundles also shorten identifiers: a third less text to read at every start (~10 ms of a
// one-file lint here). Their source maps (without the sources' text) are what DFLINT_DEBUG=1
// uses to show stacks in the TypeScript sources (bin/dflint.js). The library keeps its names.
//
// Each CLI bundle is also its own module wrapper: the file is one script whose value is the
// function Node would wrap it in, and which calls that function itself when Node requires the file
// (`node dist/cli.cjs` works). bin/dflint.js compiles the file's text as it is: wrapping it
// (`Module.wrap`) made V8 copy the 870 KB text into one more string at every start, and that
// allocation alone set off a garbage collection.
const MODULE_PARAMETERS = 'exports,require,module,__filename,__dirname';
const selfWrapping = {
  banner: { js: `(function(f){return typeof module==="object"&&module!==null&&module.exports===exports?f(${MODULE_PARAMETERS}):f})(function(${MODULE_PARAMETERS}){` },
  footer: { js: '});' },
};
const cli = { minifyIdentifiers: true, sourcemap: 'linked', sourcesContent: false, ...selfWrapping };

// Each warm-up run writes the cache bin/dflint.js picks for its command line: the CLI bundle has
// one for the command lines that go through yargs (subcommands, help, version) and one for a lint
// whose options are read without yargs (src/cli/quick-args.ts: what pre-commit hooks and CI run;
// see bin/dflint.js). The latter warms up with such an option, ShellCheck hidden, and exits 1 for
// the example's findings, whose report is then in the cache too.
const NO_SHELLCHECK = { PATH: '' };
const BUNDLES = [
  {
    entry: 'src/cli/main.ts',
    out: 'dist/cli.cjs',
    options: cli,
    warmUps: [
      { args: ['rules'], cache: 'dist/cli.cjs.cache' },
      { args: ['--failure-threshold', 'warning', 'examples/node-app/Dockerfile'], env: NO_SHELLCHECK, cache: 'dist/cli.cjs.plain.cache', exitCodes: [1] },
    ],
  },
  { entry: 'src/cli/parse-main.ts', out: 'dist/parse.cjs', options: cli, warmUps: [{ args: ['parse', 'examples/node-app/Dockerfile'], cache: 'dist/parse.cjs.cache' }] },
  { entry: 'src/index.ts', out: 'dist/index.cjs', warmUps: [] },
];

for (const { warmUps } of BUNDLES) for (const { cache } of warmUps) rmSync(cache, { force: true });
await Promise.all(BUNDLES.map(({ entry, out, options }) => build({ ...common, ...options, entryPoints: [entry], outfile: out })));

// esbuild escapes non-ASCII in strings but not inside regular-expression literals: catch those.
for (const { out } of BUNDLES) {
  const at = readFileSync(out).findIndex((byte) => byte > 0x7f);
  if (at >= 0) throw new Error(`build: ${out} has a non-ASCII byte at offset ${at}; write it as a \\u escape in the source`);
}

for (const { warmUps } of BUNDLES) {
  for (const { args, env = {}, cache, exitCodes = [0] } of warmUps) {
    const run = spawnSync(process.execPath, ['bin/dflint.js', ...args], {
      env: { ...process.env, ...env, DFLINT_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // Only a missing speed-up: the CLI works without the cache.
    if (!exitCodes.includes(run.status) || !existsSync(cache)) console.warn(`build: could not write ${cache} (warm-up run exited ${run.status})`);
  }
}
