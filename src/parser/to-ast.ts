/**
 * Turns one logical line (continuations joined) into a typed instruction node: the CST gives the
 * keyword, the builder flags and the argument words; each instruction then reads its argument the
 * way BuildKit does, with every piece mapped back to an exact file range.
 */
import type {
  ArgDeclaration,
  CommandForm,
  Flag,
  Heredoc,
  ImageRef,
  Instruction,
  KeyValue,
  ParseDiagnosticCode,
  PortSpec,
  Range,
  ShellForm,
  TextSegment,
  Word,
} from '../ast/nodes';
import { segmentOffset, segmentRange, type SourceText } from '../ast/source';
import { parseInstructionTokens } from './grammar';
import { findHeredocMarkers, type HeredocMarker } from './heredoc';
import { parseJsonArray } from './json-array';
import { tokenizeLine } from './lexer';
import { sliceSegments } from './segments';
import { flagWordValue, isSeparator, splitPlain, splitQuotedWords, unquote, verbatimWord, type Span } from './words';
import { checkFlags } from './flags';
import { parseImageRef } from './image-ref';
import { editDistance } from '../text/edit-distance';

export interface LogicalLine {
  text: string;
  segments: TextSegment[];
  /** File offset where the instruction's range ends (end of the last line it used). */
  endOffset: number;
}

export type Report = (code: ParseDiagnosticCode, message: string, range: Range) => void;

export interface ParseContext {
  source: SourceText;
  escape: '\\' | '`';
  /** Adds a parse diagnostic. */
  report: Report;
}

export interface BuiltInstruction {
  instruction: Instruction;
  /** Heredoc markers (indices in the logical line) whose bodies follow the line. */
  heredocMarkers: HeredocMarker[];
  /** The node that owns the heredocs (the trigger for ONBUILD). */
  heredocOwner: Instruction;
}

/** Node type by upper-case keyword (a Map: the keys looked up are fresh strings from toUpperCase). */
const TYPES = new Map<string, Instruction['type']>(
  Object.entries({
    FROM: 'From', RUN: 'Run', CMD: 'Cmd', ENTRYPOINT: 'Entrypoint', SHELL: 'Shell', COPY: 'Copy', ADD: 'Add',
    WORKDIR: 'Workdir', ENV: 'Env', LABEL: 'Label', ARG: 'Arg', EXPOSE: 'Expose', USER: 'User', VOLUME: 'Volume',
    STOPSIGNAL: 'Stopsignal', HEALTHCHECK: 'Healthcheck', ONBUILD: 'Onbuild', MAINTAINER: 'Maintainer',
  } as const),
);

/** Builds ranges and words for one logical line. */
class LineReader {
  constructor(
    readonly line: LogicalLine,
    readonly ctx: ParseContext,
  ) {}

  range(start: number, end: number): Range {
    return segmentRange(this.ctx.source, this.line.segments, start, end);
  }

  word(start: number, end: number, value = this.line.text.slice(start, end)): Word {
    return { type: 'Word', value, range: this.range(start, end) };
  }

  report(code: ParseDiagnosticCode, message: string, range: Range): void {
    this.ctx.report(code, message, range);
  }
}

