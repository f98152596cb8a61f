import type { Instruction, Range } from '../ast/nodes';
import type { StageReference } from '../semantic/graph';
import type { SemanticModel } from '../semantic/model';
import type { VariableBinding } from '../semantic/variables';
import { expandableWords, rangeInWord } from '../semantic/words';

/** A variable reference under the cursor, and the ARG or ENV it reads (null: none in scope declares it). */
export interface VariableAt {
  name: string;
  range: Range;
  binding: VariableBinding | null;
}

/** The top-level instruction whose text holds `offset` (none: a comment or blank line between them). */
export function instructionContaining(instructions: readonly Instruction[], offset: number): Instruction | null {
  return instructions.find((i) => i.range.start.offset <= offset && offset <= i.range.end.offset) ?? null;
}

/** The instruction whose text holds `offset`, an ONBUILD's trigger for the ONBUILD. */
function instructionAt(model: SemanticModel, offset: number): Instruction | null {
  const node = instructionContaining(model.ast.instructions, offset);
  return node?.type === 'Onbuild' && node.trigger ? node.trigger : node;
}

/** The `$NAME` or `${NAME…}` at `offset` in a word the builder expands (FROM, COPY, ENV, LABEL, WORKDIR…). */
export function variableAt(model: SemanticModel, offset: number): VariableAt | null {
  const node = instructionAt(model, offset);
  if (!node) return null;
  for (const word of expandableWords(node)) {
    if (offset < word.range.start.offset || offset > word.range.end.offset) continue;
    for (const ref of model.expand(node, word.text).references) {
      const range = rangeInWord(model.source, word, ref.start, ref.end);
      if (offset < range.start.offset || offset > range.end.offset) continue;
      return { name: ref.name, range, binding: model.variables.scopeAt(node).lookup(ref.name) ?? null };
    }
  }
  return null;
}

/** The stage reference at `offset`: a FROM naming an earlier stage, `COPY --from=`, `RUN --mount=…,from=`. */
export function stageReferenceAt(model: SemanticModel, offset: number): StageReference | null {
  return model.graph.references.find((r) => r.range.start.offset <= offset && offset <= r.range.end.offset) ?? null;
}

/** Where what is under the cursor is declared: the stage's `AS name` (or its FROM), or the ARG or ENV name. */
export function definitionAt(model: SemanticModel, offset: number): Range | null {
  const reference = stageReferenceAt(model, offset);
  if (reference?.target) return reference.target.from.stageName?.range ?? reference.target.from.keywordRange;
  return variableAt(model, offset)?.binding?.nameRange ?? null;
}

/** Markdown about the variable or stage under the cursor, for a hover. */
export function describeAt(model: SemanticModel, offset: number): { markdown: string; range: Range } | null {
  const reference = stageReferenceAt(model, offset);
  if (reference) {
    const target = reference.target;
    if (!target) return null;
    const name = target.name ? `"${target.name}"` : String(target.index);
    const base = target.baseStage ? `stage ${target.baseStage.name ?? target.baseStage.index}` : (target.imageRef ?? 'an image that is not known');
    return { markdown: `Stage ${name} (line ${target.from.range.start.line}), built from ${code(base)}`, range: reference.range };
  }
  const variable = variableAt(model, offset);
  if (!variable) return null;
  const b = variable.binding;
  if (!b) return { markdown: `${code(variable.name)} is declared by no ARG or ENV here${model.variables.scopeAt(instructionAt(model, offset)!).imageMayDefine ? ' (the base image may set it)' : ''}`, range: variable.range };
  const where = b.node ? ` on line ${b.node.range.start.line}` : b.kind === 'env' ? ' in the image config' : '';
  const kind = KIND_WORDS[b.kind];
  const value = b.value === null ? 'a value that is not known here' : b.value === '' ? 'an empty value' : code(b.value);
  return { markdown: `${code(variable.name)}: ${kind}${where}, ${value}`, range: variable.range };
}

const KIND_WORDS: Record<VariableBinding['kind'], string> = {
  'global-arg': 'ARG before the first FROM',
  arg: 'ARG',
  env: 'ENV',
  platform: 'platform ARG set by the builder',
  proxy: 'proxy ARG (set only with --build-arg)',
};

/** Inline code that holds any text (a run of backquotes longer than any inside it). */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text}${fence}`;
}

/** SymbolKind values of the protocol used for the outline. */
const SYMBOL_KIND = { Class: 5, Field: 8, Variable: 13 } as const;

export interface DocumentSymbolAt {
  name: string;
  detail?: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbolAt[];
}

/**
 * The outline of a Dockerfile: global ARGs, then each stage (named by its `AS` name, else its index,
 * with its base as detail) holding its instructions (the keyword, with the start of its text).
 */
export function documentSymbols(model: SemanticModel): DocumentSymbolAt[] {
  const out: DocumentSymbolAt[] = [];
  for (const node of model.ast.instructions) {
    if (model.stageOf(node)) continue;
    if (node.type === 'From') continue;
    out.push(instructionSymbol(node));
  }
  for (const stage of model.stages) {
    const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
    const range = { start: stage.from.range.start, end: last.range.end };
    out.push({
      name: stage.name ?? `stage ${stage.index}`,
      detail: `FROM ${stage.from.image?.raw ?? ''}`.trim(),
      kind: SYMBOL_KIND.Class,
      range,
      selectionRange: stage.from.stageName?.range ?? stage.from.keywordRange,
      children: stage.instructions.map(instructionSymbol),
    });
  }
  return out;
}

function instructionSymbol(node: Instruction): DocumentSymbolAt {
  const text = node.args?.value ?? '';
  const detail = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  const kind = node.type === 'Arg' || node.type === 'Env' ? SYMBOL_KIND.Variable : SYMBOL_KIND.Field;
  return { name: node.keyword, ...(detail ? { detail: detail.replace(/\s+/g, ' ') } : {}), kind, range: node.range, selectionRange: node.keywordRange };
}
