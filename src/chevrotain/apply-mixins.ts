/** A class, as far as copying its prototype's members goes. */
interface WithPrototype {
  prototype: object;
}

/**
 * Chevrotain's `applyMixins`, with the same result: the bundles use it in place of chevrotain's
 * own `parse/parser/utils/apply_mixins.js` (scripts/build.mjs).
 *
 * At load, Chevrotain copies ~210 members of eleven trait classes onto `Parser.prototype`, one at
 * a time. While that object has fast properties, V8 gives it a new hidden class at each member and
 * copies the whole list of members added before: ~0.6 MB of garbage at every start, on memory the
 * process has not touched yet. Made a dictionary first, the object takes each member as a hash
 * insertion; V8 turns a prototype back into fast mode, in one pass, when it is first used as one.
 */
export function applyMixins(derivedCtor: WithPrototype, baseCtors: readonly WithPrototype[]): void {
  const target = derivedCtor.prototype as Record<PropertyKey, unknown>;
  makeDictionary(target);
  for (const baseCtor of baseCtors) {
    const base = baseCtor.prototype as Record<PropertyKey, unknown>;
    for (const name of Object.getOwnPropertyNames(base)) {
      if (name === 'constructor') continue;
      const descriptor = Object.getOwnPropertyDescriptor(base, name);
      if (descriptor && (descriptor.get || descriptor.set)) Object.defineProperty(target, name, descriptor);
      else target[name] = base[name];
    }
  }
}

/** V8 keeps an object's properties in a dictionary once a property other than the last one added is deleted. */
function makeDictionary(object: Record<PropertyKey, unknown>): void {
  const first = Symbol('first');
  const second = Symbol('second');
  object[first] = 0;
  object[second] = 0;
  delete object[first];
  delete object[second];
}
