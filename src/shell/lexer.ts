import { createToken, type IToken, type TokenType } from 'chevrotain';
import { heredocDelimiter, heredocLine, scanArithmeticCommand, scanTestExpression, scanWord } from './scan';

export { heredocDelimiter } from './scan';

/**
 * Tokens of the shell grammar, and `tokenizeShell`, which produces them for the Chevrotain parser.
 *
 * The tokenizer is a hand-written dispatch on each token's first character rather than a
 * Chevrotain `Lexer`: most tokens are scanned by functions anyway (a shell word is not a regular
 * language: `"a $(b "c") d"` nests), and a `Lexer` costs ~12 ms to build and a generic loop per
 * token. It keeps the rules such a `Lexer` applied: at each position the token types are tried in
 * the order of `allTokens`, the first that matches wins, and a character that starts no token
 * (one outside Latin-1 at a token start) is an error of one character.
 *
 * Reserved words and assignments are words labelled as such when they are made: whether `done`
 * is reserved depends only on the word itself, while its position decides the grammar (the
 * parser accepts any word as an argument).
 */

/** Every word-like token: valid as an argument, a redirection target, a `for` item. */
export const AnyWord = createToken({ name: 'AnyWord' });
/** Words that may be a `case` pattern: all but `esac`. */
export const PatternWord = createToken({ name: 'PatternWord' });
/** Tokens that can end a command list; at the top level they are stray (a syntax error). */
export const ListEnd = createToken({ name: 'ListEnd' });
/** `;`, `&` and newline: what separates the and-or lists of a command list. */
export const Separator = createToken({ name: 'Separator' });

/** A newline, and the heredoc bodies it starts (kept in the token's payload). */
export const Newline = createToken({ name: 'Newline', categories: [Separator] });
/** `[[ … ]]` taken whole: inside it `<`, `(` and `|` are operands, not shell operators. */
export const TestExpr = createToken({ name: 'TestExpr' });
/** `(( … ))` arithmetic command taken whole. */
export const ArithCmd = createToken({ name: 'ArithCmd' });
export const DSemiAmp = createToken({ name: 'DSemiAmp', categories: [ListEnd] });
export const DSemi = createToken({ name: 'DSemi', categories: [ListEnd] });
export const SemiAmp = createToken({ name: 'SemiAmp', categories: [ListEnd] });
export const Semi = createToken({ name: 'Semi', categories: [Separator] });
export const AndIf = createToken({ name: 'AndIf', categories: [ListEnd] });
export const OrIf = createToken({ name: 'OrIf', categories: [ListEnd] });
export const PipeAmp = createToken({ name: 'PipeAmp', categories: [ListEnd] });
export const Pipe = createToken({ name: 'Pipe', categories: [ListEnd] });
/** A redirection operator with its optional fd (`2>`, `{fd}>`); `<(` and `>(` are words. */
export const RedirOp = createToken({ name: 'RedirOp' });
export const Amp = createToken({ name: 'Amp', categories: [Separator] });
export const LParen = createToken({ name: 'LParen' });
export const RParen = createToken({ name: 'RParen', categories: [ListEnd] });
export const Word = createToken({ name: 'Word', categories: [AnyWord, PatternWord] });
/** `name=value` (or `name+=`, `name[i]=`) where an assignment may stand. */
export const Assignment = createToken({ name: 'Assignment', categories: [AnyWord, PatternWord] });

function keyword(name: string, ...extra: TokenType[]): TokenType {
  return createToken({ name, categories: [AnyWord, PatternWord, ...extra] });
}

export const If = keyword('If');
export const Then = keyword('Then', ListEnd);
export const Else = keyword('Else', ListEnd);
export const Elif = keyword('Elif', ListEnd);
export const Fi = keyword('Fi', ListEnd);
export const Do = keyword('Do', ListEnd);
export const Done = keyword('Done', ListEnd);
export const Case = keyword('Case');
export const Esac = createToken({ name: 'Esac', categories: [AnyWord, ListEnd] });
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

