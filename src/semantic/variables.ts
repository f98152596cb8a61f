import type { Instruction } from '../ast/nodes';
import type { SemanticModel } from './model';

export interface Expansion {
  /** The text with every variable replaced (unset ones as empty). */
  value: string;
  /** True when the result depends on something not known statically (an ARG with no default). */
  unknown: boolean;
  /** Names referenced that were not declared in scope. */
  undefinedVars: string[];
}

interface VarValue {
  value: string | null;
}

/**
 * ARG and ENV scopes. First cut: declarations before `node` in its stage (global ARGs for FROM
 * lines), `$v` / `${v}` / `${v:-d}` / `${v:+a}` forms. The exact builder semantics come with the
 * issue "Docker's own build checks".
 */
export class VariableScopes {
  constructor(
    private readonly model: SemanticModel,
    private readonly buildArgs: Record<string, string>,
  ) {}

  /** Variables visible at `node`: name → value (null when declared without a known value). */
  visibleAt(node: Instruction): Map<string, VarValue> {
    const vars = new Map<string, VarValue>();
    const stage = this.model.stageOf(node);
    if (!stage || node.type === 'From') {
      for (const arg of this.model.globalArgs) {
        if (arg === node) break;
        for (const d of arg.declarations) vars.set(d.name.value, { value: this.buildArgs[d.name.value] ?? d.unquoted });
      }
      return vars;
    }
    for (const inst of stage.instructions) {
      if (inst === node) break;
      if (inst.type === 'Arg') {
        for (const d of inst.declarations) vars.set(d.name.value, { value: this.buildArgs[d.name.value] ?? d.unquoted });
      } else if (inst.type === 'Env') {
        for (const p of inst.pairs) vars.set(p.key.value, { value: p.unquoted });
      }
    }
    return vars;
  }

  expand(node: Instruction, text: string): Expansion {
    const vars = this.visibleAt(node);
    let unknown = false;
    const undefinedVars: string[] = [];
    const value = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced: string, op: string, word: string, bare: string) => {
      const name = braced ?? bare;
      const v = vars.get(name);
      if (!v) undefinedVars.push(name);
      const set = v?.value != null && (op?.startsWith(':') ? v.value !== '' : true);
      if (v && v.value === null) unknown = true;
      if (op === ':-' || op === '-') return set ? (v?.value ?? '') : (word ?? '');
      if (op === ':+' || op === '+') return set ? (word ?? '') : '';
      return v?.value ?? '';
    });
    return { value, unknown, undefinedVars };
  }
}
