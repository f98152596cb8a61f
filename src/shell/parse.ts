import type { Range, TextSegment } from '../ast/nodes';
import { segmentRange, type SourceText } from '../ast/source';
import { fragmentRange, ScriptBuilder, type BuildOutput, type Fragment, type PendingSubstitution, type Scope } from './build';
import { parseShellTokens } from './grammar';
import { tokenizeShell } from './lexer';
import type { ShellScript } from './types';

/** How a script's text maps back to the Dockerfile. */
export interface ShellTextMap {
  source: SourceText;
  /** Maps indices of the script text to file offsets. */
  segments: readonly TextSegment[];
}

export interface ParseShellOptions {
  /**
   * The bodies of this text's heredocs are not in the text (a Dockerfile RUN line whose
   * heredoc bodies the Dockerfile parser already read): a `<<EOF` at the end is not an error.
   */
  externalHeredocs?: boolean;
}

/** Substitutions nest; past this depth they are left unparsed (an error marked as dflint's limitation). */
const MAX_NESTING = 64;

const TOP_SCOPE: Scope = {
  subshellDepth: 0,
  inSubstitution: false,
  inCompound: false,
  inFunction: false,
  inPipeline: false,
  statement: -1,
};

/**
 * Parse a shell script into its simple commands and pipelines, with ranges in the Dockerfile.
 * Never throws: problems are returned in `errors`, with everything that could still be read.
 */
export function parseShellScript(text: string, map: ShellTextMap, options: ParseShellOptions = {}): ShellScript {
  const out: BuildOutput = { commands: [], pipelines: [], errors: [], pending: [] };
  const rangeOf = (start: number, end: number): Range => segmentRange(map.source, map.segments, start, end);
  const top: Fragment = { text, toTop: null, rangeOf, nextStatement: 0, topLevel: true };
  parseFragment(top, TOP_SCOPE, out, !options.externalHeredocs);
  // Command substitutions are parsed once their container is done (the parser is not re-entrant).
  let depthGuard = 0;
  while (out.pending.length) {
    const job = out.pending.shift()!;
    if (job.scope.subshellDepth > MAX_NESTING || ++depthGuard > 100_000) {
      out.errors.push({ message: 'command substitutions nested too deeply', range: fragmentRange(job.parent, job.start, job.end), limitation: true });
      continue;
    }
    parseFragment(childFragment(job), job.scope, out, true);
  }
  sortByStart(out.commands);
  sortByStart(out.pipelines);
  sortByStart(out.errors);
  return { commands: out.commands, pipelines: out.pipelines, errors: out.errors };
}

/** Stable sort by start offset; most lists are in order already (sorting would copy them). */
function sortByStart(list: { range: Range }[]): void {
  for (let i = 1; i < list.length; i++) {
    if (list[i].range.start.offset < list[i - 1].range.start.offset) {
      list.sort((a, b) => a.range.start.offset - b.range.start.offset);
      return;
    }
  }
}

/** The text of a substitution, as the shell reads it, with its index mapping to the top level. */
function childFragment(job: PendingSubstitution): Fragment {
  const parent = job.parent;
  const parentToTop = parent.toTop ?? ((i: number) => i);
  const raw = parent.text.slice(job.start, job.end);
  if (job.backquoted && raw.includes('\\')) {
    // Inside backquotes a backslash before `\``, `\\` or `$` only escapes it.
    let text = '';
    const map: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] === '\\' && (raw[i + 1] === '`' || raw[i + 1] === '\\' || raw[i + 1] === '$')) i++;
      map.push(job.start + i);
      text += raw[i];
    }
    return { text, toTop: (i) => parentToTop(map[Math.min(i, map.length - 1)] ?? job.start), rangeOf: parent.rangeOf, nextStatement: 0, topLevel: false };
  }
  return { text: raw, toTop: (i) => parentToTop(job.start + i), rangeOf: parent.rangeOf, nextStatement: 0, topLevel: false };
}

function parseFragment(frag: Fragment, scope: Scope, out: BuildOutput, reportOpenHeredocs: boolean): void {
  const builder = new ScriptBuilder(frag, out);
  try {
    const lexed = tokenizeShell(frag.text);
    for (const e of lexed.errors) {
      out.errors.push({ message: e.message, range: fragmentRange(frag, e.offset, e.offset + e.length) });
    }
    const { cst, errors } = parseShellTokens(lexed.tokens);
    builder.recognitionErrors(errors);
    builder.script(cst, scope);
    if (reportOpenHeredocs) builder.openHeredocsAtEnd(lexed.tokens);
  } catch (e) {
    // A bug of ours must not take the linter down: report it where the fragment starts.
    const message = e instanceof Error ? e.message : String(e);
    out.errors.push({ message: `shell parser failure: ${message}`, range: fragmentRange(frag, 0, frag.text.length), limitation: true });
  }
}
