import { expandWord, type VariableLookup } from '../../src/semantic/expand';

const vars: Record<string, string | null> = {
  foo: 'bar',
  empty: '',
  path: '/usr/local/bin/app.tar.gz',
  unknown: null,
};
const lookup: VariableLookup = (name) => (name in vars ? { value: vars[name] } : undefined);
const ex = (text: string, escapeChar = '\\') => expandWord(text, lookup, { escapeChar });

describe('expandWord', () => {
  it.each([
    ['$foo', 'bar'],
    ['${foo}', 'bar'],
    ['${foo}_x', 'bar_x'],
    ['$foo_x', ''],
    ['a$missing-b', 'a-b'],
    ['$', '$'],
    ['$1', '$1'],
    ['x$-y', 'x$-y'],
  ])('plain references: %s → %s', (text, out) => {
    expect(ex(text).value).toBe(out);
  });

  it.each([
    ['${foo:-d}', 'bar'],
    ['${empty:-d}', 'd'],
    ['${missing:-d}', 'd'],
    ['${foo-d}', 'bar'],
    ['${empty-d}', ''],
    ['${missing-d}', 'd'],
    ['${foo:+a}', 'a'],
    ['${empty:+a}', ''],
    ['${missing:+a}', ''],
    ['${foo+a}', 'a'],
    ['${empty+a}', 'a'],
    ['${missing+a}', ''],
    ['${missing:-$foo}', 'bar'],
    ['${missing:-${foo:+x}y}', 'xy'],
  ])('default and alternative modifiers: %s → %s', (text, out) => {
    expect(ex(text).value).toBe(out);
  });

  it.each([
    ['${path#*/}', 'usr/local/bin/app.tar.gz'],
    ['${path##*/}', 'app.tar.gz'],
    ['${path%.*}', '/usr/local/bin/app.tar'],
    ['${path%%.*}', '/usr/local/bin/app'],
    ['${path/local/opt}', '/usr/opt/bin/app.tar.gz'],
    ['${path//a/A}', '/usr/locAl/bin/App.tAr.gz'],
    ['${foo#x}', 'bar'],
    ['${foo%[a-z]}', 'ba'],
    ['${foo/?/Z}', 'Zar'],
  ])('pattern modifiers: %s → %s', (text, out) => {
    expect(ex(text).value).toBe(out);
  });

  it('handles escapes with the escape character', () => {
    expect(ex('\\$foo').value).toBe('$foo');
    expect(ex('\\${foo}').value).toBe('${foo}');
    expect(ex('a\\ b').value).toBe('a b');
    expect(ex('`$foo', '`').value).toBe('$foo');
    expect(ex('C:\\dir\\$foo', '`').value).toBe('C:\\dir\\bar');
    expect(ex('end\\').value).toBe('end\\');
  });

  it('removes quotes; single quotes stop expansion', () => {
    expect(ex('"$foo baz"').value).toBe('bar baz');
    expect(ex("'$foo'").value).toBe('$foo');
    expect(ex('"a\\"b\\$foo"').value).toBe('a"b$foo');
    expect(ex('"a\\nb"').value).toBe('a\\nb');
    expect(expandWord('"$foo"', lookup, { processQuotes: false }).value).toBe('"bar"');
  });

  it('marks values depending on an unknown variable, treating it as unset', () => {
    expect(ex('x$unknown')).toMatchObject({ value: 'x', unknown: true });
    expect(ex('${unknown:-3.14}')).toMatchObject({ value: '3.14', unknown: true });
    expect(ex('$foo')).toMatchObject({ unknown: false });
  });

  it('reports references with exact indices and operators', () => {
    const e = ex('a${foo:-x}b$missing');
    expect(e.references).toEqual([
      { name: 'foo', start: 1, end: 10, nameStart: 3, nameEnd: 6, operator: ':-', set: true, unknown: false, hasDefault: true },
      { name: 'missing', start: 11, end: 19, nameStart: 12, nameEnd: 19, operator: null, set: false, unknown: false, hasDefault: false },
    ]);
  });

  it('reports ${v?msg} failures and bad substitutions', () => {
    expect(ex('${missing?need it}').errors).toEqual(['missing: need it']);
    expect(ex('${foo:?x}').errors).toEqual([]);
    expect(ex('${empty:?}').errors).toEqual(['empty: is not allowed to be unset']);
    expect(ex('${}').errors).toHaveLength(1);
    expect(ex('${foo').errors).toHaveLength(1);
  });
});
