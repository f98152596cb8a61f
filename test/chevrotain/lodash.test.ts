import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ours from '../../src/chevrotain/lodash';
import { ensureBuilt, ROOT } from '../cli/helpers';

type Fn = (...args: unknown[]) => unknown;
// lodash-es itself (jest maps it to its ESM entry, which it transforms); it has no type declarations here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const theirs = require('lodash-es') as Record<string, Fn>;
const mine = ours as unknown as Record<string, Fn>;

class Point {
  x = 1;
  y: number | undefined = undefined;
  constructor(readonly label = 'p') {}
  norm(): number {
    return this.x;
  }
}
Object.defineProperty(Point.prototype, 'inherited', { value: 'from the prototype', enumerable: true });

/** A constructor whose prototype was assigned whole, the way code before classes wrote one. */
function Legacy(): void {}
Legacy.prototype = { constructor: Legacy, shared: 'yes' };

function argumentsOf(...args: unknown[]): IArguments {
  return (function (..._given: unknown[]) {
    // eslint-disable-next-line prefer-rest-params
    return arguments;
  })(...args);
}

/** Fresh values for each call: some functions change what they are given. */
const COLLECTIONS: Record<string, () => unknown> = {
  'empty array': () => [],
  numbers: () => [3, 1, 2, 1],
  'NaN and zeros': () => [NaN, 0, -0, 1, NaN],
  falsy: () => ['a', undefined, null, 0, '', false, NaN, 'b'],
  nested: () => [[1, [2]], 3, [], [4, 5], argumentsOf(6, 7)],
  objects: () => [{ a: 1 }, { a: 2, b: 1 }, { b: 2 }],
  'array with a named property': () => Object.assign([1, 2], { extra: 'x' }),
  'plain object': () => ({ b: 2, a: 1, c: undefined }),
  'empty object': () => ({}),
  'object with symbol keys': () => Object.assign(Object.create({ [Symbol.for('inherited')]: 1, up: 2 }) as object, { a: 1, [Symbol.for('own')]: 2 }),
  'null-prototype object': () => Object.assign(Object.create(null) as object, { k: 'v', n: 0 }),
  'class instance': () => new Point('q'),
  'a prototype': () => Point.prototype,
  'a prototype with an enumerable constructor': () => Legacy.prototype,
  'an object made from that prototype': () => Object.assign(Object.create(Legacy.prototype) as object, { own: 1 }),
  'array-like object': () => ({ 0: 'a', 1: 'b', length: 2, other: true }),
  arguments: () => argumentsOf('x', 'y'),
  string: () => 'abc',
  'empty string': () => '',
  null: () => null,
  undefined: () => undefined,
  number: () => 42,
  map: () => new Map([['a', 1]]),
  set: () => new Set(),
  'typed array': () => new Uint8Array([1, 2]),
};

/** Iteratees and predicates: each logs its calls, so the order and arguments are compared too. */
const ITERATEES: Record<string, (log: unknown[][]) => unknown> = {
  'a function': (log) => (...args: unknown[]) => {
    log.push(args.slice(0, 3));
    return typeof args[0] === 'number' ? args[0] * 2 : args[0];
  },
  'a predicate': (log) => (...args: unknown[]) => {
    log.push(args.slice(0, 3));
    return Boolean(args[0]) && args[0] !== 2;
  },
  'a function that stops at the second call': (log) => (...args: unknown[]) => {
    log.push(args.slice(0, 3));
    return log.length >= 2 ? false : true;
  },
  nothing: () => undefined,
  'a property name': () => 'a',
  'an index': () => 0,
};

/** What a call gives: its value (with prototypes), what it did to its arguments, and its iteratee's calls. */
function outcome(module: Record<string, Fn>, name: string, makeArgs: (log: unknown[][]) => unknown[]): unknown {
  const log: unknown[][] = [];
  const args = makeArgs(log);
  let value: unknown;
  try {
    value = module[name](...args);
  } catch (error) {
    return { threw: (error as Error).constructor.name };
  }
  return { value: portrait(value), args: args.map((arg) => portrait(arg)), log: log.map((call) => call.map((arg) => portrait(arg))) };
}

/** A value with the prototypes of its objects written out, which toEqual alone does not compare. */
function portrait(value: unknown, depth = 0): unknown {
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (Object.is(value, -0)) return '-0';
  if (typeof value !== 'object' || value === null || depth > 4) return value;
  const proto = Object.getPrototypeOf(value) as object | null;
  const kind = proto === null ? 'null' : proto === Object.prototype ? 'Object' : proto === Array.prototype ? 'Array' : ((proto.constructor as { name?: string } | undefined)?.name ?? '?');
  const own = Reflect.ownKeys(value).map((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    // An accessor (such as a strict-mode `arguments.callee`) is described, not called.
    return [String(key), descriptor.enumerable, 'value' in descriptor ? portrait(descriptor.value, depth + 1) : 'accessor'];
  });
  return { kind, own };
}

