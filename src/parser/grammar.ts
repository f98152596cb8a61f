/**
 * The instruction grammar (Chevrotain CstParser) over the tokens of one logical line:
 *
 *   instruction := Keyword flags argument
 *   flags       := (Blank FlagWord)* (Blank EndOfFlags)?
 *   argument    := Blank? Argument? Blank?
 *   wordList    := (Blank | Word)*          (the argument of ENV, LABEL and ARG, lexed again)
 *
 * It decides which leading `--words` are builder flags and where the argument begins; what the
 * argument means is decided per instruction in to-ast.ts.
 */
import { CstParser, tokenMatcher, type CstNode, type IToken } from 'chevrotain';
import { LazyLookaheadStrategy } from '../chevrotain/lazy-lookahead';
import { Argument, Blank, EndOfFlags, FlagWord, Keyword, Word, allTokenTypes } from './lexer';

class InstructionParser extends CstParser {
  constructor() {
    super(allTokenTypes(), { recoveryEnabled: false, skipValidations: process.env.NODE_ENV !== 'test', maxLookahead: 2, lookaheadStrategy: new LazyLookaheadStrategy({ maxLookahead: 2 }) });
    this.performSelfAnalysis();
  }

  public instruction = this.RULE('instruction', () => {
    this.CONSUME(Keyword);
    this.SUBRULE(this.flags);
    this.SUBRULE(this.argument);
  });

  private flags = this.RULE('flags', () => {
    // Both start with a blank, as the argument does: the token after the blank decides.
    this.MANY({
      GATE: () => tokenMatcher(this.LA(2), FlagWord),
      DEF: () => {
        this.CONSUME(Blank);
        this.CONSUME(FlagWord);
      },
    });
    this.OPTION({
      GATE: () => this.LA(2).tokenType === EndOfFlags,
      DEF: () => {
        this.CONSUME2(Blank);
        this.CONSUME(EndOfFlags);
      },
    });
  });

  private argument = this.RULE('argument', () => {
    this.OPTION(() => this.CONSUME(Blank));
    this.OPTION2(() => this.CONSUME(Argument));
    this.OPTION3(() => this.CONSUME2(Blank));
  });

  public wordList = this.RULE('wordList', () => {
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(Blank) }, { ALT: () => this.CONSUME(Word) }]);
    });
  });
}

let parser: InstructionParser | null = null;

/** The shared parser, built (and self-analysed) once on first use. */
function instance(): InstructionParser {
  return (parser ??= new InstructionParser());
}

export interface InstructionCst {
  keyword: IToken;
  flags: IToken[];
  /** The argument text token (trailing blanks included), if any. */
  argument: IToken | null;
}

/** Parses the tokens of one logical line; null when the line holds no word at all. */
export function parseInstructionTokens(tokens: IToken[]): InstructionCst | null {
  let first = 0;
  while (first < tokens.length && tokens[first].tokenType === Blank) first++;
  if (first === tokens.length) return null;
  const p = instance();
  p.input = first === 0 ? tokens : tokens.slice(first);
  const cst: CstNode = p.instruction();
  if (p.errors.length > 0) return null;
  const flags = (cst.children.flags[0] as CstNode).children.FlagWord as IToken[] | undefined;
  const argument = (cst.children.argument[0] as CstNode).children.Argument as IToken[] | undefined;
  return { keyword: (cst.children.Keyword as IToken[])[0], flags: flags ?? [], argument: argument ? argument[0] : null };
}

/** The words (non-blank tokens) of an argument lexed with the word lexer. */
export function parseWordTokens(tokens: IToken[]): IToken[] {
  const p = instance();
  p.input = tokens;
  const cst = p.wordList();
  return (cst.children.Word as IToken[] | undefined) ?? [];
}
