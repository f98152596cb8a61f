/**
 * The 37 lodash functions Chevrotain imports from `lodash-es`, with lodash's results for the values
 * Chevrotain gives them (arrays, plain and class-made objects, strings, null and undefined). The
 * bundles use this module in its place (scripts/build.mjs): through lodash-es a one-file lint ran
 * ~320 of its functions once each (a quarter of all the functions it ran), each compiled, stored in
 * the code cache and run cold for a handful of calls. test/chevrotain/lodash.test.ts compares each
 * function here with lodash's own on the same inputs.
 *
 * Where lodash accepts more than a function as an iteratee (a property name, an object to match),
 * this module takes a function, nothing (identity) or a property name without a path; anything
 * else throws, so that a Chevrotain version using more of lodash fails the tests instead of
 * misbehaving.
 */

type Collection = ArrayLike<unknown> | Record<string, unknown> | null | undefined;
type Callback = (value: unknown, key?: unknown, collection?: unknown, more?: unknown) => unknown;
type Iteratee = Callback | string | number | null | undefined;

const hasOwn = Object.prototype.hasOwnProperty;
const objectToString = Object.prototype.toString;
// Module constants: a regular-expression literal in a function makes a new object at every call.
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;
const PATH_SYNTAX = /[.[\]]/;

export const isArray = Array.isArray;

function isLength(value: unknown): value is number {
  return typeof value === 'number' && value > -1 && value % 1 === 0 && value <= Number.MAX_SAFE_INTEGER;
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return value != null && typeof value !== 'function' && isLength((value as ArrayLike<unknown>).length);
}

function isArguments(value: unknown): boolean {
  return typeof value === 'object' && value !== null && objectToString.call(value) === '[object Arguments]';
}

/** An object that is some constructor's prototype, whose keys lodash lists without `constructor`. */
function isPrototype(value: object): boolean {
  const ctor = (value as { constructor?: unknown }).constructor;
  const proto = (typeof ctor === 'function' && ctor.prototype) || Object.prototype;
  return value === proto;
}

/** lodash's `keys`: an array's indexes (as strings) and its other own keys; else own enumerable keys. */
export function keys(object: unknown): string[] {
  if (isArrayLike(object)) {
    // lodash lists the indexes of arrays, `arguments` and typed arrays itself; other array-likes
    // (strings, objects with a length) by their own keys.
    const listsIndexes = isArray(object) || isArguments(object) || ArrayBuffer.isView(object);
    const length = object.length;
    const result: string[] = [];
    if (listsIndexes) for (let i = 0; i < length; i++) result.push(String(i));
    for (const key in object as object) {
      if (hasOwn.call(object, key) && !(listsIndexes && (key === 'length' || isIndexKey(key, length)))) result.push(key);
    }
    return result;
  }
  if (object == null) return [];
  const boxed = Object(object) as object;
  if (!isPrototype(boxed)) return Object.keys(boxed);
  const result: string[] = [];
  for (const key in boxed) if (hasOwn.call(boxed, key) && key !== 'constructor') result.push(key);
  return result;
}

function isIndexKey(key: string, length: number): boolean {
  return INDEX_KEY.test(key) && Number(key) < length;
}

/** Own and inherited enumerable string keys (lodash's `keysIn`), and with `symbols` those symbols too (its `getAllKeysIn`). */
function keysIn(object: object, symbols = false): (string | symbol)[] {
  const result: (string | symbol)[] = [];
  const isProto = isPrototype(object);
  for (const key in object) if (!(key === 'constructor' && (isProto || !hasOwn.call(object, key)))) result.push(key);
  if (symbols) {
    for (let o: object | null = object; o; o = Object.getPrototypeOf(o) as object | null) {
      for (const symbol of Object.getOwnPropertySymbols(o)) if (Object.prototype.propertyIsEnumerable.call(o, symbol)) result.push(symbol);
    }
  }
  return result;
}

export function values(object: unknown): unknown[] {
  if (object == null) return [];
  const boxed = Object(object) as Record<string, unknown>;
  return keys(object).map((key) => boxed[key]);
}

