import { parseDockerfile } from '../../src/parser';
import { SemanticModel, type ModelOptions } from '../../src/semantic/model';
import type { Instruction } from '../../src/ast/nodes';

/** Parse `text` and build its model; `at(line)` finds the instruction starting on a 1-based line. */
export function modelOf(text: string, options: ModelOptions = {}) {
  const { ast, source } = parseDockerfile(text);
  const model = new SemanticModel(ast, source, options);
  const at = (line: number): Instruction => {
    const found = ast.instructions.find((i) => i.range.start.line === line);
    if (!found) throw new Error(`no instruction on line ${line}`);
    return found;
  };
  return { ast, source, model, at };
}
