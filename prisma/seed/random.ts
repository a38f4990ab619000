// Deterministic randomness for the demo data: the same inputs always give the same organisation,
// so two databases seeded with the same `today` hold identical readings.

/** The fixed seed of every generator (2012: the year of the source article). */
export const SEED = 0x5eed_2012;

/** mulberry32: a tiny, fast 32-bit PRNG; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a: a stable 32-bit hash of a string, to derive per-item seeds. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A generator keyed by its parts (e.g. KPI code and period), so a value depends only on what it
 * describes and not on the order in which values happen to be generated.
 */
export function rngFor(...parts: string[]): () => number {
  return mulberry32(hashString(parts.join("|")) ^ SEED);
}

/** Roughly normal noise with mean 0 and standard deviation ≈ 1 (Irwin–Hall of three uniforms). */
export function gaussianish(random: () => number): number {
  return (random() + random() + random() - 1.5) * 2;
}

/** An integer in [min, max], both inclusive. */
export function integerBetween(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
