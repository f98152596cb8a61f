/** Levenshtein distance, case-insensitive (rule keys are looked up case-insensitively). */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length];
}

/**
 * The candidate nearest to `input`, when it is near enough to be a plausible typo, or else the
 * shortest candidate that starts with it (`shell-form` → `shell-form-cmd`).
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let prefixed: string | undefined;
  const lower = input.toLowerCase();
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) continue;
    if (lower.length >= 4 && candidate.toLowerCase().startsWith(lower) && (!prefixed || candidate.length < prefixed.length)) prefixed = candidate;
    const d = editDistance(input, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : prefixed;
}

/** `; did you mean "x"?` or nothing. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closestMatch(input, candidates);
  return match ? `; did you mean "${match}"?` : '';
}
