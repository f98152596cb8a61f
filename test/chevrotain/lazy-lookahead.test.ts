import { CstParser, createToken, Lexer, LLkLookaheadStrategy, type IToken } from 'chevrotain';
import { LazyLookaheadStrategy } from '../../src/chevrotain/lazy-lookahead';

const A = createToken({ name: 'A', pattern: /a/ });
const B = createToken({ name: 'B', pattern: /b/ });
const C = createToken({ name: 'C', pattern: /c/ });
const tokens = [A, B, C];
const lexer = new Lexer(tokens, { positionTracking: 'onlyOffset' });

/** A grammar whose OR needs two tokens of lookahead, with an OPTION and a MANY. */
class Tiny extends CstParser {
  constructor(strategy: 'lazy' | 'eager') {
    super(tokens, {
      maxLookahead: 2,
      lookaheadStrategy: strategy === 'lazy' ? new LazyLookaheadStrategy({ maxLookahead: 2 }) : new LLkLookaheadStrategy({ maxLookahead: 2 }),
    });
    this.performSelfAnalysis();
  }

  top = this.RULE('top', () => {
    this.MANY(() => this.SUBRULE(this.item));
    this.OPTION(() => this.CONSUME(C));
  });

  item = this.RULE('item', () => {
    this.OR([
      { ALT: () => { this.CONSUME(A); this.CONSUME(B); } },
      { ALT: () => { this.CONSUME2(A); this.CONSUME3(A); } },
    ]);
  });
}

function parse(parser: Tiny, text: string): { cst: unknown; errors: string[] } {
  parser.input = lexer.tokenize(text).tokens as IToken[];
  const cst = parser.top();
  return { cst: JSON.stringify(cst, (key, value) => (key === 'tokenType' ? value.name : value)), errors: parser.errors.map((e) => e.message) };
}

describe('LazyLookaheadStrategy', () => {
  const lazy = new Tiny('lazy');
  const eager = new Tiny('eager');

  it.each(['', 'ab', 'aa', 'abaac', 'aaabc', 'c', 'ac', 'abb'])('decides exactly as Chevrotain’s own LL(k) strategy on %p', (text) => {
    expect(parse(lazy, text)).toEqual(parse(eager, text));
  });

  it('still reports grammar problems when validations run', () => {
    class Ambiguous extends CstParser {
      constructor() {
        super(tokens, { maxLookahead: 1, lookaheadStrategy: new LazyLookaheadStrategy({ maxLookahead: 1 }) });
        this.performSelfAnalysis();
      }

      top = this.RULE('top', () => {
        this.OR([{ ALT: () => this.CONSUME(A) }, { ALT: () => this.CONSUME2(A) }]);
      });
    }
    expect(() => new Ambiguous()).toThrow(/Ambiguous Alternatives Detected/);
  });
});