function toFunction(iteratee: Iteratee): Callback {
  if (typeof iteratee === 'function') return iteratee;
  if (iteratee == null) return identity;
  if ((typeof iteratee === 'string' && !PATH_SYNTAX.test(iteratee)) || typeof iteratee === 'number') {
    return (value: unknown) => (value == null ? undefined : (value as Record<string, unknown>)[iteratee]);
  }
  throw new TypeError(`dflint's lodash subset does not take ${JSON.stringify(iteratee)} as an iteratee`);
}

/** Calls `visit(value, key, collection as an object)` for each element or own enumerable property; stops when it returns false. */
function each(collection: unknown, visit: Callback): void {
  if (collection == null) return;
  if (isArrayLike(collection)) {
    const iterable = Object(collection) as ArrayLike<unknown>;
    const length = iterable.length;
    for (let i = 0; i < length; i++) if (visit(iterable[i], i, iterable) === false) return;
    return;
  }
  const object = Object(collection) as Record<string, unknown>;
  const list = keys(object);
  for (let i = 0; i < list.length; i++) if (visit(object[list[i]], list[i], object) === false) return;
}

export function forEach<T>(collection: T, iteratee?: Iteratee): T {
  const visit = typeof iteratee === 'function' ? iteratee : identity;
  if (isArray(collection)) {
    const length = collection.length;
    for (let i = 0; i < length; i++) if (visit(collection[i], i, collection) === false) break;
  } else each(collection, visit);
  return collection;
}

export function map(collection: Collection, iteratee?: Iteratee): unknown[] {
  const visit = toFunction(iteratee);
  if (isArray(collection)) {
    const length = collection.length;
    const result = new Array(length);
    for (let i = 0; i < length; i++) result[i] = visit(collection[i], i, collection);
    return result;
  }
  const result: unknown[] = [];
  each(collection, (value, key, all) => {
    result.push(visit(value, key, all));
  });
  return result;
}

export function filter(collection: Collection, predicate?: Iteratee): unknown[] {
  const test = toFunction(predicate);
  const result: unknown[] = [];
  each(collection, (value, key, all) => {
    if (test(value, key, all)) result.push(value);
  });
  return result;
}

export function reject(collection: Collection, predicate?: Iteratee): unknown[] {
  const test = toFunction(predicate);
  return filter(collection, (value: unknown, key: unknown, all: unknown) => !test(value, key, all));
}

export function find(collection: Collection, predicate?: Iteratee): unknown {
  const test = toFunction(predicate);
  let found: unknown;
  // lodash gives the predicate an array-like as it is (a string unboxed), other collections as objects.
  const asGiven = isArrayLike(collection);
  each(collection, (value, key, all) => {
    if (!test(value, key, asGiven ? collection : all)) return true;
    found = value;
    return false;
  });
  return found;
}

export function every(collection: Collection, predicate?: Iteratee): boolean {
  const test = toFunction(predicate);
  let result = true;
  each(collection, (value, key, all) => (result = !!test(value, key, all)));
  return result;
}

export function some(collection: Collection, predicate?: Iteratee): boolean {
  const test = toFunction(predicate);
  let result = false;
  each(collection, (value, key, all) => !(result = !!test(value, key, all)));
  return result;
}

export function reduce(collection: Collection, iteratee: Iteratee, ...accumulator: unknown[]): unknown {
  const visit = toFunction(iteratee);
  let first = accumulator.length === 0;
  let result = accumulator[0];
  each(collection, (value, key, all) => {
    if (first) {
      first = false;
      result = value;
    } else result = visit(result, value, key, all);
  });
  return result;
}

export function groupBy(collection: Collection, iteratee?: Iteratee): Record<string, unknown[]> {
  const keyOf = toFunction(iteratee);
  const result: Record<string, unknown[]> = {};
  each(collection, (value) => {
    const key = keyOf(value) as string;
    if (hasOwn.call(result, key)) result[key].push(value);
    else assignValue(result, key, [value]);
  });
  return result;
}

export function flatMap(collection: Collection, iteratee?: Iteratee): unknown[] {
  return flattenOnce(map(collection, iteratee));
}