const ITERATING = ['forEach', 'map', 'filter', 'reject', 'find', 'every', 'some', 'groupBy', 'flatMap', 'pickBy'];

describe("the lodash subset the bundles give Chevrotain (src/chevrotain/lodash.ts)", () => {
  it('exports every lodash function that Chevrotain imports', () => {
    const imported = new Set<string>();
    const roots = ['node_modules/chevrotain/lib/src', ...fs.readdirSync(path.join(ROOT, 'node_modules/@chevrotain')).map((p) => `node_modules/@chevrotain/${p}/lib/src`)];
    const visit = (dir: string): void => {
      if (!fs.existsSync(dir)) return;
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) visit(file);
        else if (entry.name.endsWith('.js')) {
          const text = fs.readFileSync(file, 'utf8');
          expect(text).not.toMatch(/from "lodash-es\//); // a deep import would bypass the substitution
          for (const [, names] of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"lodash-es"/g)) {
            for (const spec of names.split(',')) if (spec.trim()) imported.add(spec.trim().split(/\s+as\s+/)[0]);
          }
        }
      }
    };
    for (const root of roots) visit(path.join(ROOT, root));
    expect(imported.size).toBeGreaterThan(30);
    for (const name of imported) expect([name, typeof mine[name]]).toEqual([name, 'function']);
  });

  for (const name of ITERATING) {
    it(`${name} gives lodash's results and calls its iteratee as lodash does`, () => {
      for (const [collection, make] of Object.entries(COLLECTIONS)) {
        for (const [iteratee, makeIteratee] of Object.entries(ITERATEES)) {
          const label = `${name}(${collection}, ${iteratee})`;
          const args = (log: unknown[][]) => [make(), makeIteratee(log)];
          expect([label, outcome(mine, name, args)]).toEqual([label, outcome(theirs, name, args)]);
        }
      }
    });
  }

  it('reduce gives lodash\'s results, with and without a starting value', () => {
    const add = (log: unknown[][]) => (acc: unknown, value: unknown, key: unknown, collection: unknown) => {
      log.push([acc, value, key, collection]);
      return `${String(acc)}+${String(value)}`;
    };
    for (const [collection, make] of Object.entries(COLLECTIONS)) {
      expect([collection, outcome(mine, 'reduce', (log) => [make(), add(log)])]).toEqual([collection, outcome(theirs, 'reduce', (log) => [make(), add(log)])]);
      expect([collection, outcome(mine, 'reduce', (log) => [make(), add(log), 'start'])]).toEqual([collection, outcome(theirs, 'reduce', (log) => [make(), add(log), 'start'])]);
    }
  });

  const ONE_ARGUMENT = ['keys', 'values', 'isEmpty', 'flatten', 'uniq', 'compact', 'first', 'last', 'drop', 'dropRight', 'clone', 'isArray', 'isString', 'isFunction', 'isObject', 'isRegExp', 'isUndefined', 'identity', 'noop'];
  for (const name of ONE_ARGUMENT) {
    it(`${name} gives lodash's results`, () => {
      for (const [collection, make] of Object.entries(COLLECTIONS)) {
        if (name === 'clone' && /^(map|set|typed array|arguments)$/.test(collection)) continue; // see the next test
        expect([collection, outcome(mine, name, () => [make()])]).toEqual([collection, outcome(theirs, name, () => [make()])]);
      }
    });
  }

  it('clone refuses what it does not copy as lodash does, instead of copying it differently', () => {
    for (const value of [new Map([['a', 1]]), new Set([1]), new Uint8Array([1]), new Date(0), /x/g]) expect(() => ours.clone(value)).toThrow(TypeError);
    expect(outcome(mine, 'clone', () => [function named() {}])).toEqual(outcome(theirs, 'clone', () => [function named() {}]));
    expect(outcome(mine, 'clone', () => [argumentsOf(1, 2)])).toEqual(outcome(theirs, 'clone', () => [argumentsOf(1, 2)]));
  });

  it('the other functions give lodash\'s results', () => {
    const point = new Point();
    const cases: [string, () => unknown[]][] = [
      ['drop', () => [[1, 2, 3], 2]],
      ['drop', () => [[1, 2, 3], 0]],
      ['drop', () => [[1, 2, 3], -1]],
      ['drop', () => [[1, 2, 3], 5]],
      ['drop', () => [[1, 2, 3], 1.7]],
      ['drop', () => [[1, 2, 3], Infinity]],
      ['drop', () => [[1, 2, 3], -Infinity]],
      ['drop', () => [[1, 2, 3], NaN]],
      ['dropRight', () => [[1, 2, 3], Infinity]],
      ['dropRight', () => [[1, 2, 3], -1.5]],
      ['dropRight', () => [[1, 2, 3], 2]],
      ['dropRight', () => [[1, 2, 3], 0]],
      ['dropRight', () => [[1, 2, 3], 9]],
      ['dropRight', () => [[1, 2, 3], '1']],
      ['includes', () => [[1, NaN, 3], NaN]],
      ['includes', () => [[1, 2, 3], 4]],
      ['includes', () => [[0], -0]],
      ['includes', () => [{ a: 1, b: 2 }, 2]],
      ['includes', () => ['abc', 'bc']],
      ['includes', () => ['abc', 'x']],
      ['includes', () => [null, 1]],
      ['includes', () => [point, 'q']],
      ['indexOf', () => [[1, 2, 1, NaN], 1]],
      ['indexOf', () => [[1, 2, 1, NaN], 1, 1]],
      ['indexOf', () => [[1, 2, 1, NaN], 1, -2]],
      ['indexOf', () => [[1, 2, 1, NaN], NaN]],
      ['indexOf', () => [[], 1]],
      ['indexOf', () => [null, 1]],
      ['difference', () => [[1, 2, 2, 3, NaN], [2], [NaN, 7]]],
      ['difference', () => [[1, 2, 3]]],
      ['difference', () => [[1, 2, 3], null, 'a', [3]]],
      ['difference', () => ['abc', ['a']]],
      ['difference', () => [null, [1]]],
      ['has', () => [{ a: 1 }, 'a']],
      ['has', () => [{ a: undefined }, 'a']],
      ['has', () => [{ a: 1 }, 'b']],
      ['has', () => [point, 'norm']],
      ['has', () => [point, 'x']],
      ['has', () => [[1, 2], 1]],
      ['has', () => [[1, 2], '5']],
      ['has', () => [null, 'a']],
      ['has', () => [undefined, 'a']],
      ['has', () => [Object.create(null), 'a']],
      ['has', () => [{ 'a.b': 1 }, 'a.b']],
      ['assign', () => [{ a: 1 }, { b: 2 }, null, { a: 3, c: undefined }]],
      ['assign', () => [{}, point]],
      ['assign', () => [{}, Legacy.prototype]],
      ['assign', () => [{}, ['x', 'y']]],
      ['assign', () => [{}, 'ab']],
      ['assign', () => [new Point(), { x: 1, label: 'r' }]],
      ['assign', () => [{}, JSON.parse('{"__proto__": {"polluted": true}}')]],
      ['defaults', () => [{ a: 1, b: undefined }, { a: 2, b: 3, c: 4 }, { c: 5, d: 6 }]],
      ['defaults', () => [{}, point]],
      ['defaults', () => [{ toString: Object.prototype.toString }, { toString: 'mine' }]],
      ['defaults', () => [{}, null, { a: 1 }]],
      ['upperFirst', () => ['fred']],
      ['upperFirst', () => ['FRED']],
      ['upperFirst', () => ['']],
      ['upperFirst', () => [null]],
      ['upperFirst', () => ['élan']],
      ['isEmpty', () => [new Map()]],
      ['isEmpty', () => [new Set([1])]],
      ['isEmpty', () => [Object.create(point)]],
      ['isString', () => [Object('boxed')]],
      ['isRegExp', () => [/x/]],
      ['isFunction', () => [class {}]],
      ['isFunction', () => [async () => undefined]],
      ['isObject', () => [() => undefined]],
    ];
    cases.forEach(([name, makeArgs], index) => {
      const label = `case ${index}: ${name}`;
      expect([label, outcome(mine, name, makeArgs)]).toEqual([label, outcome(theirs, name, makeArgs)]);
    });
  });

  it('refuses the iteratee shorthands and paths lodash reads differently from a plain name', () => {
    expect(() => ours.map([{ a: { b: 1 } }], 'a.b')).toThrow(TypeError);
    expect(() => ours.filter([{ a: 1 }], { a: 1 } as never)).toThrow(TypeError);
    expect(() => ours.find([{ a: 1 }], ['a', 1] as never)).toThrow(TypeError);
    expect(() => ours.has({ a: { b: 1 } }, 'a.b')).toThrow(TypeError);
    expect(() => ours.has({ a: [1] }, 'a[0]')).toThrow(TypeError);
  });

  it('is the lodash in every bundle', () => {
    ensureBuilt();
    expect(fs.readFileSync(path.join(ROOT, 'dist/index.cjs'), 'utf8')).toContain('function sameValueZero(');
    for (const bundle of ['dist/index.cjs', 'dist/cli.cjs', 'dist/parse.cjs']) {
      // lodash's hash sentinel, which every build with lodash's collection functions carries.
      expect([bundle, fs.readFileSync(path.join(ROOT, bundle), 'utf8').includes('__lodash_hash_undefined__')]).toEqual([bundle, false]);
    }
  });
});
