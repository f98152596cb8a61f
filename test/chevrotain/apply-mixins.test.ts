import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyMixins } from '../../src/chevrotain/apply-mixins';
import { ensureBuilt } from '../cli/helpers';

// Chevrotain's own, which the bundles replace with ours (scripts/build.mjs); it has no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { applyMixins: chevrotainApplyMixins } = require('../../node_modules/chevrotain/lib/src/parse/parser/utils/apply_mixins.js') as {
  applyMixins: typeof applyMixins;
};

/** A fresh set of classes: a target with members of its own, and traits with methods, accessors and a shadowing member. */
function classes() {
  class Target {
    own(): string {
      return 'own';
    }
    shadowed(): string {
      return 'target';
    }
  }
  class TraitA {
    a(): string {
      return 'a';
    }
    get value(): number {
      return 1;
    }
    set value(_v: number) {}
    shadowed(): string {
      return 'a';
    }
  }
  class TraitB {
    b(): string {
      return 'b';
    }
    get readOnly(): string {
      return 'r';
    }
  }
  return { Target, traits: [TraitA, TraitB] };
}

describe('applyMixins', () => {
  it('gives the target prototype the same members, with the same descriptors, as chevrotain’s', () => {
    const ours = classes();
    const theirs = classes();
    applyMixins(ours.Target, ours.traits);
    chevrotainApplyMixins(theirs.Target, theirs.traits);
    const describe = (proto: object, traits: { prototype: object }[]) =>
      Object.fromEntries(
        Reflect.ownKeys(proto).map((key) => {
          const d = Object.getOwnPropertyDescriptor(proto, key)!;
          // Functions compared by where they come from: each set of classes has its own.
          const origin = (f: unknown) => (typeof f !== 'function' ? f : f === (proto as { constructor: unknown }).constructor ? 'constructor' : `${traits.findIndex((t) => Object.values(Object.getOwnPropertyDescriptors(t.prototype)).some((x) => x.value === f || x.get === f || x.set === f))}:${(f as () => void).name}`);
          return [String(key), { ...d, value: origin(d.value), get: origin(d.get), set: origin(d.set) }];
        }),
      );
    expect(describe(ours.Target.prototype, ours.traits)).toEqual(describe(theirs.Target.prototype, theirs.traits));
    const instance = new ours.Target() as unknown as Record<string, () => string> & { value: number; readOnly: string };
    expect([instance.own(), instance.a(), instance.b(), instance.shadowed(), instance.value, instance.readOnly]).toEqual(['own', 'a', 'b', 'a', 1, 'r']);
  });

  it('is the one the bundles use', () => {
    ensureBuilt();
    const root = path.resolve(__dirname, '../..');
    for (const bundle of ['dist/cli.cjs', 'dist/parse.cjs', 'dist/index.cjs']) {
      const file = path.join(root, bundle);
      // The symbols makeDictionary adds and deletes; chevrotain's version has none.
      expect([bundle, fs.readFileSync(file, 'latin1').includes('Symbol("first")')]).toEqual([bundle, true]);
    }
  }, 120_000);
});
