import type { CstNode, IRecognitionException, IToken } from 'chevrotain';
import type { Range } from '../ast/nodes';
import { decodeWord, heredocSubstitutions, isPlain, type SubstitutionSpan } from './decode';
import * as T from './lexer';
import type {
  ShellAssignment,
  ShellCommand,
  ShellCommandContext,
  ShellParseError,
  ShellPipeline,
  ShellRedirect,
  ShellWord,
} from './types';

/** Where the structure around a command puts it; `connector` is passed separately. */
export type Scope = Omit<ShellCommandContext, 'connector'>;
type Connector = ShellCommandContext['connector'];

/** A command substitution found in a word, parsed after the script that contains it. */
export interface PendingSubstitution {
  /** The fragment whose text holds it, and the inner script's index range there. */
  parent: Fragment;
  start: number;
  end: number;
  /** Inside backquotes, where `\``, `\\` and `\$` are unescaped before the script is read. */
  backquoted: boolean;
  scope: Scope;
}

/** Results shared by the top-level script and all its substitutions. */
export interface BuildOutput {
  commands: ShellCommand[];
  pipelines: ShellPipeline[];
  errors: ShellParseError[];
  pending: PendingSubstitution[];
}

/** One piece of text being built: the whole script, or the inside of a substitution. */
export interface Fragment {
  text: string;
  /** Maps an index of `text` to an index of the top-level text; null for the top level itself. */
  toTop: ((i: number) => number) | null;
  /** Maps a top-level [start, end) to a Dockerfile range. */
  rangeOf: (start: number, end: number) => Range;
  /** Next top-level statement index (only the top-level script counts statements). */
  nextStatement: number;
  topLevel: boolean;
}

/** Dockerfile range of `[start, end)` of a fragment's text. */
export function fragmentRange(frag: Fragment, start: number, end: number): Range {
  const toTop = frag.toTop;
  if (!toTop) return frag.rangeOf(start, end);
  const from = toTop(start);
  return frag.rangeOf(from, end > start ? toTop(end - 1) + 1 : from);
}

type Child = CstNode | IToken;

function isToken(c: Child): c is IToken {
  return (c as IToken).image !== undefined;
}

function startOf(c: Child): number {
  return isToken(c) ? c.startOffset : (c.location?.startOffset ?? NaN);
}

/** Index just past a token (the lexer tracks start offsets only). */
function tokenEnd(t: IToken): number {
  return t.startOffset + t.image.length;
}

function endOf(c: Child): number {
  if (isToken(c)) return tokenEnd(c);
  const e = c.location?.endOffset;
  return e === undefined || e === null || Number.isNaN(e) ? NaN : e + 1;
}

function isUsable(c: Child): boolean {
  return isToken(c) ? !c.isInsertedInRecovery && !Number.isNaN(c.startOffset) : !Number.isNaN(startOf(c));
}

/**
 * The children under `keys` of a CST node, in source order; pieces invented by error recovery
 * are left out. Each key's list is already in order, so they are merged (cheaper than sorting).
 */
function ordered(node: CstNode, keys: readonly string[]): Child[] {
  let merged: Child[] | null = null;
  for (const key of keys) {
    const list = node.children[key];
    if (list !== undefined) merged = merged ? mergeTwo(merged, list) : list;
  }
  if (!merged) return [];
  for (let i = 0; i < merged.length; i++) {
    if (!isUsable(merged[i])) return merged.filter(isUsable);
  }
  return merged;
}

/** Merge two lists that are each in source order; recovery leftovers (no offset) go first. */
function mergeTwo(a: Child[], b: Child[]): Child[] {
  const out = new Array<Child>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const sa = startOf(a[i]);
    const sb = startOf(b[j]);
    out[k++] = (Number.isNaN(sa) ? -1 : sa) <= (Number.isNaN(sb) ? -1 : sb) ? a[i++] : b[j++];
  }
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

const NO_NODES: CstNode[] = [];

function nodes(node: CstNode, key: string): CstNode[] {
  const list = node.children[key] as CstNode[] | undefined;
  if (!list) return NO_NODES;
  for (let i = 0; i < list.length; i++) {
    if (!isUsable(list[i])) return list.filter(isUsable) as CstNode[];
  }
  return list;
}

const NO_TOKENS: IToken[] = [];

function tokens(node: CstNode, key: string): IToken[] {
  const list = node.children[key] as IToken[] | undefined;
  if (!list) return NO_TOKENS;
  for (let i = 0; i < list.length; i++) {
    if (!isUsable(list[i])) return list.filter(isUsable) as IToken[];
  }
  return list;
}

const CONNECTORS: Record<string, Connector> = { ';': ';', '&': '&', '&&': '&&', '||': '||', '|': '|', '|&': '|' };

