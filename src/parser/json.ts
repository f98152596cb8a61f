/**
 * The JSON printed by `dflint parse`: the AST without the internal offset maps (`segments`,
 * `argsSegments`, `bodySegments`), in a stable key order. Its shape is documented by
 * schemas/ast.schema.json.
 */
import type { Dockerfile } from '../ast/nodes';

/** Keys that only serve range mapping inside the linter. */
const INTERNAL_KEYS = new Set(['segments', 'argsSegments', 'bodySegments']);

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (INTERNAL_KEYS.has(k) || v === undefined) continue;
      out[k] = toJson(v);
    }
    return out;
  }
  return value as JsonValue;
}

export interface AstJson {
  [key: string]: JsonValue;
  type: 'Dockerfile';
  escapeChar: string;
  bom: boolean;
  eol: string;
  range: JsonValue;
  directives: JsonValue[];
  comments: JsonValue[];
  instructions: JsonValue[];
  emptyContinuationLines: JsonValue[];
  diagnostics: JsonValue[];
}

export function astToJson(ast: Dockerfile): AstJson {
  return {
    type: 'Dockerfile',
    escapeChar: ast.escapeChar,
    bom: ast.bom,
    eol: ast.eol,
    range: toJson(ast.range),
    directives: ast.directives.map(toJson),
    comments: ast.comments.map(toJson),
    instructions: ast.instructions.map(toJson),
    emptyContinuationLines: ast.emptyContinuationLines.map(toJson),
    diagnostics: ast.diagnostics.map(toJson),
  };
}
