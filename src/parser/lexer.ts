/**
 * Chevrotain tokens for one logical instruction line (continuations already joined).
 *
 * The line lexer has three modes, so that a long RUN line costs a handful of tokens:
 *   keyword  the instruction word, then
 *   flags    leading `--flag[=value]` words, a lone `--` (ends the flags), or the argument:
 *            everything from the first other word to the end of the line, as one token;
 *   rest     after `--`: the argument.
 * A word is a run of non-blank characters in which quotes group blanks and the escape character
 * protects the next character: the word boundaries BuildKit uses for flags and for ENV/LABEL/ARG.
 * A second, single-mode lexer splits an argument into such words for the instructions that need them.
 * Every character belongs to some token, so lexing never fails.
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

type Escape = '\\' | '`';

export const Blank = createToken({ name: 'Blank', pattern: /[ \t\v\f\r]+/, line_breaks: false });

/** The argument text: from the first non-flag word to the end of the line (trailing blanks included). */
export const Argument = createToken({ name: 'Argument', pattern: /[^ \t\v\f\r][\s\S]*/, line_breaks: false });

/** A lone `--`: the end of the flags. */
export const EndOfFlags = createToken({ name: 'EndOfFlags', pattern: /--(?![^ \t\v\f\r])/, line_breaks: false, push_mode: 'rest' });

/** Category of the escape-specific word tokens below. */
export const Keyword = createToken({ name: 'Keyword', pattern: Lexer.NA });
export const FlagWord = createToken({ name: 'FlagWord', pattern: Lexer.NA });
export const Word = createToken({ name: 'Word', pattern: Lexer.NA });

function wordPattern(prefix: string, escape: Escape): RegExp {
  const e = escape === '\\' ? '\\\\' : '`';
  const body = `(?:[^ \\t\\v\\f\\r"'${e}]|${e}[\\s\\S]?|"(?:[^"${e}]|${e}[\\s\\S]?)*"?|'[^']*'?)`;
  return new RegExp(`${prefix}${body}${prefix ? '*' : '+'}`);
}

interface EscapeTokens {
  keyword: TokenType;
  flag: TokenType;
  word: TokenType;
}

function escapeTokens(escape: Escape, suffix: string): EscapeTokens {
  return {
    keyword: createToken({ name: `Keyword${suffix}`, pattern: wordPattern('', escape), categories: [Keyword], line_breaks: false, push_mode: 'flags' }),
    flag: createToken({ name: `FlagWord${suffix}`, pattern: wordPattern('--', escape), categories: [FlagWord], line_breaks: false }),
    word: createToken({ name: `Word${suffix}`, pattern: wordPattern('', escape), categories: [Word], line_breaks: false }),
  };
}

/** Token types for each escape character (cheap to create; the lexers are built on demand). */
const TOKENS: Record<Escape, EscapeTokens> = { '\\': escapeTokens('\\', 'Backslash'), '`': escapeTokens('`', 'Backtick') };

const CONFIG = { positionTracking: 'onlyOffset', safeMode: true, skipValidations: process.env.NODE_ENV !== 'test' } as const;

const lineLexers: Partial<Record<Escape, Lexer>> = {};
const wordLexers: Partial<Record<Escape, Lexer>> = {};

/**
 * The lexer for keyword, flags and argument of a logical line, built on first use. `safeMode`
 * skips Chevrotain's first-character analysis of the patterns: with this few token types it would
 * only cost start-up time.
 */
export function lineLexer(escape: Escape): Lexer {
  const t = TOKENS[escape];
  return (lineLexers[escape] ??= new Lexer(
    { modes: { keyword: [Blank, t.keyword], flags: [Blank, EndOfFlags, t.flag, Argument], rest: [Blank, Argument] }, defaultMode: 'keyword' },
    CONFIG,
  ));
}

/** The lexer that splits an ENV/LABEL/ARG argument into quote-aware words, built on first use. */
export function wordLexer(escape: Escape): Lexer {
  return (wordLexers[escape] ??= new Lexer([Blank, TOKENS[escape].word], CONFIG));
}

/** Every token type the grammar may meet, for the parser's vocabulary. */
export function allTokenTypes(): TokenType[] {
  const escapeSpecific = Object.values(TOKENS).flatMap((t) => [t.keyword, t.flag, t.word]);
  return [Blank, Argument, EndOfFlags, Keyword, FlagWord, Word, ...escapeSpecific];
}