// Child keys of the CST nodes read in source order.
const SCRIPT_PARTS = ['compoundList', 'ListEnd'];
const LIST_PARTS = ['andOr', 'Separator'];
const AND_OR_OPERATORS = ['AndIf', 'OrIf'];
const PIPE_OPERATORS = ['Pipe', 'PipeAmp'];
const COMPOUND_KINDS = ['subshell', 'braceGroup', 'ifClause', 'forClause', 'whileClause', 'caseClause', 'ArithCmd', 'TestExpr'];

/**
 * Turns the CST of one fragment into commands, pipelines and errors. (Its hot loops index arrays
 * rather than use for…of or forEach: before V8 optimizes them, those allocate an iterator or a
 * closure per loop, and a lint run is mostly before.)
 */
export class ScriptBuilder {
  constructor(
    private readonly frag: Fragment,
    private readonly out: BuildOutput,
  ) {}

  private range(start: number, end: number): Range {
    // A node that error recovery cut short may lack its end.
    return fragmentRange(this.frag, start, Number.isNaN(end) || end < start ? start : end);
  }

  private error(message: string, start: number, end: number): void {
    this.out.errors.push({ message, range: this.range(start, end) });
  }

  script(cst: CstNode, scope: Scope): void {
    const parts = ordered(cst, SCRIPT_PARTS);
    for (let i = 0; i < parts.length; i++) {
      const child = parts[i];
      if (isToken(child)) this.error(`unexpected ${describe(child)}`, child.startOffset, tokenEnd(child));
      else this.compoundList(child, scope);
    }
  }

  private compoundList(node: CstNode, scope: Scope): void {
    let connector: Connector = null;
    let previousWasList = false;
    let lastScope = scope;
    const parts = ordered(node, LIST_PARTS);
    for (let i = 0; i < parts.length; i++) {
      const child = parts[i];
      if (isToken(child)) {
        connector = child.tokenType === T.Newline ? '\n' : CONNECTORS[child.image];
        if (child.payload) this.heredocBodies(child.payload as T.HeredocBody[], lastScope);
        previousWasList = false;
        continue;
      }
      if (previousWasList) this.error('expected ";" or a newline before this command', startOf(child), endOf(child));
      const inner = this.frag.topLevel && scope.statement < 0 ? { ...scope, statement: this.frag.nextStatement++ } : scope;
      this.andOr(child, inner, connector);
      lastScope = inner;
      previousWasList = true;
    }
  }

  private heredocBodies(bodies: T.HeredocBody[], scope: Scope): void {
    for (const body of bodies) {
      if (!body.terminated) {
        this.error(`heredoc "${body.delimiter}" is not terminated`, body.bodyStart, Math.max(body.bodyEnd, body.bodyStart));
      }
      if (body.quoted) continue;
      for (const s of heredocSubstitutions(this.frag.text, body.bodyStart, body.bodyEnd)) this.queue(s, scope);
    }
  }

  private andOr(node: CstNode, scope: Scope, connector: Connector): void {
    // Pipeline i > 0 follows operator i - 1.
    const pipelines = nodes(node, 'pipeline');
    const operators = pipelines.length > 1 ? (ordered(node, AND_OR_OPERATORS) as IToken[]) : NO_TOKENS;
    for (let i = 0; i < pipelines.length; i++) {
      this.pipeline(pipelines[i], scope, i === 0 ? connector : (CONNECTORS[operators[i - 1]?.image] ?? null));
    }
    this.newlinePayloads(node, scope);
  }

  /** Heredoc bodies carried by newlines after `&&`, `||` or `|`. */
  private newlinePayloads(node: CstNode, scope: Scope): void {
    const newlines = tokens(node, 'Newline');
    for (let i = 0; i < newlines.length; i++) {
      const payload = newlines[i].payload as T.HeredocBody[] | undefined;
      if (payload) this.heredocBodies(payload, scope);
    }
  }

  private pipeline(node: CstNode, scope: Scope, connector: Connector): void {
    const elements = nodes(node, 'command');
    const isPipeline = elements.length >= 2;
    const inner = isPipeline ? { ...scope, inPipeline: true } : scope;
    let pipeline: ShellPipeline | null = null;
    if (isPipeline) {
      pipeline = {
        commands: [],
        size: elements.length,
        operators: ordered(node, PIPE_OPERATORS).map((t) => this.range(startOf(t), endOf(t))),
        negated: tokens(node, 'Bang').length % 2 === 1,
        range: this.range(startOf(node), endOf(node)),
      };
      this.out.pipelines.push(pipeline);
    }
    for (let i = 0; i < elements.length; i++) {
      const simple = this.command(elements[i], inner, i === 0 ? connector : '|');
      if (simple && pipeline) pipeline.commands.push(simple);
    }
    this.newlinePayloads(node, scope);
  }

