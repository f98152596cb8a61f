/** Lines of context around each change, as `diff -u` does. */
const CONTEXT = 3;

type Op = { kind: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.split(/(?<=\n)/);
}

/**
 * Line operations turning `a` into `b`: common prefix and suffix are matched directly, the middle
 * with a longest-common-subsequence table (Dockerfile fixes touch few lines, so the middle is small).
 */
function diffLines(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops: Op[] = a.slice(0, start).map((line) => ({ kind: ' ', line }));
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      ops.push({ kind: ' ', line: midA[i++] });
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      // Deletions first, as diff prints them.
      ops.push({ kind: '-', line: midA[i++] });
    } else {
      ops.push({ kind: '+', line: midB[j++] });
    }
  }
  for (const line of a.slice(endA)) ops.push({ kind: ' ', line });
  return ops;
}

function render(op: Op): string {
  const body = op.line.replace(/\r?\n$/, '');
  const missingNewline = !op.line.endsWith('\n');
  return `${op.kind}${body}\n${missingNewline ? '\\ No newline at end of file\n' : ''}`;
}

/** Groups the indices of changed ops into hunks: [first op, last op] with context, merged when they touch. */
function hunkSpans(ops: Op[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  ops.forEach((op, index) => {
    if (op.kind === ' ') return;
    const from = Math.max(0, index - CONTEXT);
    const to = Math.min(ops.length - 1, index + CONTEXT);
    const previous = spans[spans.length - 1];
    if (previous && from <= previous[1] + 1) previous[1] = to;
    else spans.push([from, to]);
  });
  return spans;
}

/** `start,count` as diff writes it: a zero-length side names the line before it. */
function hunkRange(start: number, count: number): string {
  return `${count === 0 ? start - 1 : start},${count}`;
}

/** A unified diff (`--- a/file`, `+++ b/file`, `@@` hunks); empty when the texts are equal. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  const name = file.replace(/\\/g, '/').replace(/^\/+/, '');
  let out = `--- a/${name}\n+++ b/${name}\n`;
  // Line numbers (1-based) in the old and new text of each op.
  let oldLine = 1;
  let newLine = 1;
  const positions = ops.map((op) => {
    const at = { oldLine, newLine };
    if (op.kind !== '+') oldLine++;
    if (op.kind !== '-') newLine++;
    return at;
  });
  for (const [from, to] of hunkSpans(ops)) {
    const slice = ops.slice(from, to + 1);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    out += `@@ -${hunkRange(positions[from].oldLine, oldCount)} +${hunkRange(positions[from].newLine, newCount)} @@\n`;
    out += slice.map(render).join('');
  }
  return out;
}
