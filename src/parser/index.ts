/**
 * The Dockerfile parser: text → typed AST with exact ranges and parse diagnostics. Never throws.
 *
 *   lines.ts, directives.ts, parse-file.ts  physical lines → logical lines, as BuildKit reads them
 *                                           (directives, comments, continuations, heredoc bodies)
 *   lexer.ts, grammar.ts                    the tokens of one logical line (scanned by hand) and the
 *                                           Chevrotain CstParser that reads them
 *   to-ast.ts (+ flags, image-ref, json-array, words, heredoc)  CST → typed instruction node
 *   json.ts                                 the JSON printed by `dflint parse`
 *   buildkit-dump.ts                        BuildKit's test dump format, for conformance
 */
import type { Dockerfile } from '../ast/nodes';
import { SourceText } from '../ast/source';
import { parseFile } from './parse-file';

export function parseDockerfile(text: string): { ast: Dockerfile; source: SourceText } {
  try {
    return parseFile(text);
  } catch (err) {
    // A parser bug must not take the linter down: report it as a parse error on the whole file.
    const source = new SourceText(text);
    const range = source.rangeOf(0, text.length);
    const ast: Dockerfile = {
      type: 'Dockerfile',
      range,
      escapeChar: '\\',
      directives: [],
      comments: [],
      instructions: [],
      emptyContinuationLines: [],
      diagnostics: [{ code: 'invalid-syntax', message: `Internal parser error: ${(err as Error).message}`, severity: 'error', range }],
      bom: text.charCodeAt(0) === 0xfeff,
      eol: text.includes('\r\n') ? '\r\n' : '\n',
    };
    return { ast, source };
  }
}
