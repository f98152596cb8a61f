import { BindingHistory } from '../../src/semantic/binding-history';
import type { VariableBinding } from '../../src/semantic/variables';

const bind = (name: string, value: string): VariableBinding => ({ name, kind: 'arg', value, node: null, nameRange: null });

describe('BindingHistory', () => {
  const history = new BindingHistory(new Map([['A', bind('A', 'a1')], ['B', bind('B', 'b1')]]));
  const afterInitial = history.version;
  history.set(bind('C', 'c1'));
  const afterC = history.version;
  history.set(bind('A', 'a2'));
  history.set(bind('A', 'a3'));

  it('answers a lookup as of any earlier version', () => {
    expect(afterInitial).toBe(0);
    expect(history.get('A', afterInitial)?.value).toBe('a1');
    expect(history.get('C', afterInitial)).toBeUndefined();
    expect(history.get('C', afterC)?.value).toBe('c1');
    expect(history.get('A', afterC + 1)?.value).toBe('a2');
    expect(history.get('A', history.version)?.value).toBe('a3');
    expect(history.get('A', 0)?.value).toBe('a1');
    expect(history.get('C', 0)).toBeUndefined();
    expect(history.get('Z', history.version)).toBeUndefined();
  });

  it('lists the bindings of a version with names in first-set order, as a copied Map would', () => {
    expect([...history.entries(afterInitial)].map((b) => `${b.name}=${b.value}`)).toEqual(['A=a1', 'B=b1']);
    expect([...history.entries(history.version)].map((b) => `${b.name}=${b.value}`)).toEqual(['A=a3', 'B=b1', 'C=c1']);
    const copied = new Map([['A', 'a1'], ['B', 'b1']]);
    copied.set('C', 'c1');
    copied.set('A', 'a3');
    expect([...history.latest()].map(([k, b]) => [k, b.value])).toEqual([...copied]);
  });
});