export function flatten(array: unknown): unknown[] {
  return array != null && (array as ArrayLike<unknown>).length ? flattenOnce(array as ArrayLike<unknown>) : [];
}

function isFlattenable(value: unknown): value is ArrayLike<unknown> {
  return isArray(value) || isArguments(value) || !!(value && (value as Record<symbol, unknown>)[Symbol.isConcatSpreadable]);
}

function flattenOnce(array: ArrayLike<unknown>): unknown[] {
  const result: unknown[] = [];
  for (let i = 0; i < array.length; i++) {
    const value = array[i];
    if (isFlattenable(value)) for (let j = 0; j < value.length; j++) result.push(value[j]);
    else result.push(value);
  }
  return result;
}

/** SameValueZero, as lodash compares: NaN equals NaN, +0 equals -0. */
function sameValueZero(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}

function indexIn(array: ArrayLike<unknown>, value: unknown, from: number): number {
  for (let i = from; i < array.length; i++) if (sameValueZero(array[i], value)) return i;
  return -1;
}

export function includes(collection: Collection | string, value: unknown): boolean {
  if (typeof collection === 'string') return collection.indexOf(value as string) > -1;
  const list = isArrayLike(collection) ? collection : values(collection);
  return list.length > 0 && indexIn(list, value, 0) > -1;
}

export function indexOf(array: ArrayLike<unknown> | null | undefined, value: unknown, fromIndex?: number): number {
  const length = array == null ? 0 : array.length;
  if (!length) return -1;
  let from = fromIndex == null ? 0 : Math.trunc(Number(fromIndex)) || 0;
  if (from < 0) from = Math.max(length + from, 0);
  return indexIn(array!, value, from);
}

export function uniq(array: ArrayLike<unknown> | null | undefined): unknown[] {
  return array != null && array.length ? [...new Set(Array.from(array))] : [];
}

export function compact(array: ArrayLike<unknown> | null | undefined): unknown[] {
  const result: unknown[] = [];
  if (array != null) for (let i = 0; i < array.length; i++) if (array[i]) result.push(array[i]);
  return result;
}

export function difference(array: unknown, ...others: unknown[]): unknown[] {
  if (!isArrayLikeObject(array)) return [];
  const excluded: unknown[] = [];
  for (const other of others) if (isArrayLikeObject(other)) for (let i = 0; i < other.length; i++) excluded.push(other[i]);
  const result: unknown[] = [];
  for (let i = 0; i < array.length; i++) if (indexIn(excluded, array[i], 0) < 0) result.push(array[i]);
  return result;
}

function isArrayLikeObject(value: unknown): value is ArrayLike<unknown> {
  return typeof value === 'object' && value !== null && isArrayLike(value);
}

/** lodash's `toInteger`: toward zero, NaN as 0 (an infinite count stays infinite, which slices alike). */
function toCount(n: unknown): number {
  return Math.trunc(Number(n)) || 0;
}

export function drop(array: ArrayLike<unknown> | null | undefined, n: unknown = 1): unknown[] {
  const length = array == null ? 0 : array.length;
  if (!length) return [];
  return Array.prototype.slice.call(array, Math.max(toCount(n), 0), length);
}

export function dropRight(array: ArrayLike<unknown> | null | undefined, n: unknown = 1): unknown[] {
  const length = array == null ? 0 : array.length;
  if (!length) return [];
  return Array.prototype.slice.call(array, 0, Math.max(length - toCount(n), 0));
}

export function first(array: ArrayLike<unknown> | null | undefined): unknown {
  return array != null && array.length ? array[0] : undefined;
}

export function last(array: ArrayLike<unknown> | null | undefined): unknown {
  const length = array == null ? 0 : array.length;
  return length ? array![length - 1] : undefined;
}

/** lodash's `has` for one key (a path with `.` or `[` is not something Chevrotain passes). */
export function has(object: unknown, key: string | number): boolean {
  if (typeof key === 'string' && PATH_SYNTAX.test(key) && !(object != null && key in Object(object))) {
    throw new TypeError(`dflint's lodash subset does not take the path ${JSON.stringify(key)}`);
  }
  return object != null && hasOwn.call(object, key);
}

