/**
 * The typed Dockerfile AST. Every node carries an exact `range`:
 * 1-based line/column for people and SARIF, 0-based half-open offsets for edits.
 * The end position is exclusive (it points just past the last character).
 */

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units like the offsets. */
  column: number;
  /** 0-based offset into the file text (after BOM removal the offsets still count the BOM). */
  offset: number;
}

export interface Range {
  start: Position;
  /** Exclusive: the position just after the last character. */
  end: Position;
}

/**
 * Maps a string built from several stretches of the file (a logical line with its
 * continuations removed) back to file offsets. Segments are sorted by `start`.
 */
export interface TextSegment {
  /** Index in the logical string where this stretch starts. */
  start: number;
  /** File offset of that index. */
  fileOffset: number;
  /** Length of the stretch. */
  length: number;
  /**
   * Length in the file, when it differs: a JSON escape (`\"`, `\u0021`) is one character of the
   * string and a stretch of 1 that covers 2 or 6 characters of the file.
   */
  fileLength?: number;
}

/** A piece of source text with its range. `value` is the raw text (continuations removed). */
export interface Word {
  type: 'Word';
  value: string;
  range: Range;
}

export interface Directive {
  type: 'Directive';
  /** Lower-case directive key: `syntax`, `escape`, `check`, or any other key. */
  name: string;
  value: string;
  range: Range;
  nameRange: Range;
  valueRange: Range;
}

export interface Comment {
  type: 'Comment';
  /** Text after the `#`, not trimmed. */
  text: string;
  range: Range;
  /** True for a comment line inside a continued instruction. */
  inContinuation: boolean;
}

export interface Flag {
  type: 'Flag';
  /** Name without the leading `--`, as written (flags are case-sensitive). */
  name: string;
  /** Value after `=`, or null for `--flag` with no `=`. */
  value: string | null;
  /** The whole word as written, e.g. `--from=build`. */
  raw: string;
  range: Range;
  nameRange: Range;
  valueRange: Range | null;
}

/** Why a command that looked like JSON (`[`…) was taken as shell form. */
export type JsonFallbackReason =
  | 'single-quotes'
  | 'unterminated-array'
  | 'unterminated-string'
  | 'invalid-json'
  | 'trailing-text';

/** `["executable", "arg"]`: each element JSON-decoded, with the range of its literal. */
export interface ExecForm {
  type: 'ExecForm';
  args: Word[];
  range: Range;
}

/** Shell form: the logical text (continuations joined exactly as BuildKit joins them). */
export interface ShellForm {
  type: 'ShellForm';
  /** Trimmed at both ends, as BuildKit dumps it. */
  value: string;
  range: Range;
  /** Maps indices of `value` to file offsets. */
  segments: TextSegment[];
  /** Set when the text looked like a JSON array (`[` then a quoted string or `]`) but was not a valid one; shell tests like `[ -f x ]` get none. */
  jsonFallback?: JsonFallbackReason;
}

export type CommandForm = ExecForm | ShellForm;

export interface Heredoc {
  type: 'Heredoc';
  /** The delimiter word without quotes, e.g. `EOF`. */
  delimiter: string;
  /** `<<-`: leading tabs are stripped from body lines. */
  stripTabs: boolean;
  /** Delimiter was quoted (`<<'EOF'`, `<<"EOF"`): no expansion in the body. */
  quoted: boolean;
  /** File descriptor before `<<` (`3<<EOF`), if any. */
  fd: number | null;
  /** The body as the builder sees it (tabs stripped for `<<-`), ending with a newline unless empty. */
  body: string;
  /** Range of the `<<EOF` marker on the instruction line. */
  markerRange: Range;
  /** Range of the body lines (may be empty). */
  bodyRange: Range;
  /** Maps indices of `body` to file offsets. */
  bodySegments: TextSegment[];
  /** Range of the closing delimiter line, or null when the file ended first (a parse error). */
  terminatorRange: Range | null;
  /** From the marker to the end of the terminator. */
  range: Range;
}

export type InstructionKeyword =
  | 'FROM'
  | 'RUN'
  | 'CMD'
  | 'ENTRYPOINT'
  | 'SHELL'
  | 'COPY'
  | 'ADD'
  | 'WORKDIR'
  | 'ENV'
  | 'LABEL'
  | 'ARG'
  | 'EXPOSE'
  | 'USER'
  | 'VOLUME'
  | 'STOPSIGNAL'
  | 'HEALTHCHECK'
  | 'ONBUILD'
  | 'MAINTAINER';

interface InstructionBase {
  /** Upper-case keyword, or the upper-cased unknown word for `Unknown`. */
  keyword: string;
  /** The keyword as written (for casing rules). */
  keywordRaw: string;
  keywordRange: Range;
  /** From the keyword to the end of the last line the instruction used (heredoc bodies included). */
  range: Range;
  /** Leading `--flag[=value]` words, in order. A lone `--` ends them and is not kept. */
  flags: Flag[];
  /** Text after the keyword and flags, continuations joined, trimmed; null when there is none. */
  args: Word | null;
  /** Maps indices of `args.value` to file offsets. */
  argsSegments: TextSegment[];
  /** Heredocs opened on this instruction (RUN, COPY, ADD; empty elsewhere). */
  heredocs: Heredoc[];
  /** True for the trigger nested inside ONBUILD. */
  inOnbuild: boolean;
}

export interface ImageRef {
  type: 'ImageRef';
  /** As written, e.g. `docker.io/library/node:22-alpine@sha256:…` or `${BASE}`. */
  raw: string;
  range: Range;
  /** Registry host when the first path component looks like one (`.`, `:` or `localhost`). */
  registry: string | null;
  /** Repository path without registry, tag or digest, e.g. `library/node` or `node`. */
  name: string;
  tag: string | null;
  digest: string | null;
  nameRange: Range;
  tagRange: Range | null;
  digestRange: Range | null;
  /** True when the reference contains `$` (needs ARG expansion before it means anything). */
  hasVariables: boolean;
}