  /** Returns the simple command when the element is one. */
  private command(node: CstNode, scope: Scope, connector: Connector): ShellCommand | null {
    const simple = nodes(node, 'simpleCommand')[0];
    if (simple) return this.simpleCommand(simple, scope, connector);
    for (const child of nodes(node, 'functionDef')) this.functionDef(child, scope);
    for (const child of nodes(node, 'compoundCommand')) this.compoundCommand(child, scope);
    for (const child of nodes(node, 'redirect')) this.redirect(child, scope);
    return null;
  }

  private functionDef(node: CstNode, scope: Scope): void {
    const body = { ...scope, inFunction: true, inCompound: true };
    for (const child of nodes(node, 'compoundCommand')) this.compoundCommand(child, body);
    for (const child of nodes(node, 'redirect')) this.redirect(child, scope);
  }

  private compoundCommand(node: CstNode, scope: Scope): void {
    const compound = { ...scope, inCompound: true };
    for (const child of ordered(node, COMPOUND_KINDS)) {
      if (isToken(child)) {
        // `((…))` and `[[…]]`: no commands of their own, but substitutions inside run.
        this.substitutionsIn(child, scope);
        continue;
      }
      switch (child.name) {
        case 'subshell':
          for (const list of nodes(child, 'compoundList')) this.compoundList(list, { ...scope, subshellDepth: scope.subshellDepth + 1 });
          break;
        case 'braceGroup':
          for (const list of nodes(child, 'compoundList')) this.compoundList(list, scope);
          break;
        case 'ifClause':
        case 'whileClause':
          this.clauseParts(child, compound);
          break;
        case 'forClause':
          for (const w of tokens(child, 'AnyWord')) this.substitutionsIn(w, scope);
          for (const t of tokens(child, 'ArithCmd')) this.substitutionsIn(t, scope);
          this.clauseParts(child, compound);
          break;
        case 'caseClause':
          for (const w of tokens(child, 'AnyWord')) this.substitutionsIn(w, scope);
          for (const item of nodes(child, 'caseItem')) {
            for (const w of tokens(item, 'PatternWord')) this.substitutionsIn(w, scope);
            for (const list of nodes(item, 'compoundList')) this.compoundList(list, compound);
          }
          break;
      }
    }
  }

  /** The command lists and do-groups of if/while/until/for, in order. */
  private clauseParts(node: CstNode, scope: Scope): void {
    // Conditions and branches come in order under one key; a do-group always follows them.
    for (const list of nodes(node, 'compoundList')) this.compoundList(list, scope);
    for (const group of nodes(node, 'doGroup')) {
      for (const list of nodes(group, 'compoundList')) this.compoundList(list, scope);
      for (const brace of nodes(group, 'braceGroup')) {
        for (const list of nodes(brace, 'compoundList')) this.compoundList(list, scope);
      }
    }
  }

  private simpleCommand(node: CstNode, scope: Scope, connector: Connector): ShellCommand {
    const command: ShellCommand = {
      type: 'SimpleCommand',
      name: null,
      args: [],
      assignments: [],
      redirects: [],
      range: this.range(startOf(node), endOf(node)),
      context: {
        subshellDepth: scope.subshellDepth,
        inSubstitution: scope.inSubstitution,
        inCompound: scope.inCompound,
        inFunction: scope.inFunction,
        inPipeline: scope.inPipeline,
        connector,
        statement: scope.statement,
      },
    };
    this.out.commands.push(command);
    // Prefix assignments and redirections precede the name; each kind is in order under its key.
    const assignments = tokens(node, 'Assignment');
    for (let i = 0; i < assignments.length; i++) command.assignments.push(this.assignment(assignments[i], scope));
    this.redirects(node, command.redirects, scope);
    const tails = nodes(node, 'commandTail');
    for (let k = 0; k < tails.length; k++) {
      const tail = tails[k];
      const name = tokens(tail, 'Word')[0];
      if (name) command.name = this.word(name, scope);
      const args = tokens(tail, 'AnyWord');
      for (let i = 0; i < args.length; i++) command.args.push(this.word(args[i], scope));
      this.redirects(tail, command.redirects, scope);
    }
    return command;
  }

  /** Appends the redirections under `node` to `into`. */
  private redirects(node: CstNode, into: ShellRedirect[], scope: Scope): void {
    const list = nodes(node, 'redirect');
    for (let i = 0; i < list.length; i++) into.push(this.redirect(list[i], scope));
  }

