/**
 * Cross-checks the shell grammar against mvdan/sh (GopherJS build `mvdan-sh`, a devDependency used
 * only here) on the RUN bodies of ../shared/corpus.
 *
 *   node --conditions=import --import tsx scripts/shell-oracle.ts          compare, list disagreements
 *   node --conditions=import --import tsx scripts/shell-oracle.ts --speed  only measure our MB/s
 *   node --conditions=import --import tsx scripts/shell-oracle.ts --others the same comparison on
 *     shell-form CMD/ENTRYPOINT/HEALTHCHECK and exec-form `sh -c` scripts
 *
 * (`--conditions=import` lets tsx load chevrotain's ESM-only helpers. For representative speed,
 * bundle it first as the CLI is bundled: `npx esbuild scripts/shell-oracle.ts --bundle
 * --platform=node --external:mvdan-sh --outfile=/tmp/o.cjs && DFLINT_CORPUS=../shared/corpus
 * node /tmp/o.cjs --speed`.)
 *
 * Each body is what the shell runs: the shell-form text, the body of a lone `RUN <<EOF`, or the
 * line with its heredocs handed to the shell, exactly as `analyzeShell` builds it. Both parsers
 * extract their simple commands and the lists are compared after this normalisation:
 *   - a command is its assignment prefixes written `name=value` (`+=` for appends), then its
 *     name and arguments, then its redirections as `redirect <fd>→<target>` (the operator is left
 *     out: mvdan's is an enum); a bare redirection (no assignment, no name) is left out on both
 *     sides, since mvdan has no call for it;
 *   - quotes are removed and backslash escapes applied (outside quotes any `\x` → `x`, inside
 *     double quotes only before `$ \` " \ newline`), `$'…'` escapes decoded; parameter
 *     expansions, command/arithmetic/process substitutions stay as written in the source;
 *   - mvdan's declaration clauses (`export`, `declare`, `local`, `readonly`, `typeset`) count as
 *     commands named by their keyword, each argument written `name=value` as in the source;
 *   - `[[ … ]]` and `(( … ))` are not simple commands on either side; commands inside `$(…)`,
 *     backticks and `<(…)` are, in source order.
 * A body agrees when both lists are equal. mvdan failing to parse is a disagreement too.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Instruction } from '../src/ast/nodes';
import { parseDockerfile } from '../src/parser';
import { SemanticModel } from '../src/semantic/model';
import { shebangDialect, shellDialect } from '../src/shell/dialect';
import { jsonStringSegments } from '../src/shell/exec-form';
import { decodeAnsiC } from '../src/shell/decode';
import { reconstituteHeredocs } from '../src/shell';
import { parseShellScript } from '../src/shell/parse';
import type { SourceText } from '../src/ast/source';
import type { TextSegment } from '../src/ast/nodes';

/** ../shared/corpus beside the project; DFLINT_CORPUS overrides it (for a bundled copy of this script). */
export const CORPUS_DIR = process.env.DFLINT_CORPUS ? path.resolve(process.env.DFLINT_CORPUS) : path.resolve(__dirname, '../../shared/corpus');

export interface ShellBody {
  file: string;
  line: number;
  text: string;
  segments: TextSegment[];
  source: SourceText;
}

/** Every corpus file (the two index files at the top are not Dockerfiles). */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (d !== dir) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

const LONE_HEREDOC = /^(\d*)<<(-?)([^<]*)$/;

/** The shell text a RUN hands to a POSIX shell, or null (exec form, other shells, shebang scripts). */
function runBody(node: Instruction, model: SemanticModel, source: SourceText): Omit<ShellBody, 'file'> | null {
  const run = node.type === 'Onbuild' ? node.trigger : node;
  if (!run || run.type !== 'Run' || !run.command || run.command.type !== 'ShellForm') return null;
  if (shellDialect(model.effectiveShell(node)).kind !== 'posix') return null;
  const line = run.range.start.line;
  const command = run.command;
  if (run.heredocs.length === 0) return { line, text: command.value, segments: command.segments, source };
  if (LONE_HEREDOC.test(command.value)) {
    const body = run.heredocs[0];
    const shebang = shebangDialect(body.body);
    if (shebang && shebang.kind !== 'posix') return null;
    return { line, text: body.body, segments: body.bodySegments, source };
  }
  const joined = reconstituteHeredocs(command, run.heredocs);
  return { line, text: joined.text, segments: joined.segments, source };
}

