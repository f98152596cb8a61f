import type { Flag, Instruction, Range } from '../ast/nodes';
import type { SemanticModel } from './model';
import type { Stage } from './stages';

export type StageReferenceKind = 'from' | 'copy' | 'mount';

/** One place where a stage uses another stage (or an image) by name or index. */
export interface StageReference {
  kind: StageReferenceKind;
  /** The stage containing the reference. */
  source: Stage;
  node: Instruction;
  /** The reference after ARG expansion, as the builder resolves it. */
  ref: string;
  /** Range of the reference text in the file. */
  range: Range;
  /** The stage it names, or null when it names an image (or nothing that exists). */
  target: Stage | null;
  /** A numeric index (`--from=0`). */
  isIndex: boolean;
  /** The reference depends on an ARG whose value is not known statically. */
  unknown: boolean;
}

/**
 * Which stage uses which: `FROM <stage>`, `COPY/ADD --from=<stage|index|image>` and
 * `RUN --mount=…,from=<stage>`. Stage names are case-insensitive.
 */
export class StageGraph {
  readonly references: StageReference[] = [];
  private readonly bySource = new Map<Stage, StageReference[]>();

  constructor(private readonly model: SemanticModel) {
    for (const stage of model.stages) {
      const refs: StageReference[] = [];
      if (stage.baseStage && stage.from.image) {
        refs.push({
          kind: 'from',
          source: stage,
          node: stage.from,
          ref: stage.imageRef ?? stage.from.image.raw,
          range: stage.from.image.range,
          target: stage.baseStage,
          isIndex: false,
          unknown: false,
        });
      }
      for (const node of stage.instructions) this.collectReferences(stage, node, refs);
      this.bySource.set(stage, refs);
      this.references.push(...refs);
    }
  }

  /** The stage a `--from` value names: an index below the stage count, or a name (case-insensitive). */
  resolve(ref: string): Stage | null {
    if (/^\d+$/.test(ref)) {
      const i = Number(ref);
      return i < this.model.stages.length ? this.model.stages[i] : null;
    }
    const lower = ref.toLowerCase();
    return this.model.stages.find((s) => s.nameLower === lower) ?? null;
  }

  /** References made by one stage. */
  referencesFrom(stage: Stage): StageReference[] {
    return this.bySource.get(stage) ?? [];
  }

  /** Stages one stage uses directly. */
  dependenciesOf(stage: Stage): Stage[] {
    const out: Stage[] = [];
    for (const r of this.referencesFrom(stage)) if (r.target && r.target !== stage && !out.includes(r.target)) out.push(r.target);
    return out;
  }

  /** The stage `docker build --target name` builds (case-insensitive), or the last one without a name. */
  target(name?: string | null): Stage | null {
    if (name == null || name === '') return this.model.finalStage;
    const lower = name.toLowerCase();
    return this.model.stages.find((s) => s.nameLower === lower) ?? null;
  }

  /** Every stage the target needs, the target included, in file order. */
  needed(target: Stage | null = this.model.finalStage): Stage[] {
    if (!target) return [];
    const seen = new Set<Stage>();
    const visit = (s: Stage) => {
      if (seen.has(s)) return;
      seen.add(s);
      for (const d of this.dependenciesOf(s)) visit(d);
    };
    visit(target);
    return this.model.stages.filter((s) => seen.has(s));
  }

  /** Adds the references `node` makes to `out`. */
  private collectReferences(stage: Stage, node: Instruction, out: StageReference[]): void {
    if (node.type === 'Copy' || node.type === 'Add') {
      for (const flag of node.flags) {
        if (flag.name !== 'from' || flag.value === null || !flag.valueRange) continue;
        out.push(this.makeReference('copy', stage, node, flag.value, flag.valueRange));
      }
    } else if (node.type === 'Run') {
      for (const flag of node.flags) {
        if (flag.name !== 'mount') continue;
        const from = mountFrom(flag);
        if (!from) continue;
        const start = flag.valueRange!.start.offset + from.index;
        out.push(this.makeReference('mount', stage, node, from.value, this.model.source.rangeOf(start, start + from.value.length)));
      }
    }
  }

  private makeReference(kind: StageReferenceKind, source: Stage, node: Instruction, raw: string, range: Range): StageReference {
    const expanded = raw.includes('$') ? this.model.expand(node, raw) : null;
    const ref = expanded ? expanded.value : raw;
    const unknown = expanded ? expanded.unknown : false;
    const isIndex = /^\d+$/.test(ref);
    return { kind, source, node, ref, range, target: unknown ? null : this.resolve(ref), isIndex, unknown };
  }
}

/** The `from=` option of a `--mount` flag value, with its index in the value. */
export function mountFrom(flag: Flag): { value: string; index: number } | null {
  if (flag.value === null || !flag.valueRange) return null;
  let index = 0;
  for (const part of flag.value.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim().toLowerCase() === 'from') {
      const lead = part.length - part.slice(eq + 1).trimStart().length;
      const value = part.slice(lead).trim();
      if (value) return { value, index: index + lead };
    }
    index += part.length + 1;
  }
  return null;
}
