/**
 * Decision functions made from precomputed lookahead paths (see ./grammar-snapshot.ts), deciding
 * as Chevrotain's LL(k) strategy does from the same paths: a test compares them for every token
 * (and pair of tokens where a decision looks two ahead) in both grammars.
 *
 * A path matches when each of its tokens matches the token that far ahead: the same token type,
 * or a token type in that category. An OR takes the first alternative, in order, with a matching
 * path (an empty path always matches) whose GATE, if any, allows it; an OPTION or MANY is entered
 * when one of its paths matches. When every path is one token long a table answers at once.
 */
import type { IOrAlt, IToken, TokenType } from 'chevrotain';

/** What the functions read of the parser they are called on. */
interface LookaheadHost {
  LA_FAST(howFar: number): IToken;
}

type Path = readonly TokenType[];

function matches(token: IToken, type: TokenType): boolean {
  return token.tokenTypeIdx === type.tokenTypeIdx || (type.isParent === true && type.categoryMatchesMap?.[token.tokenTypeIdx!] === true);
}

function pathMatches(host: LookaheadHost, path: Path): boolean {
  for (let i = 0; i < path.length; i++) {
    if (!matches(host.LA_FAST(i + 1), path[i])) return false;
  }
  return true;
}

/** Each token type index a one-token path accepts: its own and those of its category's members. */
function acceptedIndexes(type: TokenType): number[] {
  return [type.tokenTypeIdx!, ...(type.categoryMatches ?? [])];
}

function allSingleTokens(paths: readonly Path[]): boolean {
  return paths.every((path) => path.length === 1);
}

/** The function Chevrotain calls to choose an OR's alternative: its index, or undefined. */
export function alternationDecision(alternatives: readonly (readonly Path[])[], hasPredicates: boolean) {
  if (hasPredicates) {
    return function (this: LookaheadHost, orAlts?: IOrAlt<unknown>[]): number | undefined {
      for (let a = 0; a < alternatives.length; a++) {
        const gate = orAlts?.[a]?.GATE;
        if (gate !== undefined && gate.call(this) === false) continue;
        if (alternatives[a].some((path) => pathMatches(this, path))) return a;
      }
      return undefined;
    };
  }
  if (alternatives.every(allSingleTokens)) {
    const choice: number[] = [];
    alternatives.forEach((paths, a) => {
      for (const path of paths) for (const idx of acceptedIndexes(path[0])) if (choice[idx] === undefined) choice[idx] = a;
    });
    return function (this: LookaheadHost): number | undefined {
      return choice[this.LA_FAST(1).tokenTypeIdx!];
    };
  }
  return function (this: LookaheadHost): number | undefined {
    for (let a = 0; a < alternatives.length; a++) {
      for (const path of alternatives[a]) if (pathMatches(this, path)) return a;
    }
    return undefined;
  };
}

/** The function Chevrotain calls to decide whether to enter an OPTION, MANY or AT_LEAST_ONE. */
export function optionalDecision(paths: readonly Path[]) {
  if (allSingleTokens(paths)) {
    const enter: boolean[] = [];
    for (const path of paths) for (const idx of acceptedIndexes(path[0])) enter[idx] = true;
    return function (this: LookaheadHost): boolean {
      return enter[this.LA_FAST(1).tokenTypeIdx!] === true;
    };
  }
  return function (this: LookaheadHost): boolean {
    return paths.some((path) => pathMatches(this, path));
  };
}
