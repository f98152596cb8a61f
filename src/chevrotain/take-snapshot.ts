/**
 * Makes a grammar's snapshot (./grammar-snapshot.ts) from a parser that recorded its grammar.
 * Used by `npm run gen` and the tests, never at run time.
 */
import { getLookaheadPaths, type CstParser, type LookaheadProductionType, type Rule } from 'chevrotain';
import { encodePaths, lookaheadKey, snapshotNode, type DecisionOptions, type GrammarSnapshot } from './grammar-snapshot';
import { logDecisions } from './lazy-lookahead';
import { useGrammarSnapshots } from './prototype-recording';

/** Builds a parser by recording its grammar, listing the decisions its lookahead strategy is asked for. */
export function recordGrammar<P extends CstParser>(make: () => P): { parser: P; decisions: DecisionOptions[] } {
  const decisions: DecisionOptions[] = [];
  useGrammarSnapshots(false);
  logDecisions(decisions);
  try {
    return { parser: make(), decisions };
  } finally {
    logDecisions(null);
    useGrammarSnapshots(true);
  }
}

/** The recorded rules as data, and for each decision the paths Chevrotain's LL(k) analysis gives. */
export function takeSnapshot(parser: CstParser, decisions: readonly DecisionOptions[]): GrammarSnapshot {
  const rules = Object.values(parser.getGAstProductions()) as Rule[];
  const lookahead: Record<string, string[]> = {};
  for (const d of decisions) {
    const paths = getLookaheadPaths({ occurrence: d.prodOccurrence, rule: d.rule, prodType: (d.prodType ?? 'Alternation') as LookaheadProductionType, maxLookahead: d.maxLookahead });
    lookahead[lookaheadKey(d)] = encodePaths(paths.map((alternative) => alternative.map((path) => path.map((token) => token.name))));
  }
  return { rules: rules.map(snapshotNode), lookahead };
}