/** The token types the parser knows, in the order the tokenizer tries them at a position. */
export const allTokens: TokenType[] = [
  Newline,
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

/**
 * The heredocs whose markers are on the last line of `tokens` (after its last newline).
 * `isDelimiter` says which token may follow `<<` as the delimiter.
 */
export function pendingHeredocs(
  tokens: IToken[],
  isDelimiter: (t: IToken) => boolean = (t) => t.tokenType === Word,
): { delimiter: string; stripTabs: boolean; quoted: boolean; marker: IToken }[] {
  const found: { delimiter: string; stripTabs: boolean; quoted: boolean; marker: IToken }[] = [];
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.tokenType === Newline) break;
    if (t.tokenType !== RedirOp) continue;
    const op = t.image.replace(/^[0-9]+|^\{[^}]*\}/, '');
    const target = tokens[k + 1];
    if (heredocOps.has(op) && target && isDelimiter(target)) {
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

/** Made by the word scanner, whatever label it then got: while lexing, any word delimits a heredoc. */
function isScannedWord(t: IToken): boolean {
  return t.tokenType === Word || t.tokenType === Assignment || RESERVED.get(t.image) === t.tokenType;
}

function readHeredocBodies(text: string, offset: number, tokens: IToken[]): { end: number; bodies: HeredocBody[] } {
  const pending = pendingHeredocs(tokens, isScannedWord);
  const bodies: HeredocBody[] = [];
  let pos = offset;
  for (const h of pending) {
    const bodyStart = pos;
    let terminated = false;
    let bodyEnd = text.length;
    while (pos < text.length) {
      const { next, closes } = heredocLine(text, pos, h);
      if (closes) {
        bodyEnd = pos;
        terminated = true;
        pos = next;
        break;
      }
      pos = next;
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

const REDIRECTION = /(?:\d+|\{[A-Za-z_][A-Za-z0-9_]*\})?(?:&>>|&>|<<<|<<-|<<|<>|<&|>>|>&|>\||<(?!\()|>(?!\())/y;

/** End of the redirection operator at `i`, or -1. */
function redirectionEnd(text: string, i: number): number {
  REDIRECTION.lastIndex = i;
  return REDIRECTION.test(text) ? REDIRECTION.lastIndex : -1;
}

/** End of the blanks (and backslash-newlines) at `i`; `i` when there are none. */
function whitespaceEnd(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    // space, tab, \r, \f, \v
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) i++;
    else if (c === 92 && text.charCodeAt(i + 1) === 10) i += 2;
    else if (c === 92 && text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10) i += 3;
    else return i;
  }
}

/** End of the `[[ … ]]` at `i`, or -1 when `[` does not start one. */
function testExpressionEnd(text: string, i: number): number {
  if (text.charCodeAt(i + 1) !== 91) return -1;
  const next = text.charCodeAt(i + 2);
  if (next !== 32 && next !== 9 && next !== 10) return -1;
  return scanTestExpression(text, i);
}

/** End of the `(( … ))` at `i`, or -1 when `(` does not start one. */
function arithmeticCommandEnd(text: string, i: number): number {
  return text.charCodeAt(i + 1) === 40 ? scanArithmeticCommand(text, i) : -1;
}

export interface ShellTokens {
  tokens: IToken[];
  /** Characters that start no token: outside Latin-1, where a token should start. */
  errors: { offset: number; length: number; message: string }[];
}

/** Tokenize a script: the tokens the parser reads, reserved words and assignments labelled. */
export function tokenizeShell(text: string): ShellTokens {
  const tokens: IToken[] = [];
  const errors: ShellTokens['errors'] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let type: TokenType;
    let end: number;
    let payload: HeredocBody[] | undefined;
    switch (c) {
      case 10: // \n
      case 13: {
        // \r: a CRLF is a newline, a lone CR a blank
        const afterBreak = c === 10 ? i + 1 : text.charCodeAt(i + 1) === 10 ? i + 2 : -1;
        if (afterBreak < 0) {
          i = whitespaceEnd(text, i);
          continue;
        }
        const read = readHeredocBodies(text, afterBreak, tokens);
        type = Newline;
        end = read.end;
        if (read.bodies.length) payload = read.bodies;
        break;
      }
      case 32:
      case 9:
      case 12:
      case 11:
        i = whitespaceEnd(text, i);
        continue;
      case 35: {
        // # comment, to the end of the line
        const eol = text.indexOf('\n', i);
        i = eol < 0 ? n : eol;
        continue;
      }
      case 92: {
        // a backslash-newline is a blank; any other backslash starts a word
        const blank = whitespaceEnd(text, i);
        if (blank > i) {
          i = blank;
          continue;
        }
        type = Word;
        end = scanWord(text, i);
        break;
      }
      case 91:
        end = testExpressionEnd(text, i);
        type = end >= 0 ? TestExpr : Word;
        if (end < 0) end = scanWord(text, i);
        break;
      case 40:
        end = arithmeticCommandEnd(text, i);
        type = end >= 0 ? ArithCmd : LParen;
        if (end < 0) end = i + 1;
        break;
      case 41:
        type = RParen;
        end = i + 1;
        break;
      case 59: {
        // ; ;; ;;& ;&
        const next = text.charCodeAt(i + 1);
        const third = text.charCodeAt(i + 2);
        type = next === 59 ? (third === 38 ? DSemiAmp : DSemi) : next === 38 ? SemiAmp : Semi;
        end = i + (type === DSemiAmp ? 3 : type === Semi ? 1 : 2);
        break;
      }
      case 38: // & && &> &>>
        if (text.charCodeAt(i + 1) === 38) {
          type = AndIf;
          end = i + 2;
          break;
        }
        end = redirectionEnd(text, i);
        type = end >= 0 ? RedirOp : Amp;
        if (end < 0) end = i + 1;
        break;
      case 124: {
        // | || |&
        const next = text.charCodeAt(i + 1);
        type = next === 124 ? OrIf : next === 38 ? PipeAmp : Pipe;
        end = type === Pipe ? i + 1 : i + 2;
        break;
      }
      default:
        if (c >= 256) {
          errors.push({ offset: i, length: 1, message: `unexpected character: ->${text.charAt(i)}<- at offset: ${i}, skipped 1 characters.` });
          i++;
          continue;
        }
        // digits, `{`, `<` and `>` may start a redirection
        end = (c >= 48 && c <= 57) || c === 123 || c === 60 || c === 62 ? redirectionEnd(text, i) : -1;
        type = end >= 0 ? RedirOp : Word;
        if (end < 0) end = scanWord(text, i);
    }
    const image = text.slice(i, end);
    if (type === Word) type = wordType(image);
    tokens.push({ image, startOffset: i, endOffset: end - 1, tokenTypeIdx: type.tokenTypeIdx!, tokenType: type, payload });
    i = end;
  }
  return { tokens, errors };
}

/** A reserved word's type, `Assignment` for `name=…`, else `Word`. */
function wordType(image: string): TokenType {
  if (image.length <= 8) {
    const reserved = RESERVED.get(image);
    if (reserved) return reserved;
  }
  return image.indexOf('=') > 0 && ASSIGNMENT.test(image) ? Assignment : Word;
}
