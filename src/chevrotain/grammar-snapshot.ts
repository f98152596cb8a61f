/**
 * A grammar's analysis, computed when dflint is built instead of at every start.
 *
 * Chevrotain records a grammar by running every rule once (building its GAST), and computes each
 * choice's lookahead from that GAST. For our two grammars that was ~7 ms of a one-file lint, and
 * ~1.6 MB of short-lived objects (a young-generation collection more). `npm run gen` writes both
 * results to grammar-snapshots.generated.ts: the GAST as plain data, and for every OR, OPTION and
 * MANY the token sequences that choose each way (Chevrotain's own `getLookaheadPaths`). At start
 * the GAST objects are rebuilt from that data and the decision functions made from those paths
 * (./lookahead-decisions.ts). Tests hold the rebuilt GAST equal to a fresh recording, the
 * decisions equal to Chevrotain's for every token, and the generated file to the grammars.
 */
import {
  Alternation,
  Alternative,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Rule,
  Terminal,
  type IProduction,
  type TokenType,
} from 'chevrotain';

/** The GAST classes a recording makes, by the name a snapshot gives them. */
const NODE_CLASSES = {
  Rule,
  NonTerminal,
  Terminal,
  Alternation,
  Alternative,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
} as const;

type NodeClassName = keyof typeof NODE_CLASSES;

/** A property value of a GAST node: a primitive, a token type (by name), or child nodes. */
type SnapshotValue = string | number | boolean | { token: string } | SnapshotNode[];

/** One GAST node: its class and its own properties in the order the recorder set them. */
export type SnapshotNode = [NodeClassName, Array<[string, SnapshotValue]>];

/** A grammar's recorded rules and the lookahead paths of its decisions. */
export interface GrammarSnapshot {
  rules: SnapshotNode[];
  /**
   * By `lookaheadKey`: for each way of the decision (an OR's alternatives; an OPTION's or
   * MANY's "enter"), the token sequences that choose it, as token names.
   */
  lookahead: Record<string, string[][][]>;
}

/** What Chevrotain says about a decision when it asks for its lookahead function. */
export interface DecisionOptions {
  rule: Rule;
  prodOccurrence: number;
  /** Absent for an OR. */
  prodType?: string;
  maxLookahead: number;
}

export function lookaheadKey(options: DecisionOptions): string {
  return `${options.rule.name}/${options.prodType ?? 'Alternation'}/${options.prodOccurrence}/${options.maxLookahead}`;
}

/** The class name of a GAST node made by Chevrotain's recorder. */
function classNameOf(node: object): NodeClassName {
  for (const [name, cls] of Object.entries(NODE_CLASSES)) {
    if (Object.getPrototypeOf(node) === cls.prototype) return name as NodeClassName;
  }
  throw new Error(`grammar snapshot: unexpected GAST node ${(node as { constructor?: { name?: string } }).constructor?.name ?? '?'}`);
}

function isTokenType(value: unknown): value is TokenType {
  return typeof value === 'object' && value !== null && typeof (value as TokenType).tokenTypeIdx === 'number' && 'name' in value;
}

/**
 * A recorded GAST node as snapshot data. `referencedRule` is left out: Chevrotain's
 * resolveGrammar links each NonTerminal to its rule by name after the rules are in place.
 */
export function snapshotNode(node: object): SnapshotNode {
  const props: Array<[string, SnapshotValue]> = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'referencedRule' || value === undefined) continue;
    if (key === '_definition') props.push([key, (value as object[]).map(snapshotNode)]);
    else if (isTokenType(value)) props.push([key, { token: value.name }]);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') props.push([key, value]);
    else throw new Error(`grammar snapshot: cannot keep ${key} of a ${classNameOf(node)}`);
  }
  return [classNameOf(node), props];
}

/** GAST objects again, of Chevrotain's classes, with the same properties in the same order. */
export function rebuildNode(node: SnapshotNode, tokens: Readonly<Record<string, TokenType>>): IProduction {
  const rebuilt = Object.create(NODE_CLASSES[node[0]].prototype) as Record<string, unknown>;
  // Indexed loops: destructuring iterates, and its iterators were a fifth of what this allocated.
  const props = node[1];
  for (let i = 0; i < props.length; i++) {
    const key = props[i][0];
    const value = props[i][1];
    if (Array.isArray(value)) {
      const children = new Array<IProduction>(value.length);
      for (let c = 0; c < value.length; c++) children[c] = rebuildNode(value[c], tokens);
      rebuilt[key] = children;
    } else if (typeof value === 'object') rebuilt[key] = tokenNamed(tokens, value.token);
    else rebuilt[key] = value;
  }
  return rebuilt as unknown as IProduction;
}

export function tokenNamed(tokens: Readonly<Record<string, TokenType>>, name: string): TokenType {
  const token = tokens[name];
  if (!token) throw new Error(`grammar snapshot: no token type named ${name}`);
  return token;
}

/** The rule names a snapshot holds, in order: a grammar whose rules differ does not use it. */
export function snapshotRuleNames(snapshot: GrammarSnapshot): string[] {
  return snapshot.rules.map(([, props]) => props.find(([key]) => key === 'name')?.[1] as string);
}