export function buildInstruction(line: LogicalLine, ctx: ParseContext, inOnbuild = false): BuiltInstruction | null {
  const cst = parseInstructionTokens(tokenizeLine(line.text, ctx.escape));
  if (!cst) return null;
  const r = new LineReader(line, ctx);
  const { text, segments } = line;
  const { keyword: kw, argument } = cst;
  const keywordRaw = kw.image;
  const keyword = keywordRaw.toUpperCase();
  const type = TYPES.get(keyword) ?? 'Unknown';
  const kwStart = kw.startOffset;
  const kwEnd = kwStart + keywordRaw.length;
  const flags: Flag[] = [];
  for (let k = 0; k < cst.flags.length; k++) {
    const t = cst.flags[k];
    flags.push(buildFlag(r, t.startOffset, t.startOffset + t.image.length));
  }
  let argStart = -1;
  let argEnd = -1;
  if (argument) {
    argStart = argument.startOffset;
    argEnd = argStart + argument.image.length;
    while (argEnd > argStart && isSeparator(text.charCodeAt(argEnd - 1))) argEnd--;
  }
  const startOffset = segmentOffset(segments, kwStart);
  const args = argStart >= 0 ? r.word(argStart, argEnd) : null;
  const argsSegments = argStart >= 0 ? sliceSegments(segments, argStart, argEnd) : [];
  // Not an `[]` inside the literal below: a nested literal makes V8 deep-copy a boilerplate per node.
  const heredocs: Heredoc[] = [];
  // One object per instruction, built in place: the shared fields first, then the type's own.
  const node = {
    type,
    keyword,
    keywordRaw,
    keywordRange: r.range(kwStart, kwEnd),
    range: ctx.source.rangeOf(startOffset, Math.max(startOffset, line.endOffset)),
    flags,
    args,
    argsSegments,
    heredocs,
    inOnbuild,
  } as Record<string, unknown> as Instruction & Record<string, unknown>;
  const needsWords = argStart >= 0 && (type === 'Env' || type === 'Label' || type === 'Arg');
  const words = needsWords
    ? splitQuotedWords(text, argStart, argEnd, ctx.escape).map((w) => ({ start: w.start, end: w.end, raw: text.slice(w.start, w.end) }))
    : [];
  const a: ArgText = { r, start: argStart, end: argEnd, words, whole: args ? { range: args.range, segments: argsSegments } : null };
  let heredocOwner: Instruction = node;
  let heredocMarkers: HeredocMarker[] = [];
  if (type === 'Onbuild') {
    const trigger = argStart >= 0 ? onbuildTrigger(a, ctx) : null;
    node.trigger = trigger?.instruction ?? null;
    if (trigger) {
      heredocOwner = trigger.heredocOwner;
      heredocMarkers = shiftMarkers(trigger.heredocMarkers, argStart);
    }
  } else {
    readArgument(node, a);
    if ((type === 'Run' || type === 'Copy' || type === 'Add') && argStart >= 0 && !isExecForm(node)) {
      heredocMarkers = shiftMarkers(findHeredocMarkers(text.slice(argStart, argEnd)), argStart);
    }
  }
  checkFlags(node, ctx.report);
  checkArguments(node, a, ctx.report);
  return { instruction: node, heredocMarkers, heredocOwner };
}

/**
 * Sets the fields of the instruction's own type (all but ONBUILD) from its argument. A function of
 * its own so that V8 optimizes the common part of buildInstruction without waiting for all of this.
 */
function readArgument(node: Instruction & Record<string, unknown>, a: ArgText): void {
  switch (node.type) {
    case 'From':
      Object.assign(node, fromParts(a));
      break;
    case 'Run':
    case 'Cmd':
    case 'Entrypoint':
    case 'Shell':
      node.command = commandForm(a);
      break;
    case 'Copy':
    case 'Add':
      Object.assign(node, fileList(a));
      break;
    case 'Workdir':
      node.path = node.args;
      break;
    case 'Maintainer':
      node.value = node.args;
      break;
    case 'Stopsignal':
      node.signal = node.args;
      break;
    case 'User':
      Object.assign(node, userParts(a));
      break;
    case 'Env':
    case 'Label':
      node.pairs = keyValues(a, node.keyword);
      break;
    case 'Arg':
      node.declarations = argDeclarations(a);
      break;
    case 'Expose':
      node.ports = ports(a);
      break;
    case 'Volume': {
      const list = fileList(a);
      node.form = list.form;
      node.paths = list.destination ? [...list.sources, list.destination] : list.sources;
      break;
    }
    case 'Healthcheck':
      Object.assign(node, healthcheck(a));
      break;
    default:
      a.r.report('unknown-instruction', unknownMessage(node.keywordRaw), node.keywordRange);
  }
}

/** Markers found in a sub-string starting at `offset`, moved to indices of the whole line. */
function shiftMarkers(markers: HeredocMarker[], offset: number): HeredocMarker[] {
  return markers.length === 0 ? markers : markers.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
}

/** Characters of an unknown instruction word shown in its message. */
const MAX_SHOWN_WORD = 40;

