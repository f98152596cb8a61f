/**
 * Dumps our AST in BuildKit's parser test format (one S-expression per instruction), so the
 * conformance fixtures can check that we read every instruction exactly as BuildKit does.
 */
import type { CommandForm, Dockerfile, Instruction } from '../ast/nodes';
import { splitPlain } from './words';

/** Go's strconv.Quote for the characters Dockerfiles contain. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c === 7) out += '\\a';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 11) out += '\\v';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (!isGoPrintable(c)) out += c > 0xffff ? '\\U' + c.toString(16).padStart(8, '0') : '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function isGoPrintable(c: number): boolean {
  if (c >= 0x80 && c <= 0xa0) return false;
  if (c === 0xad || c === 0xfeff || c === 0x2028 || c === 0x2029) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0x200b && c <= 0x200f) return false;
  if (c >= 0x2060 && c <= 0x206f) return false;
  return true;
}

function commandArgs(cmd: CommandForm | null): string[] {
  if (!cmd) return [];
  return cmd.type === 'ExecForm' ? cmd.args.map((a) => a.value) : [cmd.value];
}

/** The argument strings BuildKit's line parser would keep for an instruction. */
export function buildkitArgs(node: Instruction): string[] {
  switch (node.type) {
    case 'Run':
    case 'Cmd':
    case 'Entrypoint':
    case 'Shell':
      return commandArgs(node.command);
    case 'Copy':
    case 'Add':
      return [...node.sources, ...(node.destination ? [node.destination] : [])].map((w) => w.value);
    case 'Volume':
      return node.paths.map((w) => w.value);
    case 'From':
    case 'Expose':
      return node.args ? splitPlain(node.args.value, 0, node.args.value.length).map((s) => node.args!.value.slice(s.start, s.end)) : [];
    case 'Env':
    case 'Label':
      return node.pairs.flatMap((p) => [p.key.value, p.value?.value ?? '', p.separator === '=' ? '=' : '']);
    case 'Arg':
      return node.declarations.map((d) => (d.defaultValue ? `${d.name.value}=${d.defaultValue.value}` : d.name.value));
    case 'Healthcheck':
      return node.kindWord ? [node.kindWord.value, ...commandArgs(node.command)] : [];
    case 'Workdir':
    case 'User':
    case 'Stopsignal':
    case 'Maintainer':
      return node.args ? [node.args.value] : [];
    case 'Onbuild':
    case 'Unknown':
      return [];
  }
}

export function dumpInstruction(node: Instruction): string {
  let s = node.keyword.toLowerCase();
  if (node.flags.length > 0) {
    s += ' [' + node.flags.map((f) => goQuote(`--${f.name}${f.value === null ? '' : '=' + f.value}`)).join(' ') + ']';
  }
  if (node.type === 'Onbuild' && node.trigger) s += ` (${dumpInstruction(node.trigger)})`;
  for (const arg of buildkitArgs(node)) s += ' ' + goQuote(arg);
  return s;
}

/** The whole file in BuildKit's dump format (one line per instruction, trailing newline). */
export function dumpBuildkit(ast: Dockerfile): string {
  return ast.instructions.map((n) => `(${dumpInstruction(n)})\n`).join('');
}
