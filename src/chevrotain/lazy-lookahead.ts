/**
 * Chevrotain's LL(k) lookahead, built on first use instead of up front.
 *
 * `performSelfAnalysis` normally computes a lookahead function for every OR, OPTION and MANY of
 * the grammar before the first token is parsed: for our two grammars that is most of their
 * construction time, paid on every `dflint` start even when the input is a five-line file that
 * reaches a handful of productions. This strategy hands Chevrotain a stub per production that
 * builds the real function (with Chevrotain's own LLkLookaheadStrategy, so decisions are
 * identical) the first time the production is reached, and calls it directly from then on.
 * Grammar validation (run in tests, skipped in the bundle) still uses the full LL(k) checks.
 */
import { LLkLookaheadStrategy, type ILookaheadStrategy, type ILookaheadValidationError, type IOrAlt, type Rule, type TokenType } from 'chevrotain';

type AlternationOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];
type AlternationLookahead = (this: unknown, orAlts?: IOrAlt<unknown>[]) => number | undefined;
type OptionalLookahead = (this: unknown) => boolean;

export class LazyLookaheadStrategy implements ILookaheadStrategy {
  /** Builds the real functions; its own `maxLookahead` only matters to validate(). */
  private readonly eager: ILookaheadStrategy;

  constructor(options: { maxLookahead: number }) {
    this.eager = new LLkLookaheadStrategy(options);
  }

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return this.eager.validate(options);
  }

  buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
    const eager = this.eager;
    let built: AlternationLookahead | undefined;
    return function lazyAlternation(this: unknown, orAlts?: IOrAlt<unknown>[]) {
      built ??= eager.buildLookaheadForAlternation(options) as AlternationLookahead;
      return built.call(this, orAlts);
    };
  }

  buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
    const eager = this.eager;
    let built: OptionalLookahead | undefined;
    return function lazyOptional(this: unknown) {
      built ??= eager.buildLookaheadForOptional(options) as OptionalLookahead;
      return built.call(this);
    };
  }
}
