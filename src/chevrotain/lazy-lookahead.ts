/**
 * Chevrotain's LL(k) lookahead, built on first use instead of up front.
 *
 * `performSelfAnalysis` normally computes a lookahead function for every OR, OPTION and MANY of
 * the grammar before the first token is parsed: for our two grammars that is most of their
 * construction time, paid on every `dflint` start even when the input is a five-line file that
 * reaches a handful of productions. This strategy hands Chevrotain a stub per production that
 * builds the real function the first time the production is reached, and calls it directly from
 * then on: from the lookahead paths of the grammar's build-time snapshot when it has one
 * (./grammar-snapshot.ts; ./lookahead-decisions.ts decides as Chevrotain does), else with
 * Chevrotain's own LLkLookaheadStrategy. Grammar validation (run in tests, skipped in the
 * bundle) still uses the full LL(k) checks.
 */
import { LLkLookaheadStrategy, type ILookaheadStrategy, type ILookaheadValidationError, type IOrAlt, type Rule, type TokenType } from 'chevrotain';
import { decodePaths, lookaheadKey, tokenNamed, type DecisionOptions } from './grammar-snapshot';
import { alternationDecision, optionalDecision } from './lookahead-decisions';

type AlternationOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];
type AlternationLookahead = (this: unknown, orAlts?: IOrAlt<unknown>[]) => number | undefined;
type OptionalLookahead = (this: unknown) => boolean;

/** Paths by token name as token types. */
function tokenPaths(named: string[][][], tokens: Readonly<Record<string, TokenType>>): TokenType[][][] {
  return named.map((alternative) => alternative.map((path) => path.map((name) => tokenNamed(tokens, name))));
}

/** While set, every decision a LazyLookaheadStrategy is asked about is listed here (for `npm run gen`). */
let decisionLog: DecisionOptions[] | null = null;

export function logDecisions(log: DecisionOptions[] | null): void {
  decisionLog = log;
}

/** Lookahead paths computed at build time (a grammar snapshot's), with the token types they name. */
export interface PrecomputedPaths {
  /** By lookahead key, as the snapshot keeps them (`encodePaths`). */
  paths: Readonly<Record<string, readonly string[]>>;
  tokens: Readonly<Record<string, TokenType>>;
}

export class LazyLookaheadStrategy implements ILookaheadStrategy {
  /** Builds the real functions; its own `maxLookahead` only matters to validate(). */
  private readonly eager: ILookaheadStrategy;
  /** When set, decisions are made from these paths instead of Chevrotain's analysis. */
  precomputed: PrecomputedPaths | null = null;

  constructor(options: { maxLookahead: number }) {
    this.eager = new LLkLookaheadStrategy(options);
  }

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return this.eager.validate(options);
  }

  /** The decision's paths as its grammar's snapshot keeps them (decoded on first use), if it has them. */
  private encodedPaths(options: DecisionOptions): readonly string[] | undefined {
    return this.precomputed?.paths[lookaheadKey(options)];
  }

  buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
    decisionLog?.push(options);
    const eager = this.eager;
    const encoded = this.encodedPaths(options);
    const tokens = this.precomputed?.tokens;
    let built: AlternationLookahead | undefined;
    return function lazyAlternation(this: unknown, orAlts?: IOrAlt<unknown>[]) {
      built ??= encoded
        ? (alternationDecision(tokenPaths(decodePaths(encoded), tokens!), options.hasPredicates) as AlternationLookahead)
        : (eager.buildLookaheadForAlternation(options) as AlternationLookahead);
      return built.call(this, orAlts);
    };
  }

  buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
    decisionLog?.push(options as DecisionOptions);
    const eager = this.eager;
    const encoded = this.encodedPaths(options as DecisionOptions);
    const tokens = this.precomputed?.tokens;
    let built: OptionalLookahead | undefined;
    return function lazyOptional(this: unknown) {
      built ??= encoded
        ? (optionalDecision(tokenPaths(decodePaths(encoded), tokens!)[0]) as OptionalLookahead)
        : (eager.buildLookaheadForOptional(options) as OptionalLookahead);
      return built.call(this);
    };
  }
}
