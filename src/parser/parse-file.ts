/**
 * The physical → logical line layer, following BuildKit's line parser: parser directives at the
 * top, comments, continuation joining driven by the escape character, empty continuation lines,
 * then heredoc bodies after RUN/COPY/ADD lines. Each logical line goes to to-ast.ts.
 */
import type { Comment, Directive, Dockerfile, Heredoc, Instruction, ParseDiagnostic, Range } from '../ast/nodes';
import { SourceText, segmentOffset } from '../ast/source';
import { isValidEscape, matchDirective } from './directives';
import type { HeredocMarker } from './heredoc';
import { LineCursor, skipSpaces } from './lines';
import { SegmentedText } from './segments';
import { buildInstruction, type ParseContext } from './to-ast';

export interface ParseResult {
  ast: Dockerfile;
  source: SourceText;
}

/** How far into a file a NUL makes it binary (git's own heuristic). */
const BINARY_PROBE_LENGTH = 8000;

class FileParser {
  readonly source: SourceText;
  private readonly line: LineCursor;
  readonly bom: boolean;
  escape: '\\' | '`' = '\\';
  private escapeCode = 92; /* \ */
  readonly directives: Directive[] = [];
  readonly comments: Comment[] = [];
  readonly instructions: Instruction[] = [];
  readonly emptyContinuationLines: Range[] = [];
  readonly diagnostics: ParseDiagnostic[] = [];
  private directivesDone = false;
  private ctx: ParseContext | null = null;

  constructor(readonly text: string) {
    this.source = new SourceText(text);
    this.bom = text.charCodeAt(0) === 0xfeff;
    this.line = new LineCursor(text, this.bom);
  }

