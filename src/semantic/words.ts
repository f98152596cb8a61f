import type { Instruction, Range } from '../ast/nodes';
import type { SourceText } from '../ast/source';
import type { RuleHandlers } from '../engine/types';
import type { SemanticModel } from './model';
import type { Stage } from './stages';
import type { Scope } from './variables';

/** A piece of an instruction that the builder expands variables in. */
export interface ExpandableWord {
  /** As written (quotes and escapes kept). */
  text: string;
  range: Range;
  /** What the word is, for messages: `source`, `destination`, `value`, `flag --chown`, … */
  role: string;
}

/**
 * Flags whose values the builder expands on COPY/ADD. Not `--from`: BuildKit refuses any variable
 * there and fails the build (rule unknown-copy-from-stage reports it), so "declare the ARG" is no cure.
 */
const EXPANDED_COPY_FLAGS = new Set(['chown', 'chmod']);

/** An instruction whose words expand against its stage's variables, with what they expand against. */
export interface ExpansionSite {
  /** Null for an ARG before the first FROM. */
  stage: Stage | null;
  words: ExpandableWord[];
  scope: Scope;
}

/**
 * Where a rule about stage variables has something to check: an instruction other than FROM with
 * expandable words, in a stage or (an ARG default) before the first FROM; else null. FROM words see
 * only the global ARGs.
 */
export function expansionSite(model: SemanticModel, node: Instruction): ExpansionSite | null {
  if (node.type === 'From') return null;
  const stage = model.stageOf(node);
  // Before the first FROM only ARG defaults expand; they see the platform ARGs and earlier global ARGs.
  if (!stage && node.type !== 'Arg') return null;
  const words = expandableWords(node);
  if (words.length === 0) return null;
  return { stage, words, scope: model.variables.scopeAt(node) };
}

/**
 * The words of an instruction that go through variable expansion, in source order.
 * RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK and MAINTAINER expand nothing (the shell does, at run time);
 * ONBUILD triggers expand only when a later build runs them, so they are left out too.
 */
export function expandableWords(node: Instruction): ExpandableWord[] {
  if (node.inOnbuild) return [];
  const out: ExpandableWord[] = [];
  switch (node.type) {
    case 'From':
      for (const f of node.flags) if (f.name === 'platform' && f.value !== null && f.valueRange) addIfExpandable(out, { value: f.value, range: f.valueRange }, 'flag --platform');
      if (node.image) addIfExpandable(out, { value: node.image.raw, range: node.image.range }, 'image');
      break;
    case 'Copy':
    case 'Add':
      for (const f of node.flags) {
        if (EXPANDED_COPY_FLAGS.has(f.name) && f.value !== null && f.valueRange) addIfExpandable(out, { value: f.value, range: f.valueRange }, `flag --${f.name}`);
      }
      for (const s of node.sources) addIfExpandable(out, s, 'source');
      addIfExpandable(out, node.destination, 'destination');
      break;
    case 'Env':
      for (const p of node.pairs) addIfExpandable(out, p.value, 'value');
      break;
    case 'Label':
      for (const p of node.pairs) {
        addIfExpandable(out, p.key, 'key');
        addIfExpandable(out, p.value, 'value');
      }
      break;
    case 'Arg':
      for (const d of node.declarations) addIfExpandable(out, d.defaultValue, 'default');
      break;
    case 'Expose':
      for (const p of node.ports) addIfExpandable(out, { value: p.raw, range: p.range }, 'port');
      break;
    case 'User':
      addIfExpandable(out, node.user, 'user');
      addIfExpandable(out, node.group, 'group');
      break;
    case 'Stopsignal':
      addIfExpandable(out, node.signal, 'signal');
      break;
    case 'Volume':
      for (const p of node.paths) addIfExpandable(out, p, 'path');
      break;
    case 'Workdir':
      addIfExpandable(out, node.path, 'path');
      break;
    default:
      break;
  }
  return out;
}

/** Adds `w` to `out` when it has something to expand. */
function addIfExpandable(out: ExpandableWord[], w: { value: string; range: Range } | null | undefined, role: string): void {
  if (w && w.value.includes('$')) out.push({ text: w.value, range: w.range, role });
}

/**
 * Handlers that call `check` on every instruction type `expandableWords` finds words in, FROM aside:
 * a rule about expanded words is not called at all for RUN, CMD and the other instructions without any.
 */
export function expandableWordHandlers(check: (node: Instruction) => void): RuleHandlers {
  return { Copy: check, Add: check, Env: check, Label: check, Arg: check, Expose: check, User: check, Stopsignal: check, Volume: check, Workdir: check };
}

/**
 * The file range of `[start, end)` inside a word. Words rarely span a line continuation; when one
 * does, the range is clamped to the word's own range.
 */
export function rangeInWord(source: SourceText, word: { range: Range }, start: number, end: number): Range {
  const base = word.range.start.offset;
  const limit = word.range.end.offset;
  return source.rangeOf(Math.min(base + start, limit), Math.min(base + end, limit));
}