/**
 * The other scripts a shell runs: shell-form CMD, ENTRYPOINT and HEALTHCHECK CMD, and the script
 * of an exec form like `["sh", "-c", "…"]` (RUN included).
 */
function otherBody(node: Instruction, model: SemanticModel, source: SourceText): Omit<ShellBody, 'file'> | null {
  const inst = node.type === 'Onbuild' ? node.trigger : node;
  if (!inst || (inst.type !== 'Run' && inst.type !== 'Cmd' && inst.type !== 'Entrypoint' && inst.type !== 'Healthcheck')) return null;
  const command = inst.command;
  if (!command || (inst.type === 'Healthcheck' && inst.kind !== 'CMD')) return null;
  const line = inst.range.start.line;
  if (command.type === 'ShellForm') {
    if (inst.type === 'Run' || shellDialect(model.effectiveShell(node)).kind !== 'posix') return null;
    return { line, text: command.value, segments: command.segments, source };
  }
  const program = command.args.length ? shellDialect(command.args.map((a) => a.value)) : null;
  const script = program?.kind === 'posix' && program.scriptIndex !== null ? command.args[program.scriptIndex] : undefined;
  return script ? { line, text: script.value, segments: jsonStringSegments(source.text, script), source } : null;
}

/** RUN bodies; with `others`, the scripts of `otherBody` instead. */
export function extractBodies(files: string[], others = false): ShellBody[] {
  const bodies: ShellBody[] = [];
  for (const file of files) {
    const { ast, source } = parseDockerfile(fs.readFileSync(file, 'utf8'));
    const model = new SemanticModel(ast, source);
    for (const node of ast.instructions) {
      const body = others ? otherBody(node, model, source) : runBody(node, model, source);
      if (body) bodies.push({ file, ...body });
    }
  }
  return bodies;
}

/** Our commands, normalised. */
export function ourCommands(body: Pick<ShellBody, 'text' | 'segments' | 'source'>): { commands: string[][]; errors: string[] } {
  const script = parseShellScript(body.text, { source: body.source, segments: body.segments });
  return {
    commands: script.commands
      .filter((c) => c.name || c.assignments.length)
      .map((c) => [
        ...c.assignments.map((a) => `${a.name}${a.append ? '+=' : '='}${a.value?.value ?? ''}`),
        ...(c.name ? [c.name.value, ...c.args.map((a) => a.value)] : []),
        ...c.redirects.map((r) => `redirect ${r.fd ?? ''}→${r.target?.value ?? ''}`),
      ]),
    errors: script.errors.map((e) => `${e.range.start.line}:${e.range.start.column} ${e.message}`),
  };
}

/* ------------------------------------------------------------------ the oracle side */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type GoNode = any;

let mvdan: { syntax: GoNode; parser: GoNode } | null = null;

/** mvdan-sh and one parser, reused (building a parser per body is slow under GopherJS). */
function oracle(): { syntax: GoNode; parser: GoNode } {
  if (!mvdan) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { syntax } = require('mvdan-sh') as { syntax: GoNode };
    mvdan = { syntax, parser: syntax.NewParser() };
  }
  return mvdan;
}

/** mvdan positions are UTF-8 byte offsets; map them to string indices. */
function byteToIndex(text: string): (byte: number) => number {
  if (!/[^\x00-\x7f]/.test(text)) return (b) => b;
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < bytes; k++) map.push(i);
    if (cp >= 0x10000) i++;
  }
  map.push(text.length);
  return (b) => map[b] ?? text.length;
}

function unescapeUnquoted(lit: string): string {
  return lit.replace(/\\(\r?\n|.)/gs, (_m, c: string) => (c === '\n' || c === '\r\n' ? '' : c));
}

