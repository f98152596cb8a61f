import { CstParser, type Rule, type TokenType } from 'chevrotain';
import { rebuildNode, snapshotRuleNames, type GrammarSnapshot } from './grammar-snapshot';
import { sameStrings } from '../text/string-lists';
import { LazyLookaheadStrategy } from './lazy-lookahead';

/** Chevrotain's grammar recorder and parser state (traits of its parsers, left out of its type declarations). */
interface GastRecorder {
  enableRecording(): void;
  disableRecording(): void;
  topLevelRuleRecord(name: string, def: () => void): Rule;
}
interface ParserInternals {
  definedRulesNames: string[];
  tokensMap: Record<string, TokenType>;
  lookaheadStrategy: unknown;
}

/** Whether grammars start from their build-time snapshots; `npm run gen` and tests record afresh. */
let snapshotsEnabled = true;

export function useGrammarSnapshots(enabled: boolean): void {
  snapshotsEnabled = enabled;
}

/**
 * A CstParser whose grammar recording leaves the parser object's shape alone, and which can
 * skip the recording altogether given a snapshot made at build time (./grammar-snapshot.ts).
 *
 * `performSelfAnalysis` records the grammar by running every rule with ~90 recording versions of
 * CONSUME, OR, MANY… assigned onto the parser object, then deletes them. The deletes turn the
 * object into a dictionary: for our two grammars that allocated 1.6 MB and took several ms of
 * every start. Here Chevrotain's own `enableRecording` fills a temporary object instead, which is
 * put between the parser and its class as prototype while recording and taken out afterwards.
 * A test checks that the recorded grammar is the same as Chevrotain's own recording gives.
 */
export class PrototypeRecordingCstParser extends CstParser {
  /** The snapshot's rules while `analyse` runs, by name; null when recording. */
  private prebuiltRules: Map<string, Rule> | null = null;

  /**
   * `performSelfAnalysis`, from `snapshot` when there is one for a grammar with these very rules
   * (else by recording); a LazyLookaheadStrategy then decides from the snapshot's paths.
   */
  protected analyse(snapshot: GrammarSnapshot | undefined): void {
    const internals = this as unknown as ParserInternals;
    const strategy = internals.lookaheadStrategy;
    if (snapshotsEnabled && snapshot && strategy instanceof LazyLookaheadStrategy && sameStrings(snapshotRuleNames(snapshot), internals.definedRulesNames)) {
      const tokens = internals.tokensMap;
      this.prebuiltRules = new Map(
        snapshot.rules.map((node) => {
          const rule = rebuildNode(node, tokens) as Rule;
          return [rule.name, rule];
        }),
      );
      strategy.precomputed = { paths: snapshot.lookahead, tokens };
    }
    try {
      this.performSelfAnalysis();
    } finally {
      this.prebuiltRules = null;
    }
  }

  /** Overrides Chevrotain's GastRecorder.enableRecording (called by performSelfAnalysis). */
  enableRecording(): void {
    if (this.prebuiltRules) return;
    const recorder = Object.create(Object.getPrototypeOf(this) as object) as GastRecorder;
    (CstParser.prototype as unknown as GastRecorder).enableRecording.call(recorder);
    Object.setPrototypeOf(this, recorder);
    this.RECORDING_PHASE = true;
  }

  /** Overrides Chevrotain's GastRecorder.disableRecording. */
  disableRecording(): void {
    if (this.prebuiltRules) return;
    Object.setPrototypeOf(this, Object.getPrototypeOf(Object.getPrototypeOf(this)) as object);
    this.RECORDING_PHASE = false;
  }

  /** Overrides Chevrotain's GastRecorder.topLevelRuleRecord: the snapshot's rule, when there is one. */
  topLevelRuleRecord(name: string, def: () => void): Rule {
    const prebuilt = this.prebuiltRules?.get(name);
    if (prebuilt) return prebuilt;
    return (CstParser.prototype as unknown as GastRecorder).topLevelRuleRecord.call(this, name, def);
  }
}
