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

/** A property value of a GAST node: a primitive (a token type by its name), or child nodes. */
type SnapshotValue = string | number | boolean | SnapshotNode[];

/**
 * One GAST node: its class, then its own properties as key, value, key, value… in the order the
 * recorder set them. Flat, like the lookahead paths below, so that the data parsed at every start
 * is few objects (a nested form was ~1,500 arrays and ~125 KB of the heap's young generation).
 */
export type SnapshotNode = [NodeClassName, ...SnapshotValue[]];

/** The properties of GAST nodes that hold a token type; the snapshot writes its name. */
const TOKEN_KEYS = new Set(['terminalType', 'separator']);

/** A grammar's recorded rules and the lookahead paths of its decisions. */
export interface GrammarSnapshot {
  rules: SnapshotNode[];
  /**
   * By `lookaheadKey`: for each way of the decision (an OR's alternatives; an OPTION's or
   * MANY's "enter"), the token sequences that choose it (see `encodePaths`).
   */
  lookahead: Record<string, string[]>;
}

/**
 * A decision's paths by token name as the snapshot keeps them: for each way, its paths joined by
 * `|`, each path's token names joined by a space (an empty path is an empty string).
 */
export function encodePaths(paths: readonly (readonly (readonly string[])[])[]): string[] {
  return paths.map((way) => {
    if (way.length === 0) throw new Error('grammar snapshot: a way with no lookahead path cannot be kept');
    for (const path of way) for (const name of path) if (!/^\w+$/.test(name)) throw new Error(`grammar snapshot: token name ${JSON.stringify(name)}`);
    return way.map((path) => path.join(' ')).join('|');
  });
}

export function decodePaths(encoded: readonly string[]): string[][][] {
  return encoded.map((way) => way.split('|').map((path) => (path === '' ? [] : path.split(' '))));
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
  const data: SnapshotNode = [classNameOf(node)];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'referencedRule' || value === undefined) continue;
    if (key === '_definition') data.push(key, (value as object[]).map(snapshotNode));
    else if (TOKEN_KEYS.has(key) !== isTokenType(value)) throw new Error(`grammar snapshot: ${key} of a ${data[0]} is ${TOKEN_KEYS.has(key) ? 'not ' : ''}a token type`);
    else if (isTokenType(value)) data.push(key, value.name);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') data.push(key, value);
    else throw new Error(`grammar snapshot: cannot keep ${key} of a ${data[0]}`);
  }
  return data;
}

/** GAST objects again, of Chevrotain's classes, with the same properties in the same order. */
export function rebuildNode(node: SnapshotNode, tokens: Readonly<Record<string, TokenType>>): IProduction {
  const rebuilt = Object.create(NODE_CLASSES[node[0]].prototype) as Record<string, unknown>;
  // Indexed loops: destructuring iterates, and its iterators were a fifth of what this allocated.
  for (let i = 1; i < node.length; i += 2) {
    const key = node[i] as string;
    const value = node[i + 1];
    if (Array.isArray(value)) {
      const children = new Array<IProduction>(value.length);
      for (let c = 0; c < value.length; c++) children[c] = rebuildNode(value[c], tokens);
      rebuilt[key] = children;
    } else if (TOKEN_KEYS.has(key)) rebuilt[key] = tokenNamed(tokens, value as string);
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
  return snapshot.rules.map((rule) => {
    for (let i = 1; i < rule.length; i += 2) if (rule[i] === 'name') return rule[i + 1] as string;
    return '';
  });
}