function unescapeDouble(lit: string): string {
  return lit.replace(/\\([$`"\\]|\r?\n)/g, (_m, c: string) => (c === '\n' || c === '\r\n' ? '' : c));
}

export function oracleCommands(text: string): { commands: string[][]; error: string | null } {
  const { syntax, parser } = oracle();
  const toIndex = byteToIndex(text);
  const raw = (n: GoNode): string => text.slice(toIndex(n.Pos().Offset()), toIndex(n.End().Offset()));
  const partString = (p: GoNode, inDouble: boolean): string => {
    switch (syntax.NodeType(p)) {
      case 'Lit':
        return inDouble ? unescapeDouble(p.Value) : unescapeUnquoted(p.Value);
      case 'SglQuoted':
        return p.Dollar ? decodeAnsiC(p.Value) : p.Value;
      case 'DblQuoted':
        return (p.Parts as GoNode[]).map((q) => partString(q, true)).join('');
      default:
        return raw(p);
    }
  };
  const wordString = (w: GoNode): string => (w.Parts as GoNode[]).map((p) => partString(p, false)).join('');
  const assignString = (a: GoNode): string => {
    if (a.Naked) return a.Name ? a.Name.Value : a.Value ? wordString(a.Value) : '';
    const name = a.Name ? a.Name.Value + (a.Index ? raw(a.Index).replace(/^/, '[') + ']' : '') : '';
    const value = a.Array ? raw(a.Array) : a.Value ? wordString(a.Value) : '';
    return `${name}${a.Append ? '+=' : '='}${value}`;
  };
  let file: GoNode;
  try {
    file = parser.Parse(text, 'body');
  } catch (e) {
    const err = e as { message?: string; Error?: () => string };
    return { commands: [], error: err.message ?? (err.Error ? err.Error() : String(e)) };
  }
  const found: { at: number; words: string[] }[] = [];
  // Redirections hang on the statement; a call or declaration gets those of its statement.
  const redirectsOf = new Map<number, string[]>();
  const redirect = (r: GoNode): string => `redirect ${r.N ? r.N.Value : ''}→${r.Word ? wordString(r.Word) : ''}`;
  syntax.Walk(file, (n: GoNode) => {
    if (!n) return true;
    const type = syntax.NodeType(n);
    if (type === 'Stmt' && n.Cmd && n.Redirs.length) {
      redirectsOf.set(n.Cmd.Pos().Offset(), (n.Redirs as GoNode[]).map(redirect));
    } else if (type === 'CallExpr') {
      const at = n.Pos().Offset();
      const words = [...(n.Assigns as GoNode[]).map(assignString), ...(n.Args as GoNode[]).map(wordString)];
      found.push({ at, words: [...words, ...(redirectsOf.get(at) ?? [])] });
    } else if (type === 'DeclClause') {
      const at = n.Pos().Offset();
      found.push({ at, words: [n.Variant.Value, ...(n.Args as GoNode[]).map(assignString), ...(redirectsOf.get(at) ?? [])] });
    }
    return true;
  });
  found.sort((a, b) => a.at - b.at);
  return { commands: found.map((f) => f.words), error: null };
}

/* ------------------------------------------------------------------ comparison */

export type Verdict =
  | { agree: true; spuriousErrors?: string[] }
  | { agree: false; category: 'both-reject' | 'oracle-rejects' | 'we-report-errors' | 'different-commands'; detail: string };

export function compareBody(body: ShellBody): Verdict {
  const ours = ourCommands(body);
  const theirs = oracleCommands(body.text);
  if (theirs.error) {
    // Invalid shell: both parsers say so (we still return what we could read; mvdan returns nothing).
    const category = ours.errors.length ? 'both-reject' : 'oracle-rejects';
    return { agree: false, category, detail: `mvdan: ${theirs.error}; ours: ${ours.errors.join(' | ') || 'no error'}` };
  }
  const a = ours.commands.map((c) => JSON.stringify(c));
  const b = theirs.commands.map((c) => JSON.stringify(c));
  if (a.length === b.length && a.every((x, i) => x === b[i])) {
    return ours.errors.length ? { agree: true, spuriousErrors: ours.errors } : { agree: true };
  }
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const detail = `#${i}: ours ${a[i] ?? '(none)'} / mvdan ${b[i] ?? '(none)'} (${a.length} vs ${b.length} commands)`;
  if (ours.errors.length) return { agree: false, category: 'we-report-errors', detail: `${ours.errors.join(' | ')}; ${detail}` };
  return { agree: false, category: 'different-commands', detail };
}

export interface OracleReport {
  bodies: number;
  agreed: number;
  bytes: number;
  disagreements: { file: string; line: number; category: string; detail: string }[];
  /** Bodies mvdan accepts and we agree on, yet we report syntax errors for. */
  spuriousErrors: { file: string; line: number; errors: string[] }[];
}

export function runOracle(files = corpusFiles(), others = false): OracleReport {
  const bodies = extractBodies(files, others);
  const report: OracleReport = { bodies: bodies.length, agreed: 0, bytes: 0, disagreements: [], spuriousErrors: [] };
  for (const body of bodies) {
    report.bytes += body.text.length;
    const v = compareBody(body);
    if (v.agree) {
      report.agreed++;
      if (v.spuriousErrors) report.spuriousErrors.push({ file: path.relative(CORPUS_DIR, body.file), line: body.line, errors: v.spuriousErrors });
    } else report.disagreements.push({ file: path.relative(CORPUS_DIR, body.file), line: body.line, category: v.category, detail: v.detail });
  }
  return report;
}

/**
 * Throughput of our shell parser alone on the bodies, in MB/s of script text: by the wall clock
 * and by the process's CPU time (steadier on a shared machine).
 */
export function measureThroughput(bodies: ShellBody[], rounds = 3): { wall: number; cpu: number } {
  let bytes = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const body of bodies) {
      parseShellScript(body.text, { source: body.source, segments: body.segments });
      bytes += body.text.length;
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { wall: bytes / 1e6 / wallSeconds, cpu: bytes / 1e6 / cpuSeconds };
}

function main(): void {
  if (!fs.existsSync(CORPUS_DIR)) {
    console.log(`shell-oracle: ${CORPUS_DIR} not found, nothing to compare`);
    return;
  }
  const files = corpusFiles();
  if (process.argv.includes('--speed')) {
    const bodies = extractBodies(files);
    measureThroughput(bodies, 1); // warm-up: lazy parser construction and JIT
    const speed = measureThroughput(bodies, 5);
    const mb = bodies.reduce((n, b) => n + b.text.length, 0) / 1e6;
    console.log(`${bodies.length} RUN shell bodies (${mb.toFixed(2)} MB)`);
    console.log(`shell parser throughput: ${speed.wall.toFixed(2)} MB/s wall clock, ${speed.cpu.toFixed(2)} MB/s CPU time`);
    return;
  }
  const others = process.argv.includes('--others');
  const report = runOracle(files, others);
  const pct = report.bodies ? (100 * report.agreed) / report.bodies : 100;
  const byCategory = new Map<string, number>();
  for (const d of report.disagreements) byCategory.set(d.category, (byCategory.get(d.category) ?? 0) + 1);
  for (const d of report.disagreements) console.log(`[${d.category}] ${d.file}:${d.line}  ${d.detail}`);
  const what = others ? 'CMD/ENTRYPOINT/HEALTHCHECK shell forms and exec-form sh -c scripts' : 'RUN shell bodies';
  console.log(`\n${files.length} files, ${report.bodies} ${what} (${(report.bytes / 1e6).toFixed(2)} MB)`);
  console.log(`agreement with mvdan/sh: ${report.agreed}/${report.bodies} = ${pct.toFixed(2)}%`);
  for (const [category, n] of byCategory) console.log(`  ${category}: ${n}`);
  for (const e of report.spuriousErrors) console.log(`[syntax errors mvdan does not see] ${e.file}:${e.line}  ${e.errors.join(' | ')}`);
  console.log(`bodies where only we report syntax errors: ${report.spuriousErrors.length}`);
  const bodies = extractBodies(files);
  measureThroughput(bodies, 1); // warm-up
  const speed = measureThroughput(bodies);
  console.log(`shell parser throughput: ${speed.wall.toFixed(2)} MB/s wall clock, ${speed.cpu.toFixed(2)} MB/s CPU time`);
}

// Run only as a program (bundlers make `require.main === module` true for any bundle that includes this file).
if (require.main === module && /shell-oracle/.test(process.argv[1] ?? '')) main();
