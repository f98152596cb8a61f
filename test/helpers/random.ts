/**
 * A small deterministic generator (mulberry32), so a failing random test names the same case every
 * run: `next(n)` is a whole number in [0, n). (A power-of-two linear congruential generator taken
 * modulo a small n cycles in its low bits, which kept random tests on a few paths.)
 */
export function seededRandom(seed: number): (n: number) => number {
  let a = seed | 0;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}
