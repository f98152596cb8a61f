import { createToken, CstParser, LLkLookaheadStrategy, NonTerminal, Terminal, type IOrAlt, type IToken, type Rule, type TokenType } from 'chevrotain';
import { LazyLookaheadStrategy } from '../../src/chevrotain/lazy-lookahead';
import { PrototypeRecordingCstParser } from '../../src/chevrotain/prototype-recording';
import { GRAMMAR_SNAPSHOTS } from '../../src/chevrotain/grammar-snapshots.generated';
import { decodePaths, encodePaths, lookaheadKey, snapshotNode, type DecisionOptions, type GrammarSnapshot } from '../../src/chevrotain/grammar-snapshot';
import { alternationDecision, optionalDecision } from '../../src/chevrotain/lookahead-decisions';
import { recordGrammar, takeSnapshot } from '../../src/chevrotain/take-snapshot';
import { InstructionParser } from '../../src/parser/grammar';
import { ShellGrammar } from '../../src/shell/grammar';

const GRAMMARS: Array<[keyof typeof GRAMMAR_SNAPSHOTS, () => CstParser]> = [
  ['instruction', () => new InstructionParser()],
  ['shell', () => new ShellGrammar(false)],
];

type Recorder = { topLevelRuleRecord(name: string, def: () => void): Rule };

