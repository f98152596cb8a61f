/**
 * The instruction grammar (Chevrotain CstParser) over the tokens of one logical line:
 *
 *   instruction := Keyword FlagWord* EndOfFlags? Argument?
 *
 * It decides which leading `--words` are builder flags and where the argument begins; what the
 * argument means is decided per instruction in to-ast.ts.
 */
import type { CstNode, IToken } from 'chevrotain';
import { LazyLookaheadStrategy } from '../chevrotain/lazy-lookahead';
import { GRAMMAR_SNAPSHOTS } from '../chevrotain/grammar-snapshots.generated';
import { PrototypeRecordingCstParser } from '../chevrotain/prototype-recording';
import { ALL_TOKEN_TYPES, Argument, EndOfFlags, FlagWord, Keyword } from './lexer';

export class InstructionParser extends PrototypeRecordingCstParser {
  constructor() {
    super(ALL_TOKEN_TYPES, { recoveryEnabled: false, skipValidations: process.env.NODE_ENV !== 'test', maxLookahead: 1, lookaheadStrategy: new LazyLookaheadStrategy({ maxLookahead: 1 }) });
    this.analyse(GRAMMAR_SNAPSHOTS.instruction);
  }

  public instruction = this.RULE('instruction', () => {
    this.CONSUME(Keyword);
    this.MANY(this.flagWord);
    this.OPTION(this.endOfFlags);
    this.OPTION2(this.argument);
  });

  // The bodies of MANY and OPTION, made once instead of as new closures for every line.
  private readonly flagWord = () => this.CONSUME(FlagWord);
  private readonly endOfFlags = () => this.CONSUME(EndOfFlags);
  private readonly argument = () => this.CONSUME(Argument);
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
  if (tokens.length === 0) return null;
  const p = instance();
  p.input = tokens;
  const cst: CstNode = p.instruction();
  if (p.errors.length > 0) return null;
  const { Keyword: keyword, FlagWord: flags, Argument: argument } = cst.children as Record<string, IToken[] | undefined>;
  return { keyword: keyword![0], flags: flags ?? [], argument: argument ? argument[0] : null };
}
