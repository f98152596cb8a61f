import type { Instruction, Word } from '../ast/nodes';
import type { SemanticModel } from '../semantic/model';

/** `/x`, `\x`, `C:\x`, `C:/x`. */
export const isAbsolutePath = (path: string) => /^([/\\]|[A-Za-z]:[/\\])/.test(path);

/**
 * A path word as the builder sees it: quotes removed, escapes applied and variables expanded (JSON
 * words are already decoded). Null when the value is not known statically, e.g. it uses a variable
 * that only the base image may define.
 */
export function expandedPath(model: SemanticModel, node: Instruction, word: Word, jsonForm = false): string | null {
  // Memoized per file: DF009, DF013 and DF014 look at the same paths, and at earlier ones again for each COPY.
  const memo = model.memo(jsonForm ? EXPANDED_JSON_PATHS : EXPANDED_PATHS, word, () => ({ node, path: expandPath(model, node, word, jsonForm) }));
  return memo.node === node ? memo.path : expandPath(model, node, word, jsonForm);
}

/** Memo tables (on the model), keyed by the path word; the node is kept to check it is the word's own. */
const EXPANDED_PATHS = {};
const EXPANDED_JSON_PATHS = {};

function expandPath(model: SemanticModel, node: Instruction, word: Word, jsonForm: boolean): string | null {
  return model.knownValue(node, word.value, { processQuotes: !jsonForm });
}