/** "Unknown instruction", with the instruction meant when the word is a near miss. */
function unknownMessage(word: string): string {
  // Git's conflict markers: `<<<<<<< HEAD`, `=======`, `>>>>>>> branch` (and diff3's `|||||||`).
  if (/^(<{7}|={7}|>{7}|\|{7})$/.test(word)) return `Unresolved merge conflict: "${word}" is a conflict marker, not an instruction`;
  const upper = word.toUpperCase();
  let best: string | null = null;
  let bestDistance = 3;
  for (const known of TYPES.keys()) {
    const d = editDistance(upper, known, bestDistance - 1);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  // A long word is no instruction keyword: its start is enough to find it.
  const shown = word.length > MAX_SHOWN_WORD ? `${word.slice(0, MAX_SHOWN_WORD - 1)}\u2026` : word;
  return best ? `Unknown instruction "${shown}" (did you mean ${best}?)` : `Unknown instruction "${shown}"`;
}

function isExecForm(node: Instruction): boolean {
  if (node.type === 'Run') return node.command?.type === 'ExecForm';
  if (node.type === 'Copy' || node.type === 'Add') return node.form === 'exec';
  return false;
}

interface ArgText {
  r: LineReader;
  /** Span of the argument text in the logical line; -1 when there is none. */
  start: number;
  end: number;
  /** Quote-aware words (BuildKit's ENV/LABEL/ARG splitting); empty for other instructions. */
  words: Array<{ start: number; end: number; raw: string }>;
  /** Range and segments of the span when it is the whole argument, for nodes to share (they are never mutated). */
  whole: { range: Range; segments: TextSegment[] } | null;
}

function buildFlag(r: LineReader, start: number, end: number): Flag {
  const raw = r.line.text.slice(start, end);
  const value = flagWordValue(raw.slice(2));
  const eq = value.indexOf('=');
  const rawEq = raw.indexOf('=');
  const nameEnd = rawEq < 0 ? end : start + rawEq;
  return {
    type: 'Flag',
    name: eq < 0 ? value : value.slice(0, eq),
    value: eq < 0 ? null : value.slice(eq + 1),
    raw,
    range: r.range(start, end),
    nameRange: r.range(start + 2, nameEnd),
    valueRange: rawEq < 0 ? null : r.range(start + rawEq + 1, end),
  };
}

function plainWords(a: ArgText): Word[] {
  if (a.start < 0) return [];
  return splitPlain(a.r.line.text, a.start, a.end).map((s) => a.r.word(s.start, s.end));
}

function fromParts(a: ArgText): { image: ImageRef | null; asKeyword: Word | null; stageName: Word | null } {
  if (a.start < 0) return { image: null, asKeyword: null, stageName: null };
  const text = a.r.line.text;
  const spans = splitPlain(text, a.start, a.end);
  const word = (k: number) => (spans[k] ? a.r.word(spans[k].start, spans[k].end) : null);
  const image = parseImageRef(text.slice(spans[0].start, spans[0].end), spans[0].start, (s, e) => a.r.range(s, e));
  // Only an AS makes the next word a stage name; another word there is a syntax error (checkArguments).
  const second = word(1);
  const asKeyword = second && second.value.toLowerCase() === 'as' ? second : null;
  return { image, asKeyword, stageName: asKeyword && word(2) };
}

function commandForm(a: ArgText): CommandForm | null {
  if (a.start < 0) return null;
  const text = a.r.line.text;
  const json = parseJsonArray(text, a.start, a.end);
  if (json.kind === 'exec') {
    return { type: 'ExecForm', args: json.elements.map((e) => a.r.word(e.start, e.end, e.value)), range: a.whole ? a.whole.range : a.r.range(a.start, a.end) };
  }
  if (json.kind === 'non-string') {
    a.r.report('json-non-string', 'A JSON array here may hold only strings (quote this element or use shell form)', a.r.range(json.start, json.end));
  }
  const shell: ShellForm = {
    type: 'ShellForm',
    value: text.slice(a.start, a.end),
    range: a.whole ? a.whole.range : a.r.range(a.start, a.end),
    segments: a.whole ? a.whole.segments : sliceSegments(a.r.line.segments, a.start, a.end),
  };
  if (json.kind === 'fallback') shell.jsonFallback = json.reason;
  else if (json.kind === 'non-string') shell.jsonFallback = 'invalid-json';
  return shell;
}

function fileList(a: ArgText): { form: 'exec' | 'shell'; sources: Word[]; destination: Word | null } {
  if (a.start < 0) return { form: 'shell', sources: [], destination: null };
  const json = parseJsonArray(a.r.line.text, a.start, a.end);
  let words: Word[];
  let form: 'exec' | 'shell' = 'shell';
  if (json.kind === 'exec') {
    form = 'exec';
    words = json.elements.map((e) => a.r.word(e.start, e.end, e.value));
  } else {
    if (json.kind === 'non-string') {
      a.r.report('json-non-string', 'A JSON array here may hold only strings (quote this element or use the space-separated form)', a.r.range(json.start, json.end));
    }
    words = plainWords(a);
  }
  const destination = words.length > 0 ? words[words.length - 1] : null;
  return { form, sources: words.slice(0, -1), destination };
}

function userParts(a: ArgText): { user: Word | null; group: Word | null } {
  if (a.start < 0) return { user: null, group: null };
  const colon = separatorOutsideBraces(a.r.line.text.slice(a.start, a.end), ':');
  if (colon < 0) return { user: a.r.word(a.start, a.end), group: null };
  return { user: a.r.word(a.start, a.start + colon), group: a.r.word(a.start + colon + 1, a.end) };
}

/** Index of the first `sep` not inside a `${…}` expansion, or -1. */
function separatorOutsideBraces(text: string, sep: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}' && depth > 0) depth--;
    else if (text[i] === sep && depth === 0) return i;
  }
  return -1;
}

