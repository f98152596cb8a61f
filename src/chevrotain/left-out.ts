/**
 * What the bundles give Chevrotain in place of its Lexer (`scan/lexer_public.js`) and of
 * `@chevrotain/cst-dts-gen` (scripts/build.mjs). dflint tokenizes Dockerfiles and shell scripts
 * by hand (src/parser/lexer.ts, src/shell/lexer.ts) and generates no CST typings, but Chevrotain's
 * entry module loads both, and with the Lexer its regular-expression analysis
 * (`@chevrotain/regexp-to-ast`), whose modules set up tables as they load: ~190 pages of memory
 * and ~2.5 ms of every start. The parser side of Chevrotain reads one thing from the Lexer
 * module, `Lexer.NA`, the pattern of token types that no lexer matches
 * (test/chevrotain/left-out.test.ts holds both to that).
 */

const LEFT_OUT = "is not in dflint's bundles: dflint tokenizes by hand (src/parser/lexer.ts, src/shell/lexer.ts)";

export class Lexer {
  /** Chevrotain's marker pattern for token types that are never lexed: the same expression. */
  static readonly NA = /NOT_APPLICABLE/;

  constructor() {
    throw new Error(`Chevrotain's Lexer ${LEFT_OUT}`);
  }
}

/** Chevrotain exports this enum beside its Lexer; only the Lexer uses it. */
export const LexerDefinitionErrorType: Readonly<Record<string, never>> = Object.freeze({});

export function generateCstDts(): never {
  throw new Error(`Chevrotain's generateCstDts ${LEFT_OUT}`);
}