  private assignment(token: IToken, scope: Scope): ShellAssignment {
    const eq = token.image.indexOf('=', /^[^[=]*\[/.test(token.image) ? token.image.indexOf(']') : 0);
    const append = token.image[eq - 1] === '+';
    const name = token.image.slice(0, append ? eq - 1 : eq);
    const start = token.startOffset;
    const end = tokenEnd(token);
    let value = eq + 1 < token.image.length ? this.wordAt(start + eq + 1, end, scope) : null;
    // An array `a=(x "y z")` is a list of words: its value stays as written.
    if (value && token.image[eq + 1] === '(') value = { ...value, value: value.raw };
    return { name, append, value, range: this.range(start, end) };
  }

  private redirect(node: CstNode, scope: Scope): ShellRedirect {
    const opToken = tokens(node, 'RedirOp')[0];
    const target = tokens(node, 'AnyWord')[0];
    const fdMatch = opToken ? /^(\d+|\{[^}]*\})/.exec(opToken.image) : null;
    const op = opToken ? opToken.image.slice(fdMatch ? fdMatch[0].length : 0) : '';
    const start = opToken ? opToken.startOffset : startOf(node);
    const end = target ? tokenEnd(target) : opToken ? tokenEnd(opToken) : start;
    return {
      op,
      fd: fdMatch && /^\d+$/.test(fdMatch[0]) ? Number(fdMatch[0]) : null,
      target: target ? this.word(target, scope) : null,
      range: this.range(start, end),
    };
  }

  private word(token: IToken, scope: Scope): ShellWord {
    const start = token.startOffset;
    const end = tokenEnd(token);
    // Most words are plain: their value is the word as written.
    if (isPlain(this.frag.text, start, end)) {
      return { value: token.image, raw: token.image, range: this.range(start, end), quoted: false, hasExpansion: false };
    }
    return this.wordAt(start, end, scope);
  }

  private wordAt(start: number, end: number, scope: Scope): ShellWord {
    const decoded = decodeWord(this.frag.text, start, end);
    if (decoded.unterminated) this.error(`unterminated ${decoded.unterminated}`, start, end);
    for (let i = 0; i < decoded.substitutions.length; i++) this.queue(decoded.substitutions[i], scope);
    return {
      value: decoded.value,
      raw: this.frag.text.slice(start, end),
      range: this.range(start, end),
      quoted: decoded.quoted,
      hasExpansion: decoded.hasExpansion,
    };
  }

  private substitutionsIn(token: IToken, scope: Scope): void {
    const decoded = decodeWord(this.frag.text, token.startOffset, tokenEnd(token));
    for (const s of decoded.substitutions) this.queue(s, scope);
  }

  private queue(span: SubstitutionSpan, scope: Scope): void {
    this.out.pending.push({
      parent: this.frag,
      start: span.start,
      end: span.end,
      backquoted: span.backquoted === true,
      scope: { ...scope, subshellDepth: scope.subshellDepth + 1, inSubstitution: true, inPipeline: false },
    });
  }

  /** Report the parser's errors; `textEnd` places errors at the end of input. */
  recognitionErrors(errors: IRecognitionException[]): void {
    for (const e of errors) {
      const t = e.token;
      const atEnd = !t || t.tokenType?.name === 'EOF' || Number.isNaN(t.startOffset);
      const start = atEnd ? this.frag.text.length : t.startOffset;
      const end = atEnd ? this.frag.text.length : tokenEnd(t);
      this.error(humanize(e), start, end);
    }
  }

  /** Heredoc markers left open when the script ends (no newline followed their line). */
  openHeredocsAtEnd(all: IToken[]): void {
    for (const h of T.pendingHeredocs(all)) {
      this.error(`heredoc "${h.delimiter}" has no body`, h.marker.startOffset, tokenEnd(h.marker));
    }
  }
}

const LABELS: Record<string, string> = {
  Fi: '"fi"',
  Then: '"then"',
  Do: '"do"',
  Done: '"done"',
  Esac: '"esac"',
  In: '"in"',
  RParen: '")"',
  RBrace: '"}"',
  Word: 'a word',
  AnyWord: 'a word',
  PatternWord: 'a case pattern',
  EOF: 'the end of the script',
};

function describe(t: IToken | undefined): string {
  if (!t || t.tokenType?.name === 'EOF' || Number.isNaN(t.startOffset)) return 'end of the script';
  return t.tokenType === T.Newline ? 'newline' : JSON.stringify(t.image);
}

function humanize(e: IRecognitionException): string {
  const found = describe(e.token);
  if (e.name === 'MismatchedTokenException') {
    const m = /--> (\w+) <--/.exec(e.message);
    const expected = m ? (LABELS[m[1]] ?? m[1]) : 'something else';
    return `expected ${expected} but found ${found}`;
  }
  return `unexpected ${found}`;
}