/** How many rules Chevrotain's recorder runs while `make` builds a parser. */
function rulesRecorded(make: () => CstParser): number {
  const recorder = CstParser.prototype as unknown as Recorder;
  const spy = jest.spyOn(recorder, 'topLevelRuleRecord');
  try {
    make();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

const tokensOf = (parser: CstParser) => Object.values((parser as unknown as { tokensMap: Record<string, TokenType> }).tokensMap);
const rulesOf = (parser: CstParser) => Object.values(parser.getGAstProductions()).map(snapshotNode);

describe.each(GRAMMARS)('the %s grammar', (name, make) => {
  const snapshot = GRAMMAR_SNAPSHOTS[name] as GrammarSnapshot;
  const recorded = recordGrammar(make);

  it('starts from its snapshot, recording nothing', () => {
    expect(snapshot.rules.length).toBeGreaterThan(0);
    expect(rulesRecorded(make)).toBe(0);
    expect(rulesRecorded(() => recordGrammar(make).parser)).toBe(snapshot.rules.length);
  });

  it('gets from its snapshot the very GAST a recording makes: classes, properties and their order', () => {
    expect(rulesOf(make())).toEqual(rulesOf(recorded.parser));
    // And the snapshot is what a recording gives today (what `npm run gen -- --check` also holds).
    expect(takeSnapshot(recorded.parser, recorded.decisions)).toEqual(snapshot);
  });

  it('links every rule reference, as a recording does', () => {
    const refs = (parser: CstParser) => {
      const out: string[] = [];
      const walk = (node: { referencedRule?: Rule; nonTerminalName?: string; definition?: unknown[] }) => {
        if (node.nonTerminalName) out.push(`${node.nonTerminalName}->${node.referencedRule?.name}`);
        else for (const child of (node.definition ?? []) as object[]) walk(child);
      };
      for (const rule of Object.values(parser.getGAstProductions())) walk(rule as never);
      return out;
    };
    expect(refs(make())).toEqual(refs(recorded.parser));
  });

  it('decides every OR, OPTION and MANY as Chevrotain does, for every next token (and pair of tokens where it looks two ahead)', () => {
    expect(compareDecisions(recorded.parser, recorded.decisions, snapshot.lookahead)).toBeGreaterThan(tokensOf(recorded.parser).length);
  });
});

/**
 * Compares, for every decision, the function made from the snapshot's paths with Chevrotain's
 * own over every next token (pairs where it looks two ahead) and every set of open and shut
 * GATEs; returns how many cases it compared.
 */
function compareDecisions(parser: CstParser, decisions: readonly DecisionOptions[], lookahead: GrammarSnapshot['lookahead']): number {
  const tokens = tokensOf(parser);
  const chevrotain = new LLkLookaheadStrategy();
  expect(decisions.length).toBeGreaterThan(0);
  let compared = 0;
  for (const decision of decisions) {
    const named = lookahead[lookaheadKey(decision)];
    expect(named).toBeDefined();
    const paths = decodePaths(named).map((alternative) => alternative.map((path) => path.map((n) => tokens.find((t) => t.name === n)!)));
    const sequences = decision.maxLookahead >= 2 ? tokens.flatMap((a) => tokens.map((b) => [a, b])) : tokens.map((a) => [a]);
    const where = (seq: TokenType[]) => [decision.rule.name, decision.prodType ?? 'OR', decision.prodOccurrence, seq.map((t) => t.name)];
    if (decision.prodType === undefined) {
      const options = decision as DecisionOptions & { hasPredicates: boolean; dynamicTokensEnabled: boolean };
      const theirs = chevrotain.buildLookaheadForAlternation(options) as (this: unknown, alts?: IOrAlt<unknown>[]) => number | undefined;
      const ours = alternationDecision(paths, options.hasPredicates);
      const gateSets = options.hasPredicates
        ? Array.from({ length: 2 ** paths.length }, (_, bits) => Array.from({ length: paths.length }, (_, i) => ({ ALT: () => undefined, GATE: () => ((bits >> i) & 1) === 1 })))
        : [undefined];
      for (const seq of sequences) {
        const host = lookaheadHost(seq);
        for (const gates of gateSets) {
          expect([...where(seq), ours.call(host, gates)]).toEqual([...where(seq), theirs.call(host, gates)]);
          compared++;
        }
      }
    } else {
      const theirs = chevrotain.buildLookaheadForOptional({ ...decision, dynamicTokensEnabled: false } as never) as (this: unknown) => boolean;
      const ours = optionalDecision(paths[0]);
      for (const seq of sequences) {
        const host = lookaheadHost(seq);
        expect([...where(seq), ours.call(host)]).toEqual([...where(seq), theirs.call(host)]);
        compared++;
      }
    }
  }
  return compared;
}

/** Choices our grammars do not make: GATEs, ambiguity settled by order, an empty way, categories, two tokens ahead. */
const A = createToken({ name: 'A' });
const B = createToken({ name: 'B' });
const Letter = createToken({ name: 'Letter' });
const C = createToken({ name: 'C', categories: [Letter] });
const D = createToken({ name: 'D', categories: [Letter] });

class Tricky extends PrototypeRecordingCstParser {
  constructor(snapshot?: GrammarSnapshot) {
    super([A, B, C, D, Letter], { maxLookahead: 2, skipValidations: true, lookaheadStrategy: new LazyLookaheadStrategy({ maxLookahead: 2 }) });
    this.analyse(snapshot);
  }

  top = this.RULE('top', () => {
    this.OR([
      { GATE: () => this.LA(1).image === 'x', ALT: () => this.CONSUME(A) },
      { ALT: () => { this.CONSUME2(A); this.CONSUME(B); } },
      { GATE: () => true, ALT: () => this.CONSUME(Letter) },
      { ALT: () => this.CONSUME(C) },
      { ALT: () => undefined },
    ]);
    this.OR2([
      { ALT: () => { this.CONSUME3(A); this.CONSUME2(C); } },
      { ALT: () => { this.CONSUME4(A); this.CONSUME(D); } },
      { ALT: () => this.CONSUME2(Letter) },
      { ALT: () => { this.CONSUME3(C); this.CONSUME5(A); } },
    ]);
    this.OR3([{ ALT: () => this.CONSUME4(Letter) }, { ALT: () => this.CONSUME5(C) }, { ALT: () => this.CONSUME2(B) }]);
    this.MANY(() => { this.CONSUME6(A); this.CONSUME3(Letter); });
    this.OPTION(() => this.CONSUME4(C));
  });
}

describe('decisions made from a snapshot, on a grammar with GATEs, categories, ambiguity and two tokens of lookahead', () => {
  it('are Chevrotain’s', () => {
    const { parser, decisions } = recordGrammar(() => new Tricky());
    const { lookahead } = takeSnapshot(parser, decisions);
    expect(decisions.length).toBe(5);
    expect(compareDecisions(parser, decisions, lookahead)).toBeGreaterThan(2 ** 5 * 6);
  });
});

describe('a snapshot of other rules', () => {
  it('is not used: the grammar is recorded', () => {
    expect(rulesRecorded(() => new Tricky(GRAMMAR_SNAPSHOTS.instruction))).toBe(1);
    const own = recordGrammar(() => new Tricky());
    const snapshot = takeSnapshot(own.parser, own.decisions);
    expect(rulesRecorded(() => new Tricky(snapshot))).toBe(0);
  });
});

describe('the snapshot form', () => {
  it('keeps lookahead paths as strings and reads them back as they were', () => {
    const paths = [[['A']], [['A', 'B'], []], [[], ['C']], [['Letter', 'EOF'], ['B']]];
    const encoded = encodePaths(paths);
    expect(encoded).toEqual(['A', 'A B|', '|C', 'Letter EOF|B']);
    expect(decodePaths(encoded)).toEqual(paths);
  });

  it('refuses what it could not read back', () => {
    expect(() => encodePaths([[]])).toThrow(/no lookahead path/);
    expect(() => encodePaths([[['A|B']]])).toThrow(/token name/);
    expect(() => encodePaths([[['A B']]])).toThrow(/token name/);
  });

  it('writes a node flat, token types by name, and refuses a token type where none belongs', () => {
    const terminal = new Terminal({ terminalType: A, idx: 2 });
    expect(snapshotNode(terminal)).toEqual(['Terminal', 'idx', 2, 'terminalType', 'A']);
    const misplaced = Object.assign(new NonTerminal({ nonTerminalName: 'x', idx: 0 }), { label: A });
    expect(() => snapshotNode(misplaced)).toThrow(/label of a NonTerminal is a token type/);
    const missing = Object.assign(new Terminal({ terminalType: A }), { terminalType: 'A' });
    expect(() => snapshotNode(missing)).toThrow(/terminalType of a Terminal is not a token type/);
  });
});

/** A parser stand-in whose next tokens are of the given types, then end of input. */
function lookaheadHost(types: readonly TokenType[]): { LA_FAST(n: number): IToken; LA(n: number): IToken } {
  const at = (n: number) => ({ tokenTypeIdx: types[n - 1]?.tokenTypeIdx ?? types[types.length - 1].tokenTypeIdx, image: '' }) as IToken;
  return { LA_FAST: at, LA: at };
}