export function isEmpty(value: unknown): boolean {
  if (value == null) return true;
  if (isArrayLike(value) && (isArray(value) || typeof value === 'string' || typeof (value as { splice?: unknown }).splice === 'function' || ArrayBuffer.isView(value) || isArguments(value))) {
    return !value.length;
  }
  if (value instanceof Map || value instanceof Set) return !value.size;
  if (typeof value === 'object' && isPrototype(value)) return keys(value).length === 0;
  for (const key in value as object) if (hasOwn.call(value, key)) return false;
  return true;
}

/** Sets a key as lodash does: `__proto__` becomes an own property rather than the prototype. */
function assignValue(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { configurable: true, enumerable: true, value, writable: true });
  else object[key] = value;
}

/** lodash's `assignValue`: skips a key that already holds the same value, or undefined inherited. */
function copyValue(object: Record<string | symbol, unknown>, key: string | symbol, value: unknown): void {
  if (!(hasOwn.call(object, key) && sameValueZero(object[key], value)) || (value === undefined && !(key in object))) {
    assignValue(object as Record<string, unknown>, key as string, value);
  }
}

export function assign(object: Record<string, unknown>, ...sources: unknown[]): Record<string, unknown> {
  const target = Object(object) as Record<string, unknown>;
  for (const source of sources) {
    if (source == null) continue;
    const from = Object(source) as Record<string, unknown>;
    for (const key of keys(source)) copyValue(target, key, from[key]);
  }
  return target;
}

export function defaults(object: unknown, ...sources: unknown[]): Record<string, unknown> {
  const target = Object(object) as Record<string, unknown>;
  for (const source of sources) {
    if (source == null) continue;
    const from = Object(source) as Record<string, unknown>;
    for (const key of keysIn(from) as string[]) {
      const value = target[key];
      if (value === undefined || (sameValueZero(value, (Object.prototype as Record<string, unknown>)[key]) && !hasOwn.call(target, key))) target[key] = from[key];
    }
  }
  return target;
}

export function pickBy(object: unknown, predicate?: Iteratee): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  if (object == null) return result;
  const test = toFunction(predicate);
  const from = Object(object) as Record<string | symbol, unknown>;
  for (const key of keysIn(from, true)) if (test(from[key], key)) assignValue(result, key as string, from[key]);
  return result;
}

/** A shallow copy keeping the prototype, as lodash's `clone` makes of arrays and objects. */
export function clone<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? ({} as T) : value;
  if (isArray(value)) return value.slice() as T;
  const tag = objectToString.call(value);
  if (tag !== '[object Object]' && tag !== '[object Arguments]') {
    throw new TypeError(`dflint's lodash subset does not clone a ${tag}`);
  }
  const from = value as Record<string | symbol, unknown>;
  const keepsPrototype = tag === '[object Object]' && typeof from.constructor === 'function' && !isPrototype(value);
  const result = (keepsPrototype ? Object.create(Object.getPrototypeOf(value)) : {}) as Record<string, unknown>;
  for (const key of keys(value)) copyValue(result, key, from[key]);
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) copyValue(result, symbol, from[symbol]);
  }
  return result as T;
}

export function isString(value: unknown): value is string {
  return typeof value === 'string' || (!isArray(value) && typeof value === 'object' && value !== null && objectToString.call(value) === '[object String]');
}

export function isFunction(value: unknown): value is (...args: unknown[]) => unknown {
  return typeof value === 'function';
}

export function isObject(value: unknown): value is object {
  return value != null && (typeof value === 'object' || typeof value === 'function');
}

export function isRegExp(value: unknown): value is RegExp {
  return typeof value === 'object' && value !== null && objectToString.call(value) === '[object RegExp]';
}

export function isUndefined(value: unknown): value is undefined {
  return value === undefined;
}

export function upperFirst(value: unknown): string {
  const text = value == null ? '' : String(value);
  if (!text) return text;
  const head = String.fromCodePoint(text.codePointAt(0)!);
  return head.toUpperCase() + text.slice(head.length);
}

export function identity<T>(value: T): T {
  return value;
}

export function noop(): void {}