export interface FromInstruction extends InstructionBase {
  type: 'From';
  image: ImageRef | null;
  /** The `AS` word as written (for FromAsCasing). */
  asKeyword: Word | null;
  stageName: Word | null;
}

export interface RunInstruction extends InstructionBase {
  type: 'Run';
  command: CommandForm | null;
}

export interface CmdInstruction extends InstructionBase {
  type: 'Cmd';
  command: CommandForm | null;
}

export interface EntrypointInstruction extends InstructionBase {
  type: 'Entrypoint';
  command: CommandForm | null;
}

export interface ShellInstruction extends InstructionBase {
  type: 'Shell';
  command: CommandForm | null;
}

export interface CopyInstruction extends InstructionBase {
  type: 'Copy';
  form: 'exec' | 'shell';
  sources: Word[];
  destination: Word | null;
}

export interface AddInstruction extends InstructionBase {
  type: 'Add';
  form: 'exec' | 'shell';
  sources: Word[];
  destination: Word | null;
}

export interface WorkdirInstruction extends InstructionBase {
  type: 'Workdir';
  path: Word | null;
}

export interface KeyValue {
  type: 'KeyValue';
  key: Word;
  /** The value as written (quotes and escapes kept), or null for `ENV key` with nothing after it. */
  value: Word | null;
  /** The value with quotes removed and escapes applied (no variable expansion). */
  unquoted: string;
  /** `=` for `key=value`, `' '` for the legacy `key value` form. */
  separator: '=' | ' ';
  range: Range;
}

export interface EnvInstruction extends InstructionBase {
  type: 'Env';
  pairs: KeyValue[];
}

export interface LabelInstruction extends InstructionBase {
  type: 'Label';
  pairs: KeyValue[];
}

export interface ArgDeclaration {
  type: 'ArgDeclaration';
  name: Word;
  /** Raw default after `=` (quotes kept), or null when none. */
  defaultValue: Word | null;
  /** Default with quotes removed, or null when none. */
  unquoted: string | null;
  range: Range;
}

export interface ArgInstruction extends InstructionBase {
  type: 'Arg';
  declarations: ArgDeclaration[];
}

export interface PortSpec {
  type: 'PortSpec';
  raw: string;
  range: Range;
  /** Parsed port numbers; null when the text has variables or is malformed. */
  start: number | null;
  end: number | null;
  /** Protocol as written after `/` (`tcp`, `UDP`, …), or null. */
  protocol: string | null;
  hasVariables: boolean;
}

export interface ExposeInstruction extends InstructionBase {
  type: 'Expose';
  ports: PortSpec[];
}

export interface UserInstruction extends InstructionBase {
  type: 'User';
  user: Word | null;
  group: Word | null;
}

export interface VolumeInstruction extends InstructionBase {
  type: 'Volume';
  form: 'exec' | 'shell';
  paths: Word[];
}

export interface StopsignalInstruction extends InstructionBase {
  type: 'Stopsignal';
  signal: Word | null;
}

export interface HealthcheckInstruction extends InstructionBase {
  type: 'Healthcheck';
  /** `CMD`, `NONE`, or `OTHER` for anything else (kept in `kindWord`). */
  kind: 'CMD' | 'NONE' | 'OTHER' | null;
  kindWord: Word | null;
  command: CommandForm | null;
}

export interface OnbuildInstruction extends InstructionBase {
  type: 'Onbuild';
  trigger: Instruction | null;
}

export interface MaintainerInstruction extends InstructionBase {
  type: 'Maintainer';
  value: Word | null;
}

export interface UnknownInstruction extends InstructionBase {
  type: 'Unknown';
}

export type Instruction =
  | FromInstruction
  | RunInstruction
  | CmdInstruction
  | EntrypointInstruction
  | ShellInstruction
  | CopyInstruction
  | AddInstruction
  | WorkdirInstruction
  | EnvInstruction
  | LabelInstruction
  | ArgInstruction
  | ExposeInstruction
  | UserInstruction
  | VolumeInstruction
  | StopsignalInstruction
  | HealthcheckInstruction
  | OnbuildInstruction
  | MaintainerInstruction
  | UnknownInstruction;

export type InstructionType = Instruction['type'];

export type InstructionOfType<T extends InstructionType> = Extract<Instruction, { type: T }>;

export type ParseDiagnosticCode =
  | 'empty-file'
  | 'not-text'
  | 'no-instructions'
  | 'unknown-instruction'
  | 'missing-arguments'
  | 'json-non-string'
  | 'invalid-flag'
  | 'invalid-syntax'
  | 'unterminated-heredoc'
  | 'invalid-directive'
  | 'invalid-escape';

export interface ParseDiagnostic {
  code: ParseDiagnosticCode;
  message: string;
  severity: 'error' | 'warning';
  range: Range;
}

export interface Dockerfile {
  type: 'Dockerfile';
  range: Range;
  /** The escape character in effect (`\` unless `# escape=` says otherwise). */
  escapeChar: '\\' | '`';
  directives: Directive[];
  comments: Comment[];
  instructions: Instruction[];
  /** Empty lines inside continued instructions (BuildKit warns: NoEmptyContinuation). */
  emptyContinuationLines: Range[];
  diagnostics: ParseDiagnostic[];
  /** True when the file started with a UTF-8 BOM (offsets still count it). */
  bom: boolean;
  /** Line terminator seen first: `\n` or `\r\n`. */
  eol: '\n' | '\r\n';
}
