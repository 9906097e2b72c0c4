/**
 * A small seeded PRNG (mulberry32). The generator derives one stream per item from the seed and the
 * item's slot key, so an item's content never depends on how many items came before it.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(values: readonly T[]): T;
  chance(probability: number): boolean;
  /** Up to `count` distinct values, in their original order. */
  sample<T>(values: readonly T[], count: number): T[];
}

export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(values: readonly T[]): T => {
      if (values.length === 0) throw new Error('pick from an empty list');
      return values[int(0, values.length - 1)] as T;
    },
    chance: (probability: number) => next() < probability,
    sample: <T>(values: readonly T[], count: number): T[] => {
      const chosen = new Set<number>();
      const wanted = Math.min(count, values.length);
      while (chosen.size < wanted) chosen.add(int(0, values.length - 1));
      return [...chosen].sort((a, b) => a - b).map((i) => values[i] as T);
    },
  };
}
