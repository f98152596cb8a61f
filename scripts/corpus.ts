/**
 * Parses every Dockerfile in ../shared/corpus and prints how many got parse diagnostics and why,
 * grouped by code and message, with example files. Exits non-zero only if the parser throws.
 *
 *   npx tsx scripts/corpus.ts [--all]     (--all lists every file of each group)
 *
 * The parser is bundled with esbuild first, as the CLI ships it: chevrotain is ESM-only (which
 * tsx's CommonJS mode cannot load) and the bundle runs at the speed users see.
 */
import { buildSync } from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Dockerfile } from '../src/ast/nodes';

const CORPUS_DIR = path.resolve(__dirname, '../../shared/corpus');

/** Every file under the corpus except its index tables. */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (!(d === dir && entry.name.endsWith('.tsv'))) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Drops quoted specifics so diagnostics of one kind group together. */
function messageShape(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"');
}

/** The parser, bundled to a temporary CommonJS file. */
function loadParser(): { parseDockerfile: (text: string) => { ast: Dockerfile } } {
  const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-corpus-')), 'parser.cjs');
  buildSync({ entryPoints: [path.resolve(__dirname, '../src/parser/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const parser = require(outfile);
  fs.rmSync(path.dirname(outfile), { recursive: true, force: true });
  return parser;
}

function main(): number {
  if (!fs.existsSync(CORPUS_DIR)) {
    console.log(`corpus: ${CORPUS_DIR} is absent, skipped`);
    return 0;
  }
  const { parseDockerfile } = loadParser();
  const listAll = process.argv.includes('--all');
  const files = corpusFiles();
  const groups = new Map<string, string[]>();
  let withDiagnostics = 0;
  let crashes = 0;
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    bytes += text.length;
    const rel = path.relative(CORPUS_DIR, file);
    try {
      const { ast } = parseDockerfile(text);
      if (ast.diagnostics.length > 0) withDiagnostics++;
      for (const d of ast.diagnostics) {
        const key = `${d.code}: ${messageShape(d.message)}`;
        const list = groups.get(key) ?? [];
        list.push(`${rel}:${d.range.start.line}:${d.range.start.column}`);
        groups.set(key, list);
      }
    } catch (err) {
      crashes++;
      console.log(`CRASH ${rel}: ${(err as Error).stack}`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`corpus: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB parsed in ${seconds.toFixed(2)} s`);
  console.log(`corpus: ${withDiagnostics} files with parse diagnostics, ${crashes} parser crashes`);
  for (const [key, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${list.length} × ${key}`);
    for (const where of listAll ? list : list.slice(0, 3)) console.log(`      ${where}`);
  }
  return crashes > 0 ? 1 : 0;
}

process.exitCode = main();
