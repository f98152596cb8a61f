/**
 * Chevrotain tokens for one logical instruction line (continuations already joined).
 * A word is a run of non-blank characters in which quotes group blanks and the escape character
 * protects the next character, exactly the word boundaries BuildKit uses for ENV/LABEL/ARG and
 * for leading `--flag` words. Every character of a line belongs to some token, so lexing never fails.
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

export const Blank = createToken({ name: 'Blank', pattern: /[ \t\v\f\r]+/, line_breaks: false });

/** Category matched by every kind of word. */
export const AnyWord = createToken({ name: 'AnyWord', pattern: Lexer.NA });

function wordPattern(prefix: string, escape: '\\' | '`'): RegExp {
  const e = escape === '\\' ? '\\\\' : '`';
  const body = `(?:[^ \\t\\v\\f\\r"'${e}]|${e}[\\s\\S]?|"(?:[^"${e}]|${e}[\\s\\S]?)*"?|'[^']*'?)`;
  return new RegExp(`${prefix}${body}${prefix ? '*' : '+'}`);
}

export interface LineTokens {
  readonly escape: '\\' | '`';
  readonly FlagWord: TokenType;
  readonly Word: TokenType;
  readonly lexer: Lexer;
}

function buildTokens(escape: '\\' | '`'): LineTokens {
  // A word starting with `--`: a builder flag when it comes right after the keyword. A lone `--` ends the flags.
  const FlagWord = createToken({ name: 'FlagWord', pattern: wordPattern('--', escape), categories: [AnyWord], line_breaks: false, start_chars_hint: ['-'] });
  const Word = createToken({ name: 'Word', pattern: wordPattern('', escape), categories: [AnyWord], line_breaks: false });
  const lexer = new Lexer([Blank, FlagWord, Word], {
    positionTracking: 'onlyOffset',
    ensureOptimizations: false,
    skipValidations: process.env.NODE_ENV !== 'test',
  });
  return { escape, FlagWord, Word, lexer };
}

const cache: Partial<Record<'\\' | '`', LineTokens>> = {};

/** The lexer for an escape character, built on first use. */
export function lineTokens(escape: '\\' | '`'): LineTokens {
  return (cache[escape] ??= buildTokens(escape));
}

/** All token types a grammar may meet, for the parser's vocabulary. */
export function allTokenTypes(): TokenType[] {
  const a = lineTokens('\\');
  const b = lineTokens('`');
  return [Blank, AnyWord, a.FlagWord, a.Word, b.FlagWord, b.Word];
}
