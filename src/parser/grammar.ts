/**
 * The instruction grammar (Chevrotain CstParser) over the tokens of one logical line:
 *
 *   instruction := keyword flags argument
 *   flags       := (Blank FlagWord)* (Blank "--")?
 *   argument    := (Blank | AnyWord)*
 *
 * It decides which leading `--words` are builder flags and where the argument text begins; what
 * the argument means is decided per instruction in to-ast.ts.
 */
import { CstParser, type CstNode, type IToken, type TokenType } from 'chevrotain';
import { AnyWord, Blank, FLAG_WORDS, allTokenTypes } from './lexer';

class InstructionParser extends CstParser {
  constructor(tokens: TokenType[]) {
    super(tokens, { recoveryEnabled: false, skipValidations: process.env.NODE_ENV !== 'test', maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  public instruction = this.RULE('instruction', () => {
    this.CONSUME(AnyWord, { LABEL: 'keyword' });
    this.SUBRULE(this.flags);
    this.SUBRULE(this.argument);
  });

  private flags = this.RULE('flags', () => {
    this.MANY({
      GATE: () => this.isFlagAhead(false),
      DEF: () => {
        this.CONSUME(Blank);
        this.CONSUME(AnyWord, { LABEL: 'flag' });
      },
    });
    this.OPTION({
      GATE: () => this.isFlagAhead(true),
      DEF: () => {
        this.CONSUME2(Blank);
        this.CONSUME2(AnyWord, { LABEL: 'endOfFlags' });
      },
    });
  });

  private argument = this.RULE('argument', () => {
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(Blank) }, { ALT: () => this.CONSUME(AnyWord, { LABEL: 'word' }) }]);
    });
  });

  /** Next two tokens are a blank and a `--word` (`endMarker`: exactly `--`). */
  private isFlagAhead(endMarker: boolean): boolean {
    if (this.LA(1).tokenType !== Blank) return false;
    const word = this.LA(2);
    if (!FLAG_WORDS.has(word.tokenType)) return false;
    return endMarker ? word.image === '--' : word.image !== '--';
  }
}

let parser: InstructionParser | null = null;

/** The shared parser, built (and self-analysed) once on first use. */
function instance(): InstructionParser {
  return (parser ??= new InstructionParser(allTokenTypes()));
}

export interface InstructionCst {
  keyword: IToken;
  flags: IToken[];
  words: IToken[];
}

/** Parses the tokens of one logical line; null when the line holds no word at all. */
export function parseInstructionTokens(tokens: IToken[]): InstructionCst | null {
  const first = tokens.findIndex((t) => t.tokenType !== Blank);
  if (first < 0) return null;
  const p = instance();
  p.input = tokens.slice(first);
  const cst: CstNode = p.instruction();
  if (p.errors.length > 0) return null;
  const flagsNode = cst.children.flags[0] as CstNode;
  const argNode = cst.children.argument[0] as CstNode;
  return {
    keyword: (cst.children.keyword as IToken[])[0],
    flags: (flagsNode.children.flag as IToken[] | undefined) ?? [],
    words: (argNode.children.word as IToken[] | undefined) ?? [],
  };
}
