/**
 * Bundled and run in a fresh process by scripts/bench.ts: both grammars over every corpus file,
 * several passes. The first pass is what one `dflint` run sees (V8 starts every function cold);
 * later passes show the warmed-up speed. V8 is tuned as the CLI tunes a run of that many files
 * (src/cli/jit-tuning.ts), unless DFLINT_V8_DEFAULTS=1. Prints one JSON object.
 *
 *   node <bundle> <corpus dir> <passes>
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Instruction } from '../src/ast/nodes';
import { tuneJitForManyFiles } from '../src/cli/jit-tuning';
import { parseDockerfile } from '../src/parser';
import { SemanticModel } from '../src/semantic/model';
import { analyzeShell } from '../src/shell';

/** Instructions whose commands the shell grammar parses. */
const RUNS_COMMANDS = new Set<Instruction['type']>(['Run', 'Cmd', 'Entrypoint', 'Healthcheck', 'Onbuild']);

export interface GrammarPass {
  dockerfileMs: number;
  shellMs: number;
  commands: number;
  shellBytes: number;
}

function corpusTexts(corpus: string): string[] {
  const files: string[] = [];
  for (const repo of fs.readdirSync(corpus, { withFileTypes: true })) {
    if (!repo.isDirectory()) continue;
    for (const file of fs.readdirSync(path.join(corpus, repo.name), { withFileTypes: true })) {
      if (file.isFile()) files.push(path.join(corpus, repo.name, file.name));
    }
  }
  return files.sort().map((file) => fs.readFileSync(file, 'utf8'));
}

function pass(texts: string[]): GrammarPass {
  const result: GrammarPass = { dockerfileMs: 0, shellMs: 0, commands: 0, shellBytes: 0 };
  for (const text of texts) {
    let start = performance.now();
    const { ast, source } = parseDockerfile(text);
    result.dockerfileMs += performance.now() - start;
    // The model only supplies each instruction's shell (SHELL, pragmas); it is not timed.
    const model = new SemanticModel(ast, source);
    for (const node of ast.instructions) {
      if (!RUNS_COMMANDS.has(node.type)) continue;
      const shell = model.effectiveShell(node);
      start = performance.now();
      analyzeShell(node, shell, source);
      result.shellMs += performance.now() - start;
      result.commands++;
      result.shellBytes += node.range.end.offset - node.range.start.offset;
    }
  }
  return result;
}

const [corpus, passes = '3'] = process.argv.slice(2);
const texts = corpusTexts(corpus);
const jitTuned = tuneJitForManyFiles(texts.length);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const results = Array.from({ length: Number(passes) }, () => pass(texts));
process.stdout.write(`${JSON.stringify({ files: texts.length, bytes, jitTuned, passes: results })}\n`);