function keyValues(a: ArgText, keyword: string): KeyValue[] {
  if (a.start < 0 || a.words.length === 0) return [];
  const { r } = a;
  const text = r.line.text;
  const escape = r.ctx.escape;
  const first = a.words[0];
  if (!first.raw.includes('=')) {
    // Legacy `ENV key value`: the key is the first blank-separated word, the value the rest of the line.
    let keyEnd = a.start;
    while (keyEnd < a.end && !isSeparator(text.charCodeAt(keyEnd))) keyEnd++;
    let valueStart = keyEnd;
    while (valueStart < a.end && isSeparator(text.charCodeAt(valueStart))) valueStart++;
    const key = r.word(a.start, keyEnd);
    if (valueStart >= a.end) {
      r.report('missing-arguments', `${keyword} ${key.value} has no value: write ${keyword} ${key.value}=<value>`, r.range(a.start, a.end));
      return [{ type: 'KeyValue', key, value: null, unquoted: '', separator: ' ', range: r.range(a.start, a.end) }];
    }
    const raw = text.slice(valueStart, a.end);
    return [{ type: 'KeyValue', key, value: r.word(valueStart, a.end), unquoted: unquote(raw, escape), separator: ' ', range: r.range(a.start, a.end) }];
  }
  const pairs: KeyValue[] = [];
  for (let k = 0; k < a.words.length; k++) {
    const w = a.words[k];
    const raw = verbatimWord(w.raw, escape, w.end === a.end);
    const eq = raw.indexOf('=');
    if (eq < 0) {
      r.report('invalid-syntax', `Can't find = in "${raw}": ${keyword} entries must have the form name=value`, r.range(w.start, w.end));
      continue;
    }
    if (eq === 0) {
      reportBlankName(r, keyword, raw, w);
      continue;
    }
    const valueEnd = w.start + raw.length;
    pairs.push({
      type: 'KeyValue',
      key: r.word(w.start, w.start + eq),
      value: r.word(w.start + eq + 1, valueEnd),
      unquoted: unquote(raw.slice(eq + 1), escape),
      separator: '=',
      range: r.range(w.start, w.end),
    });
  }
  return pairs;
}

function argDeclarations(a: ArgText): ArgDeclaration[] {
  const { r } = a;
  const declarations: ArgDeclaration[] = [];
  for (const w of a.words) {
    const raw = verbatimWord(w.raw, r.ctx.escape, w.end === a.end);
    const eq = raw.indexOf('=');
    if (eq === 0) {
      reportBlankName(r, 'ARG', raw, w);
      continue;
    }
    const nameEnd = eq < 0 ? w.start + raw.length : w.start + eq;
    const defaultValue = eq < 0 ? null : r.word(w.start + eq + 1, w.start + raw.length);
    declarations.push({
      type: 'ArgDeclaration',
      name: r.word(w.start, nameEnd),
      defaultValue,
      unquoted: defaultValue ? unquote(defaultValue.value, r.ctx.escape) : null,
      range: r.range(w.start, w.end),
    });
  }
  return declarations;
}

/** `ENV =x`, `LABEL =x`, `ARG =x`: BuildKit refuses an entry with nothing before its `=`; it is left out of the node. */
function reportBlankName(r: LineReader, keyword: string, raw: string, w: { start: number; end: number }): void {
  const form = keyword === 'ARG' ? 'name or name=value' : 'name=value';
  r.report('invalid-syntax', `"${raw}" has no name before "=": ${keyword} entries have the form ${form}`, r.range(w.start, w.end));
}

const PORT_RE = /^(\d+)(?:-(\d+))?(?:\/(\w+))?$/;

function ports(a: ArgText): PortSpec[] {
  return plainWords(a).map((w) => {
    const hasVariables = w.value.includes('$');
    const m = hasVariables ? null : PORT_RE.exec(w.value);
    const slash = w.value.lastIndexOf('/');
    return {
      type: 'PortSpec',
      raw: w.value,
      range: w.range,
      start: m ? Number(m[1]) : null,
      end: m ? Number(m[2] ?? m[1]) : null,
      protocol: slash >= 0 ? w.value.slice(slash + 1) : null,
      hasVariables,
    };
  });
}

