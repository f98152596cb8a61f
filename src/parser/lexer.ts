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
}

function wordTokens(escape: '\\' | '`', suffix: string): LineTokens {
  // A word starting with `--`: a builder flag when it comes right after the keyword. A lone `--` ends the flags.
  const FlagWord = createToken({ name: `FlagWord${suffix}`, pattern: wordPattern('--', escape), categories: [AnyWord], line_breaks: false });
  const Word = createToken({ name: `Word${suffix}`, pattern: wordPattern('', escape), categories: [AnyWord], line_breaks: false });
  return { escape, FlagWord, Word };
}

/** Token types for each escape character (creating them is cheap; lexers are built on demand). */
export const TOKENS: Record<'\\' | '`', LineTokens> = { '\\': wordTokens('\\', ''), '`': wordTokens('`', 'Backtick') };

/** Word tokens that start with `--`. */
export const FLAG_WORDS: ReadonlySet<TokenType> = new Set([TOKENS['\\'].FlagWord, TOKENS['`'].FlagWord]);

const lexers: Partial<Record<'\\' | '`', Lexer>> = {};

/**
 * The lexer for an escape character, built on first use. `safeMode` skips Chevrotain's
 * first-character analysis of the patterns: with three token types it saves start-up time and
 * costs nothing measurable per line.
 */
export function lexerFor(escape: '\\' | '`'): Lexer {
  const t = TOKENS[escape];
  return (lexers[escape] ??= new Lexer([Blank, t.FlagWord, t.Word], {
    positionTracking: 'onlyOffset',
    safeMode: true,
    skipValidations: process.env.NODE_ENV !== 'test',
  }));
}

/** Every token type the grammar may meet, for the parser's vocabulary. */
export function allTokenTypes(): TokenType[] {
  return [Blank, AnyWord, TOKENS['\\'].FlagWord, TOKENS['\\'].Word, TOKENS['`'].FlagWord, TOKENS['`'].Word];
}
