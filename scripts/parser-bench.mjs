// Parser throughput and start-up cost, measured on ../shared/corpus with the esbuild bundle
// (how the CLI ships). CPU time is reported beside wall time because the machine is shared.
//   node scripts/parser-bench.mjs
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const corpus = path.resolve(root, '../shared/corpus');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-bench-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const out = path.join(tmp, 'parser.cjs');
await build({ entryPoints: [path.join(root, 'src/parser/index.ts')], bundle: true, platform: 'node', format: 'cjs', minifySyntax: true, outfile: out, logLevel: 'warning' });

// Start-up, in a fresh process each time: load the bundle, then parse one small file.
const probe = `const cpu=()=>{const u=process.cpuUsage();return (u.user+u.system)/1e3};const t0=cpu();const p=require(${JSON.stringify(out)});const t1=cpu();p.parseDockerfile("FROM alpine\\nRUN echo hi\\n");const t2=cpu();console.log(t1-t0, t2-t1)`;
const loads = [];
const firsts = [];
for (let i = 0; i < 5; i++) {
  const [load, first] = execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).trim().split(' ').map(Number);
  loads.push(load);
  firsts.push(first);
}
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
console.log(`start-up: load bundle ${median(loads).toFixed(1)} ms, first parse (lexer + parser construction) ${median(firsts).toFixed(1)} ms (CPU time, medians of 5)`);

if (!fs.existsSync(corpus)) {
  console.log('corpus absent: throughput skipped');
  process.exit(0);
}
const { createRequire } = await import('node:module');
const { parseDockerfile } = createRequire(import.meta.url)(out);
const files = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (!(d === corpus && e.name.endsWith('.tsv'))) files.push(p);
  }
};
walk(corpus);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (let round = 1; round <= 3; round++) {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (const t of texts) parseDockerfile(t);
  const wall = (performance.now() - w0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  console.log(`round ${round}: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB: wall ${wall.toFixed(2)} s (${(bytes / 1e6 / wall).toFixed(1)} MB/s), cpu ${cpu.toFixed(2)} s (${(bytes / 1e6 / cpu).toFixed(1)} MB/s, ${(files.length / cpu).toFixed(0)} files/s)`);
}