  run(): Dockerfile {
    const line = this.line;
    if (this.isText()) {
      while (line.advance()) this.readInstruction();
      this.checkEmpty();
    }
    const crlf = /\r?\n/.exec(this.text);
    return {
      type: 'Dockerfile',
      range: this.source.rangeOf(0, this.text.length),
      escapeChar: this.escape,
      directives: this.directives,
      comments: this.comments,
      instructions: this.instructions,
      emptyContinuationLines: this.emptyContinuationLines,
      diagnostics: this.diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset),
      bom: this.bom,
      eol: crlf && crlf[0] === '\r\n' ? '\r\n' : '\n',
    };
  }

  /** Reads the instruction (or comment, directive, blank line) that starts on the current line. */
  private readInstruction(): void {
    // Locals rather than repeated `this.` reads: this runs for every line, often before V8 optimizes it.
    const line = this.line;
    const text = this.text;
    const contentEnd = line.contentEnd;
    const start = skipSpaces(text, line.start, contentEnd);
    if (!this.directivesDone) {
      if (this.tryDirective(start, contentEnd)) return;
      this.directivesDone = true;
    }
    if (start === contentEnd) return;
    if (text.charCodeAt(start) === 35 /* # */) {
      this.addComment(start, contentEnd, false);
      return;
    }
    const joined = new SegmentedText();
    if (this.appendContent(joined, start, contentEnd)) this.readContinuationLines(joined);
    const built = buildInstruction({ text: joined.text, segments: joined.segments, endOffset: line.contentEnd }, this.context());
    if (!built) return;
    if (built.heredocMarkers.length > 0) {
      const heredocs = built.heredocMarkers.map((m) => this.readHeredoc(m, joined));
      built.heredocOwner.heredocs = heredocs;
      const end = heredocs[heredocs.length - 1].range.end;
      extendRange(built.instruction, end);
      if (built.heredocOwner !== built.instruction) extendRange(built.heredocOwner, end);
    }
    this.instructions.push(built.instruction);
  }

  /** Appends the lines that continue an instruction, up to the first that does not end with the escape. */
  private readContinuationLines(joined: SegmentedText): void {
    const line = this.line;
    const text = this.text;
    while (line.advance()) {
      const start = line.start;
      const end = line.contentEnd;
      const s = skipSpaces(text, start, end);
      if (s === end) this.emptyContinuationLines.push(this.source.rangeOf(start, end));
      else if (text.charCodeAt(s) === 35 /* # */) this.addComment(s, end, true);
      else if (!this.appendContent(joined, start, end)) return;
    }
  }

  /** What to-ast.ts needs, made once the directives (and so the escape character) are known. */
  private context(): ParseContext {
    return (this.ctx ??= { source: this.source, escape: this.escape, report: this.report.bind(this) });
  }

  /** Appends one line's content without its continuation escape; true when the line continues. */
  private appendContent(joined: SegmentedText, start: number, end: number): boolean {
    const text = this.text;
    let e = end;
    let c = text.charCodeAt(e - 1);
    while (e > start && (c === 32 || c === 9)) c = text.charCodeAt(--e - 1);
    const escape = this.escapeCode;
    const continues = e > start && c === escape && (e - 1 === start || text.charCodeAt(e - 2) !== escape);
    joined.append(text, start, continues ? e - 1 : end);
    return continues;
  }

  private tryDirective(start: number, end: number): boolean {
    const m = matchDirective(this.text.slice(start, end));
    if (!m) return false;
    const range = (s: number, e: number) => this.source.rangeOf(start + s, start + e);
    if (this.directives.some((d) => d.name === m.name)) {
      this.report('invalid-directive', `Only one "${m.name}" parser directive can be used`, range(0, end - start));
      return true;
    }
    if (m.name === 'escape') {
      if (isValidEscape(m.value)) {
        this.escape = m.value;
        this.escapeCode = m.value.charCodeAt(0);
      }
      else this.report('invalid-escape', `Invalid escape character "${m.value}": use \\ or \``, range(m.valueStart, m.valueEnd));
    }
    this.directives.push({
      type: 'Directive',
      name: m.name,
      value: m.value,
      range: range(0, end - start),
      nameRange: range(m.nameStart, m.nameEnd),
      valueRange: range(m.valueStart, m.valueEnd),
    });
    return true;
  }

  private addComment(start: number, end: number, inContinuation: boolean): void {
    this.comments.push({ type: 'Comment', text: this.text.slice(start + 1, end), range: this.source.rangeOf(start, end), inContinuation });
  }

  /** Reads the body lines of one heredoc up to its terminator (or the end of the file). */
  private readHeredoc(marker: HeredocMarker, line: SegmentedText): Heredoc {
    const body = new SegmentedText();
    const l = this.line;
    const bodyStart = l.end;
    let bodyEnd = bodyStart;
    let terminatorRange: Range | null = null;
    while (l.advance()) {
      let s = l.start;
      if (marker.stripTabs) while (s < l.contentEnd && this.text[s] === '\t') s++;
      if (this.text.slice(s, l.contentEnd) === marker.delimiter) {
        terminatorRange = this.source.rangeOf(l.start, l.contentEnd);
        break;
      }
      body.append(this.text, s, l.contentEnd);
      if (l.end > l.contentEnd && this.text[l.end - 1] === '\n') body.append(this.text, l.end - 1, l.end);
      else body.appendSynthetic('\n', l.contentEnd);
      bodyEnd = l.contentEnd;
    }
    const markerRange = this.source.rangeOf(segmentOffset(line.segments, marker.start), segmentOffset(line.segments, marker.end - 1) + 1);
    if (!terminatorRange) {
      this.report('unterminated-heredoc', `Heredoc <<${marker.delimiter} is never closed: add a line "${marker.delimiter}" after its body`, markerRange);
    }
    const end = terminatorRange ? terminatorRange.end : this.source.positionAt(bodyEnd);
    return {
      type: 'Heredoc',
      delimiter: marker.delimiter,
      stripTabs: marker.stripTabs,
      quoted: marker.quoted,
      fd: marker.fd,
      body: body.text,
      markerRange,
      bodyRange: this.source.rangeOf(bodyStart, Math.max(bodyStart, bodyEnd)),
      bodySegments: body.segments,
      terminatorRange,
      range: { start: markerRange.start, end },
    };
  }

  /**
   * False, with one parse error, for a file that is not UTF-8 text: UTF-16 (what Windows
   * PowerShell's `>` writes), or binary, judged as git does, by a NUL among the first 8000
   * characters. Read as lines, such a file would give a screen of meaningless errors.
   */
  private isText(): boolean {
    const nul = this.text.indexOf('\0');
    if (nul < 0 || nul >= BINARY_PROBE_LENGTH) return true;
    // UTF-16 read as UTF-8: its byte order mark (if any) turns into two U+FFFD or U+FEFF, then every other character is NUL.
    if (/^(?:\uFFFD\uFFFD|\uFEFF)?(?:[^\0]\0[^\0]\0|\0[^\0]\0[^\0])/.test(this.text)) {
      this.report('not-text', 'The file is UTF-16 text; Docker reads a Dockerfile as UTF-8: save it as UTF-8', this.source.rangeOf(0, 0));
    } else {
      const at = this.source.positionAt(nul);
      this.report('not-text', `The file is not text: it has a NUL byte at ${at.line}:${at.column}; a Dockerfile is UTF-8 text`, this.source.rangeOf(nul, nul + 1));
    }
    return false;
  }

  private checkEmpty(): void {
    if (this.instructions.length > 0) return;
    const blank = this.text.replace(/^\uFEFF/, '').trim() === '';
    this.report(
      blank ? 'empty-file' : 'no-instructions',
      blank ? 'The Dockerfile is empty: it needs at least a FROM instruction' : 'The Dockerfile has no instructions, only comments or directives',
      this.source.rangeOf(0, this.text.length),
    );
  }

  private report(code: ParseDiagnostic['code'], message: string, range: Range): void {
    this.diagnostics.push({ code, message, severity: 'error', range });
  }
}

function extendRange(node: Instruction, end: Range['end']): void {
  if (end.offset > node.range.end.offset) node.range = { start: node.range.start, end };
}

export function parseFile(text: string): ParseResult {
  const parser = new FileParser(text);
  const ast = parser.run();
  return { ast, source: parser.source };
}
