import { editDistance } from '../text/edit-distance';

/**
 * The candidate nearest to `input`, when it is near enough to be a plausible typo, or else the
 * shortest candidate that starts with it (`shell-form` → `shell-form-cmd`).
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let prefixed: string | undefined;
  const lower = input.toLowerCase();
  // Farther than this is no typo (rule keys are looked up case-insensitively).
  const near = Math.max(2, Math.floor(input.length / 3));
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) continue;
    if (lower.length >= 4 && candidate.toLowerCase().startsWith(lower) && (!prefixed || candidate.length < prefixed.length)) prefixed = candidate;
    const d = editDistance(lower, candidate.toLowerCase(), near);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= near ? best : prefixed;
}

/** `; did you mean "x"?` or nothing. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closestMatch(input, candidates);
  return match ? `; did you mean "${match}"?` : '';
}