function healthcheck(a: ArgText): { kind: 'CMD' | 'NONE' | 'OTHER' | null; kindWord: Word | null; command: CommandForm | null } {
  if (a.start < 0) return { kind: null, kindWord: null, command: null };
  const text = a.r.line.text;
  let sep = a.start;
  while (sep < a.end && !isSeparator(text.charCodeAt(sep))) sep++;
  let next = sep;
  while (next < a.end && isSeparator(text.charCodeAt(next))) next++;
  const kindWord = a.r.word(a.start, sep);
  const upper = kindWord.value.toUpperCase();
  const kind = upper === 'CMD' ? 'CMD' : upper === 'NONE' ? 'NONE' : 'OTHER';
  const command = next < a.end ? commandForm({ ...a, start: next, whole: null }) : null;
  return { kind, kindWord, command };
}

function onbuildTrigger(a: ArgText, ctx: ParseContext): BuiltInstruction | null {
  const sub: LogicalLine = {
    text: a.r.line.text.slice(a.start, a.end),
    segments: sliceSegments(a.r.line.segments, a.start, a.end),
    endOffset: a.r.line.endOffset,
  };
  return buildInstruction(sub, ctx, true);
}

/** What an instruction with no argument at all lacks, for those whose only check is that. */
const REQUIRES: Partial<Record<Instruction['type'], string>> = {
  Workdir: 'a directory, e.g. WORKDIR /app',
  User: 'a user name or UID, e.g. USER app or USER 1000:1000',
  Stopsignal: 'a signal, e.g. STOPSIGNAL SIGTERM',
  Maintainer: 'a name',
  Env: 'at least one name=value pair',
  Label: 'at least one name=value pair',
  Arg: 'a name, e.g. ARG VERSION or ARG VERSION=1.0',
  Expose: 'at least one port, e.g. EXPOSE 8080',
  Volume: 'at least one path',
  Onbuild: 'an instruction to run later, e.g. ONBUILD COPY . /app',
};

function reportMissing(node: Instruction, what: string, report: Report): void {
  report('missing-arguments', `${node.keyword} requires ${what}`, node.keywordRange);
}

/** Instruction-specific argument checks BuildKit makes before building. */
function checkArguments(node: Instruction, a: ArgText, report: Report): void {
  const required = REQUIRES[node.type];
  if (required !== undefined && !node.args) reportMissing(node, required, report);
  switch (node.type) {
    case 'From': {
      const n = node.args ? splitPlainCount(node.args.value) : 0;
      if (n === 0) reportMissing(node, 'a base image, e.g. FROM alpine:3.20', report);
      else if (n !== 1 && n !== 3) report('invalid-syntax', 'FROM takes an image and optionally "AS <name>"', node.args?.range ?? node.keywordRange);
      else if (n === 3 && !node.asKeyword) {
        const found = plainWords(a)[1];
        report('invalid-syntax', `Expected "AS" before the stage name, found "${found.value}"`, found.range);
      }
      break;
    }
    case 'Copy':
    case 'Add':
      if (!node.destination) reportMissing(node, 'at least one source and a destination', report);
      else if (node.sources.length === 0) report('missing-arguments', `${node.keyword} requires at least one source and a destination`, node.args?.range ?? node.keywordRange);
      break;
    case 'Volume':
      for (const p of node.paths) if (p.value === '') report('invalid-syntax', 'VOLUME paths cannot be empty strings', p.range);
      break;
    case 'Shell':
      if (!node.command) reportMissing(node, 'a JSON array, e.g. SHELL ["/bin/sh", "-c"]', report);
      else if (node.command.type !== 'ExecForm') report('invalid-syntax', 'SHELL requires the arguments in JSON form, e.g. SHELL ["/bin/bash", "-c"]', node.command.range);
      break;
    case 'Healthcheck':
      if (!node.kindWord) reportMissing(node, 'CMD <command> or NONE', report);
      else if (node.kind === 'OTHER') report('invalid-syntax', `Unknown HEALTHCHECK type "${node.kindWord.value}" (use CMD or NONE)`, node.kindWord.range);
      else if (node.kind === 'NONE' && node.command) report('invalid-syntax', 'HEALTHCHECK NONE takes no arguments', node.command.range);
      else if (node.kind === 'CMD' && !node.command) report('missing-arguments', 'HEALTHCHECK CMD requires a command', node.kindWord.range);
      break;
    default:
      break;
  }
  // ONBUILD FROM / MAINTAINER / ONBUILD parse (BuildKit refuses them one step later): the rule
  // invalid-onbuild-trigger (hadolint DL3043) reports them once, with its docs and its own code.
}

function splitPlainCount(s: string): number {
  return splitPlain(s, 0, s.length).length;
}

export type { Span };
