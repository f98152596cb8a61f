import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import { heredocDelimiter, scanArithmeticCommand, scanTestExpression, scanWord } from './scan';

export { heredocDelimiter } from './scan';

/**
 * Tokens of the shell grammar. Words are scanned whole by `scanWord` (quotes and substitutions
 * nest, which no regular expression can follow); reserved words and assignments are words that
 * `tokenizeShell` re-labels afterwards, because whether `done` is reserved depends only on the
 * word itself, while its position decides the grammar (the parser accepts any word as an argument).
 */

/** Every word-like token: valid as an argument, a redirection target, a `for` item. */
export const AnyWord = createToken({ name: 'AnyWord', pattern: Lexer.NA });
/** Words that may be a `case` pattern: all but `esac`. */
export const PatternWord = createToken({ name: 'PatternWord', pattern: Lexer.NA });
/** Tokens that can end a command list; at the top level they are stray (a syntax error). */
export const ListEnd = createToken({ name: 'ListEnd', pattern: Lexer.NA });
/** `;`, `&` and newline: what separates the and-or lists of a command list. */
export const Separator = createToken({ name: 'Separator', pattern: Lexer.NA });

/** One heredoc body read after the newline that ends the line of its `<<` marker. */
export interface HeredocBody {
  delimiter: string;
  stripTabs: boolean;
  /** Index of the body's first character. */
  bodyStart: number;
  /** Index just past the body (the terminator line excluded). */
  bodyEnd: number;
  terminated: boolean;
  /** The delimiter was quoted: the body is taken literally, no expansions. */
  quoted: boolean;
}

const heredocOps = new Set(['<<', '<<-']);


/** The heredocs whose markers are on the line that the newline at `offset` ends. */
export function pendingHeredocs(tokens: IToken[]): { delimiter: string; stripTabs: boolean; quoted: boolean; marker: IToken }[] {
  const found: { delimiter: string; stripTabs: boolean; quoted: boolean; marker: IToken }[] = [];
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.tokenType === Newline) break;
    if (t.tokenType !== RedirOp) continue;
    const op = t.image.replace(/^[0-9]+|^\{[^}]*\}/, '');
    const target = tokens[k + 1];
    if (heredocOps.has(op) && target && target.tokenType === Word) {
      found.unshift({
        delimiter: heredocDelimiter(target.image),
        stripTabs: op === '<<-',
        quoted: /["'\\]/.test(target.image),
        marker: t,
      });
    }
  }
  return found;
}

function readHeredocBodies(text: string, offset: number, tokens: IToken[]): { end: number; bodies: HeredocBody[] } {
  const pending = pendingHeredocs(tokens);
  const bodies: HeredocBody[] = [];
  let pos = offset;
  for (const h of pending) {
    const bodyStart = pos;
    let terminated = false;
    let bodyEnd = text.length;
    while (pos < text.length) {
      const eol = text.indexOf('\n', pos);
      const lineEnd = eol < 0 ? text.length : eol;
      let line = text.slice(pos, lineEnd);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (h.stripTabs) line = line.replace(/^\t+/, '');
      if (line === h.delimiter) {
        bodyEnd = pos;
        terminated = true;
        pos = eol < 0 ? text.length : eol + 1;
        break;
      }
      pos = eol < 0 ? text.length : eol + 1;
    }
    bodies.push({
      delimiter: h.delimiter,
      stripTabs: h.stripTabs,
      bodyStart,
      bodyEnd: terminated ? bodyEnd : text.length,
      terminated,
      quoted: h.quoted,
    });
  }
  return { end: pos, bodies };
}

/** A newline, and the heredoc bodies it starts (kept in the token's payload). */
export const Newline: TokenType = createToken({
  name: 'Newline',
  line_breaks: true,
  start_chars_hint: ['\n', '\r'],
  categories: [Separator],
  pattern: {
    exec: (text: string, offset: number, tokens: IToken[]) => {
      let end = offset;
      if (text.charCodeAt(end) === 13) end++;
      if (text.charCodeAt(end) !== 10) return null;
      end++;
      const { end: afterBodies, bodies } = readHeredocBodies(text, end, tokens);
      const match = [text.slice(offset, afterBodies)] as [string] & { payload?: HeredocBody[] };
      if (bodies.length) match.payload = bodies;
      return match;
    },
  },
});

export const Whitespace = createToken({
  name: 'Whitespace',
  pattern: /(?:[ \t\r\f\v]|\\\r?\n)+/,
  line_breaks: true,
  group: Lexer.SKIPPED,
});

