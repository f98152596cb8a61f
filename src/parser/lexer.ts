/**
 * Chevrotain tokens for one logical instruction line (continuations already joined).
 *
 * A line is a handful of tokens: the instruction word (Keyword), leading `--flag[=value]` words
 * (FlagWord), a lone `--` that ends the flags (EndOfFlags), and the argument: everything from the
 * first other word to the end of the line (trailing blanks included) as one token. Blanks between
 * them are skipped, as most lexers skip whitespace.
 *
 * The line is scanned by hand rather than by a Chevrotain `Lexer`: four token kinds in a fixed
 * order need no pattern matching, and building a Chevrotain lexer (and running it per line) was
 * a large share of both start-up and parse time. The tokens are ordinary Chevrotain tokens, so the
 * CstParser in grammar.ts reads them as usual.
 */
import { createToken, type IToken, type TokenType } from 'chevrotain';
import { isSeparator, quotedWordEnd } from './words';

export const Keyword = createToken({ name: 'Keyword' });
export const FlagWord = createToken({ name: 'FlagWord' });
export const EndOfFlags = createToken({ name: 'EndOfFlags' });
export const Argument = createToken({ name: 'Argument' });

/** Every token type the grammar may meet, for the parser's vocabulary. */
export const ALL_TOKEN_TYPES: TokenType[] = [Keyword, FlagWord, EndOfFlags, Argument];

function token(tokenType: TokenType, text: string, start: number, end: number): IToken {
  return { image: text.slice(start, end), startOffset: start, endOffset: end - 1, tokenType, tokenTypeIdx: tokenType.tokenTypeIdx as number };
}

/**
 * The tokens of a logical line. Words are BuildKit's: runs of non-blank characters in which quotes
 * group blanks and the escape character protects the next character.
 */
export function tokenizeLine(text: string, escape: '\\' | '`'): IToken[] {
  const tokens: IToken[] = [];
  const n = text.length;
  let i = skipBlanks(text, 0);
  if (i === n) return tokens;
  const escapeCode = escape.charCodeAt(0);
  let end = quotedWordEnd(text, i, n, escapeCode);
  tokens.push(token(Keyword, text, i, end));
  i = skipBlanks(text, end);
  // Flags: `--` alone ends them; any other word starting with `--` is one.
  while (i < n && text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 45) {
    if (i + 2 === n || isSeparator(text.charCodeAt(i + 2))) {
      tokens.push(token(EndOfFlags, text, i, i + 2));
      i = skipBlanks(text, i + 2);
      break;
    }
    end = quotedWordEnd(text, i + 2, n, escapeCode);
    tokens.push(token(FlagWord, text, i, end));
    i = skipBlanks(text, end);
  }
  if (i < n) tokens.push(token(Argument, text, i, n));
  return tokens;
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && isSeparator(text.charCodeAt(i))) i++;
  return i;
}
