import type { CommandForm, ExecForm, Heredoc, Instruction, ShellForm, TextSegment } from '../ast/nodes';
import type { SourceText } from '../ast/source';
import { shebangDialect, shellDialect, type ShellDialect } from './dialect';
import { jsonStringSegments } from './exec-form';
import { parseShellScript } from './parse';
import type { ShellAnalysis, ShellCommand, ShellScript, ShellWord } from './types';
import { sameStrings } from '../text/string-lists';

export { parseShellScript, type ShellTextMap, type ParseShellOptions } from './parse';
export { shellDialect, shebangDialect, type ShellDialect } from './dialect';

/** `RUN <<EOF` alone: BuildKit runs the first heredoc's body as the script. */
const SINGLE_HEREDOC_MARKER = /^(\d*)<<(-?)([^<]*)$/;

/**
 * Parse the command an instruction runs, following the effective SHELL: RUN (shell form, exec
 * form, heredocs), shell-form CMD and ENTRYPOINT, HEALTHCHECK CMD. Null when the instruction runs
 * no command; `skipped` with a reason when the shell is not one we parse (PowerShell, cmd).
 */
export function analyzeShell(node: Instruction, shell: string[], source: SourceText): ShellAnalysis | null {
  try {
    return analyze(node, shell, source);
  } catch (e) {
    // Never take the linter down: an internal failure is a skip with its reason.
    return { kind: 'skipped', shell: shellDialect(shell).name, reason: `shell analysis failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function analyze(node: Instruction, shell: string[], source: SourceText): ShellAnalysis | null {
  if (node.type === 'Onbuild') return node.trigger ? analyze(node.trigger, shell, source) : null;
  const command = commandOf(node);
  if (!command) return null;
  if (command.type === 'ExecForm') return analyzeExecForm(command, source);
  const dialect = dialectOf(shell);
  const skip = unsupported(dialect);
  if (skip) return skip;
  if (node.type === 'Run' && node.heredocs.length > 0) return analyzeRunHeredocs(command, node.heredocs, dialect, source);
  const script = parseShellScript(command.value, { source, segments: command.segments });
  return parsed(dialect, script, 'shell-form');
}

let lastShell: string[] = [];
let lastDialect: ShellDialect | null = null;

/**
 * `shellDialect(shell)`, remembered for the last argv: most instructions run the same SHELL
 * (the default, or their stage's). Each caller gets its own copy of the options.
 */
function dialectOf(shell: readonly string[]): ShellDialect {
  if (!lastDialect || !sameStrings(shell, lastShell)) {
    lastDialect = shellDialect(shell);
    lastShell = [...shell];
  }
  return { ...lastDialect, options: [...lastDialect.options] };
}

function commandOf(node: Instruction): CommandForm | null {
  switch (node.type) {
    case 'Run':
    case 'Cmd':
    case 'Entrypoint':
      return node.command;
    case 'Healthcheck':
      return node.kind === 'CMD' ? node.command : null;
    default:
      return null;
  }
}

function unsupported(dialect: ShellDialect): ShellAnalysis | null {
  if (dialect.kind === 'posix') return null;
  const reason =
    dialect.kind === 'powershell'
      ? 'PowerShell scripts are not parsed'
      : dialect.kind === 'cmd'
        ? 'cmd.exe scripts are not parsed'
        : `"${dialect.name}" is not a POSIX shell`;
  return { kind: 'skipped', shell: dialect.name, reason };
}

function parsed(dialect: ShellDialect, script: ShellScript, origin: 'shell-form' | 'exec-form' | 'heredoc-script'): ShellAnalysis {
  return { kind: 'parsed', shell: dialect.name, script, shellOptions: dialect.options, origin };
}

/**
 * RUN with heredocs, as BuildKit runs it: a lone `<<EOF` makes the body the script (run by its
 * shebang interpreter when it has one); otherwise the line and the bodies are handed to the shell
 * together, so the shell's own heredoc rules decide (`cat <<EOF > file`: the body is data).
 */
function analyzeRunHeredocs(command: ShellForm, heredocs: Heredoc[], dialect: ShellDialect, source: SourceText): ShellAnalysis {
  if (SINGLE_HEREDOC_MARKER.test(command.value)) {
    const body = heredocs[0];
    const shebang = shebangDialect(body.body);
    const runner = shebang ?? dialect;
    if (shebang && shebang.kind !== 'posix') {
      return { kind: 'skipped', shell: shebang.name, reason: `heredoc script runs "${shebang.name}", not a shell` };
    }
    const script = parseShellScript(body.body, { source, segments: body.bodySegments });
    return parsed(runner, script, 'heredoc-script');
  }
  const joined = reconstituteHeredocs(command, heredocs);
  return parsed(dialect, parseShellScript(joined.text, { source, segments: joined.segments }), 'shell-form');
}

/** The text BuildKit gives the shell: the line, then for each heredoc a newline, its body and its delimiter. */
export function reconstituteHeredocs(command: ShellForm, heredocs: Heredoc[]): { text: string; segments: TextSegment[] } {
  let text = command.value;
  const segments: TextSegment[] = command.segments.map((s) => ({ ...s }));
  const append = (piece: string, pieceSegments: readonly TextSegment[]): void => {
    for (const s of pieceSegments) segments.push({ start: s.start + text.length, fileOffset: s.fileOffset, length: s.length });
    text += piece;
  };
  for (const h of heredocs) {
    append('\n', [{ start: 0, fileOffset: Math.max(0, h.bodyRange.start.offset - 1), length: 0 }]);
    append(h.body, h.bodySegments);
    const terminator = h.terminatorRange ?? h.bodyRange;
    append(h.delimiter, [{ start: 0, fileOffset: terminator.start.offset, length: h.terminatorRange ? h.delimiter.length : 0 }]);
  }
  return { text, segments };
}

/**
 * Exec form: one command straight from the JSON array; when it is `["sh", "-c", "script"]`-like
 * the script is parsed too (its commands follow the outer one).
 */
function analyzeExecForm(command: ExecForm, source: SourceText): ShellAnalysis {
  const script: ShellScript = { commands: [], pipelines: [], errors: [] };
  const args = command.args;
  const program = args.length ? shellDialect(args.map((a) => a.value)) : null;
  if (args.length) script.commands.push(execCommand(command, source));
  if (program && program.kind === 'posix' && program.scriptIndex !== null && args[program.scriptIndex]) {
    const word = args[program.scriptIndex];
    const inner = parseShellScript(word.value, { source, segments: jsonStringSegments(source.text, word) });
    script.commands.push(...inner.commands);
    script.pipelines.push(...inner.pipelines);
    script.errors.push(...inner.errors);
    return { kind: 'parsed', shell: program.name, script, shellOptions: program.options, origin: 'exec-form' };
  }
  return { kind: 'parsed', shell: '', script, shellOptions: [], origin: 'exec-form' };
}

function execCommand(command: ExecForm, source: SourceText): ShellCommand {
  const words: ShellWord[] = command.args.map((a) => ({
    value: a.value,
    raw: source.text.slice(a.range.start.offset, a.range.end.offset),
    range: a.range,
    quoted: false,
    hasExpansion: false,
  }));
  const first = command.args[0];
  const last = command.args[command.args.length - 1];
  return {
    type: 'SimpleCommand',
    name: words[0],
    args: words.slice(1),
    assignments: [],
    redirects: [],
    range: { start: first.range.start, end: last.range.end },
    context: {
      subshellDepth: 0,
      inSubstitution: false,
      inCompound: false,
      inFunction: false,
      inPipeline: false,
      connector: null,
      statement: 0,
    },
  };
}
