import * as assert from 'node:assert';
import { notStrictEqual, strictEqual } from '../../src/cli/yargs-assert';

describe('the assert functions the CLI bundles give yargs', () => {
  it('pass and fail where Node’s do', () => {
    const pairs: [unknown, unknown][] = [[1, 1], [1, 2], ['a', 'a'], [NaN, NaN], [0, -0], [{}, {}], [undefined, null]];
    for (const [a, b] of pairs) {
      const nodeThrows = (f: () => void) => { try { f(); return false; } catch { return true; } };
      expect([a, b, nodeThrows(() => strictEqual(a, b))]).toEqual([a, b, nodeThrows(() => assert.strictEqual(a, b))]);
      expect([a, b, nodeThrows(() => notStrictEqual(a, b))]).toEqual([a, b, nodeThrows(() => assert.notStrictEqual(a, b))]);
    }
  });

  it('throw the message given, or the Error given', () => {
    expect(() => strictEqual(1, 2, 'not equal')).toThrow('not equal');
    const error = new TypeError('mine');
    expect(() => notStrictEqual(1, 1, error)).toThrow(error);
  });
});
