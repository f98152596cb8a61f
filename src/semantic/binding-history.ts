import type { VariableBinding } from './variables';

/**
 * The bindings of one kind (ENV, or ARG) as they change through a stage, kept once: a scope is a
 * version, the number of changes made before it, instead of a copy of every binding. Copies made
 * a file with thousands of ARG and ENV lines quadratic in time and memory (5,000 ARG and ENV
 * pairs: 20 s and 2 GB).
 */
export class BindingHistory {
  /** Each name's changes in order, names in the order they were first set. */
  private readonly changes = new Map<string, { version: number; binding: VariableBinding }[]>();
  private count = 0;

  constructor(initial: Iterable<VariableBinding> = []) {
    for (const binding of initial) this.set(binding);
  }

  /** The current version: a scope taken now sees exactly the bindings set so far. */
  get version(): number {
    return this.count;
  }

  set(binding: VariableBinding): void {
    this.count++;
    const list = this.changes.get(binding.name);
    if (list) list.push({ version: this.count, binding });
    else this.changes.set(binding.name, [{ version: this.count, binding }]);
  }

  /** The binding of `name` as of `version`. */
  get(name: string, version: number): VariableBinding | undefined {
    const list = this.changes.get(name);
    if (!list || list[0].version > version) return undefined;
    // The last change at or before the version (most names change once).
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid].version <= version) lo = mid;
      else hi = mid - 1;
    }
    return list[lo].binding;
  }

  /** Every binding as of `version`, names in the order they were first set (as a Map keeps them). */
  *entries(version: number): Generator<VariableBinding> {
    for (const name of this.changes.keys()) {
      const binding = this.get(name, version);
      if (binding) yield binding;
    }
  }

  /** The bindings now, by name, in the same order. */
  latest(): Map<string, VariableBinding> {
    const out = new Map<string, VariableBinding>();
    for (const binding of this.entries(this.count)) out.set(binding.name, binding);
    return out;
  }
}