export const Comment = createToken({ name: 'Comment', pattern: /#[^\n]*/, group: Lexer.SKIPPED });

/** `[[ … ]]` taken whole: inside it `<`, `(` and `|` are operands, not shell operators. */
export const TestExpr = createToken({
  name: 'TestExpr',
  line_breaks: true,
  start_chars_hint: ['['],
  pattern: {
    exec: (text: string, offset: number) => {
      if (text.charCodeAt(offset + 1) !== 91) return null;
      const next = text.charCodeAt(offset + 2);
      if (next !== 32 && next !== 9 && next !== 10) return null;
      const end = scanTestExpression(text, offset);
      return end < 0 ? null : [text.slice(offset, end)];
    },
  },
});

/** `(( … ))` arithmetic command taken whole. */
export const ArithCmd = createToken({
  name: 'ArithCmd',
  line_breaks: true,
  start_chars_hint: ['('],
  pattern: {
    exec: (text: string, offset: number) => {
      if (text.charCodeAt(offset + 1) !== 40) return null;
      const end = scanArithmeticCommand(text, offset);
      return end < 0 ? null : [text.slice(offset, end)];
    },
  },
});

export const DSemiAmp = createToken({ name: 'DSemiAmp', pattern: ';;&', categories: [ListEnd] });
export const DSemi = createToken({ name: 'DSemi', pattern: ';;', categories: [ListEnd] });
export const SemiAmp = createToken({ name: 'SemiAmp', pattern: ';&', categories: [ListEnd] });
export const Semi = createToken({ name: 'Semi', pattern: ';', categories: [Separator] });
export const AndIf = createToken({ name: 'AndIf', pattern: '&&', categories: [ListEnd] });
export const OrIf = createToken({ name: 'OrIf', pattern: '||', categories: [ListEnd] });
export const PipeAmp = createToken({ name: 'PipeAmp', pattern: '|&', categories: [ListEnd] });
export const Pipe = createToken({ name: 'Pipe', pattern: '|', categories: [ListEnd] });
/** A redirection operator with its optional fd (`2>`, `{fd}>`); `<(` and `>(` are words. */
export const RedirOp = createToken({
  name: 'RedirOp',
  pattern: /(?:\d+|\{[A-Za-z_][A-Za-z0-9_]*\})?(?:&>>|&>|<<<|<<-|<<|<>|<&|>>|>&|>\||<(?!\()|>(?!\())/,
  start_chars_hint: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '{', '&', '<', '>'],
});
export const Amp = createToken({ name: 'Amp', pattern: '&', categories: [Separator] });
export const LParen = createToken({ name: 'LParen', pattern: '(' });
export const RParen = createToken({ name: 'RParen', pattern: ')', categories: [ListEnd] });

const WORD_START_HINTS: string[] = [];
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  if (!' \t\n\r;&|()'.includes(ch)) WORD_START_HINTS.push(ch);
}

export const Word = createToken({
  name: 'Word',
  line_breaks: true,
  categories: [AnyWord, PatternWord],
  start_chars_hint: WORD_START_HINTS,
  pattern: {
    exec: (text: string, offset: number) => {
      const end = scanWord(text, offset);
      return end > offset ? [text.slice(offset, end)] : null;
    },
  },
});

/** `name=value` (or `name+=`, `name[i]=`) where an assignment may stand. */
export const Assignment = createToken({ name: 'Assignment', pattern: Lexer.NA, categories: [AnyWord, PatternWord] });

function keyword(name: string, ...extra: TokenType[]): TokenType {
  return createToken({ name, pattern: Lexer.NA, categories: [AnyWord, PatternWord, ...extra] });
}

export const If = keyword('If');
export const Then = keyword('Then', ListEnd);
export const Else = keyword('Else', ListEnd);
export const Elif = keyword('Elif', ListEnd);
export const Fi = keyword('Fi', ListEnd);
export const Do = keyword('Do', ListEnd);
export const Done = keyword('Done', ListEnd);
export const Case = keyword('Case');
export const Esac = createToken({ name: 'Esac', pattern: Lexer.NA, categories: [AnyWord, ListEnd] });
export const While = keyword('While');
export const Until = keyword('Until');
export const For = keyword('For');
export const Select = keyword('Select');
export const In = keyword('In', ListEnd);
export const FunctionKw = keyword('Function');
export const Time = keyword('Time');
export const Coproc = keyword('Coproc');
export const LBrace = keyword('LBrace');
export const RBrace = keyword('RBrace', ListEnd);
export const Bang = keyword('Bang');

const RESERVED = new Map<string, TokenType>([
  ['if', If],
  ['then', Then],
  ['else', Else],
  ['elif', Elif],
  ['fi', Fi],
  ['do', Do],
  ['done', Done],
  ['case', Case],
  ['esac', Esac],
  ['while', While],
  ['until', Until],
  ['for', For],
  ['select', Select],
  ['in', In],
  ['function', FunctionKw],
  ['time', Time],
  ['coproc', Coproc],
  ['{', LBrace],
  ['}', RBrace],
  ['!', Bang],
]);

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/;

export const allTokens: TokenType[] = [
  Newline,
  Whitespace,
  Comment,
  TestExpr,
  ArithCmd,
  DSemiAmp,
  DSemi,
  SemiAmp,
  Semi,
  AndIf,
  OrIf,
  PipeAmp,
  Pipe,
  RedirOp,
  Amp,
  LParen,
  RParen,
  Word,
  AnyWord,
  PatternWord,
  ListEnd,
  Separator,
  Assignment,
  ...new Set(RESERVED.values()),
];

let lexer: Lexer | null = null;

function getLexer(): Lexer {
  lexer ??= new Lexer(allTokens, {
    positionTracking: 'onlyOffset',
    skipValidations: process.env.NODE_ENV !== 'test',
    ensureOptimizations: false,
  });
  return lexer;
}

function relabel(token: IToken, type: TokenType): void {
  token.tokenType = type;
  token.tokenTypeIdx = type.tokenTypeIdx!;
}

export interface ShellTokens {
  tokens: IToken[];
  /** Characters no token matched (should not happen: every character starts some token). */
  errors: { offset: number; length: number; message: string }[];
}

/** Tokenize a script and label its reserved words and assignments. */
export function tokenizeShell(text: string): ShellTokens {
  const result = getLexer().tokenize(text);
  for (const t of result.tokens) {
    // The lexer tracks only start offsets (cheaper); the parser's node locations need the end.
    t.endOffset = t.startOffset + t.image.length - 1;
    if (t.tokenType !== Word) continue;
    const reserved = RESERVED.get(t.image);
    if (reserved) relabel(t, reserved);
    else if (ASSIGNMENT.test(t.image)) relabel(t, Assignment);
  }
  return {
    tokens: result.tokens,
    errors: result.errors.map((e) => ({ offset: e.offset, length: e.length, message: e.message })),
  };
}
