/**
 * A small seeded pseudo-random generator (sfc32: 128 bits of state, passes PractRand to 2^40
 * bytes), so a history is the same for the same seed on every machine and Node version. The
 * generator never uses Math.random.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A float in [min, max). */
  between(min: number, max: number): number;
}

/**
 * A generator for one stream of a seed: streams (one per day of the history) are independent, so a
 * day's cases do not depend on how many cases earlier days had or on the batch size.
 *
 * @example createRandom(42, 7).int(10) // the same number on every run
 */
export function createRandom(seed: number, stream = 0): Random {
  if (!Number.isInteger(seed) || !Number.isInteger(stream)) {
    throw new RangeError(`seed and stream must be integers, got ${seed} and ${stream}`);
  }
  let a = mix32(seed ^ 0x9e3779b9);
  let b = mix32(stream ^ 0x85ebca6b);
  let c = mix32(seed + stream * 0x27d4eb2f);
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of sfc32 still echo the seed: discard them.
  for (let i = 0; i < 12; i++) next();
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    between: (min, max) => min + (max - min) * next(),
  };
}

/** murmur3's finaliser: spreads every input bit over the 32 output bits. */
function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** One item of a list drawn uniformly, or undefined for an empty or missing list. */
export function pickFrom<T>(random: Random, items: readonly T[] | undefined): T | undefined {
  return items?.length ? items[random.int(items.length)] : undefined;
}
