import type { VariableBinding } from './variables';

/**
 * The bindings of one kind (ENV, or ARG) as they change through a stage, kept once: a scope is a
 * version, the number of changes made before it, instead of a copy of every binding. Copies made
 * a file with thousands of ARG and ENV lines quadratic in time and memory (5,000 ARG and ENV
 * pairs: 20 s and 2 GB). What the stage starts with (inherited ENV, the proxy ARGs) is a base map
 * shared as it is, not replayed as changes.
 */
export class BindingHistory {
  /** Each name's changes in order, names in the order they were first changed. */
  private readonly changes = new Map<string, { version: number; binding: VariableBinding }[]>();
  private count = 0;

  constructor(private readonly base: ReadonlyMap<string, VariableBinding> = new Map()) {}

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
    if (!list || list[0].version > version) return this.base.get(name);
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

  /** Every binding as of `version`: the base's names first, then new ones in the order they were first set (as a copied Map keeps them). */
  entries(version: number): VariableBinding[] {
    const out: VariableBinding[] = [];
    for (const name of this.base.keys()) out.push(this.get(name, version)!);
    for (const name of this.changes.keys()) {
      if (this.base.has(name)) continue;
      const binding = this.get(name, version);
      if (binding) out.push(binding);
    }
    return out;
  }

  /** The bindings now, by name, in the same order. */
  latest(): Map<string, VariableBinding> {
    if (this.count === 0) return new Map(this.base);
    return new Map(this.entries(this.count).map((b) => [b.name, b]));
  }
}
