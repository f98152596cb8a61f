/**
 * Edit distance between two strings, counting an insertion, a deletion, a substitution, or a swap
 * of two adjacent characters (PAHT for PATH) as one edit. Case counts: callers fold case first
 * where it should not. Suggestions only want near misses, so past `max` it stops early and returns
 * `max + 1` (a name compared with thousands of others stays cheap).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the table: i - 2, i - 1 and i.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, beforePrevious[j - 2] + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // No cell of a later row is smaller than this row's least (a swap's cell has a substitution's
    // cell at most as large in the row between), so the distance is past `max` already.
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length], max + 1);
}
