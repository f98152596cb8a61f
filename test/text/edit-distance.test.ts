import { editDistance } from '../../src/text/edit-distance';

/** The textbook full-table optimal string alignment distance, as an oracle. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('PATH', 'PATH')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('PATH', 'PATHS')).toBe(1);
    expect(editDistance('PATH', 'PAT')).toBe(1);
    expect(editDistance('PATH', 'BATH')).toBe(1);
    expect(editDistance('PATH', 'PAHT')).toBe(1);
    expect(editDistance('RUN', 'RNU')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('counts case', () => {
    expect(editDistance('path', 'PATH')).toBe(4);
  });

  it('stops past `max` and says max + 1', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 0)).toBe(1);
  });

  it('agrees with the full table, with and without `max` (every pair of strings of up to 4 letters over a, b, c)', () => {
    const words = [''];
    for (let len = 1; len <= 4; len++) for (const w of words.filter((x) => x.length === len - 1)) for (const c of 'abc') words.push(w + c);
    const wrong: string[] = [];
    for (const a of words) {
      for (const b of words) {
        const full = reference(a, b);
        if (editDistance(a, b) !== full) wrong.push(`${a}/${b}`);
        for (let max = 0; max <= 4; max++) if (editDistance(a, b, max) !== Math.min(full, max + 1)) wrong.push(`${a}/${b} max ${max}`);
      }
    }
    expect(words).toHaveLength(121);
    expect(wrong).toEqual([]);
  });
});
