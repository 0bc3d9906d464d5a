/**
 * A seeded generator: xoshiro128** (Blackman & Vigna 2018) on 32-bit integer arithmetic, which
 * JavaScript computes identically on every machine, seeded through splitmix32 so that nearby seeds
 * give unrelated streams. Doubles take 53 random bits from two draws; normals use Box–Muller.
 */
export interface Rng {
  /** The seed this generator started from. */
  readonly seed: number;
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Uniform on [low, high). */
  uniformIn(low: number, high: number): number;
  /** Normal with the given mean and standard deviation. */
  normal(mean?: number, std?: number): number;
  /** Integer uniform on 0..n−1. */
  int(n: number): number;
  /** A Float64Array of n normal draws. */
  normals(n: number, mean?: number, std?: number): Float64Array;
  /** A Float64Array of n uniform draws on [low, high). */
  uniforms(n: number, low?: number, high?: number): Float64Array;
}

function splitmix32(state: number): () => number {
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** n as Float64Array.from({ length: n }) reads it (2.5 → 2, negative or NaN → 0), which normals(n) always did. */
const arrayLength = (n: number): number => Math.max(0, Math.trunc(n) || 0);

const rotateLeft = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/**
 * A generator from an integer seed (any safe integer; the same seed gives the same stream everywhere).
 * The state lives in an Int32Array rather than a plain array: its words stay untagged 32-bit integers,
 * where array elements above 2³⁰ would each be a heap-allocated number, which made a draw ~3× slower.
 */
export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) throw new Error(`createRng: seed must be a safe integer, got ${seed}`);
  // Fold both halves of the seed in, so seeds that differ only above bit 32 still differ.
  const seeder = splitmix32((seed ^ Math.floor(seed / 2 ** 32)) | 0);
  const s = Int32Array.of(seeder(), seeder(), seeder(), seeder());
  if (!s.some((word) => word !== 0)) s[0] = 1; // the all-zero state is xoshiro's one fixed point

  const nextUint32 = (): number => {
    const result = Math.imul(rotateLeft(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotateLeft(s[3], 11);
    return result;
  };
  const uniform = (): number => ((nextUint32() >>> 5) * 67108864 + (nextUint32() >>> 6)) / 9007199254740992;

  // Box–Muller yields normals in pairs; the second is kept for the next call. `hasSpare` rather than
  // an `undefined` sentinel keeps `spareNormal` a plain double.
  let spareNormal = 0;
  let hasSpare = false;
  const standardNormal = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spareNormal;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - uniform())); // 1 − u ∈ (0, 1]: log never sees 0
    const angle = 2 * Math.PI * uniform();
    spareNormal = radius * Math.sin(angle);
    hasSpare = true;
    return radius * Math.cos(angle);
  };

  const rng: Rng = {
    seed,
    uniform,
    uniformIn: (low, high) => low + (high - low) * uniform(),
    normal: (mean = 0, std = 1) => mean + std * standardNormal(),
    int: (n) => {
      if (!Number.isInteger(n) || n <= 0) throw new Error(`rng.int: n must be a positive integer, got ${n}`);
      return Math.floor(uniform() * n);
    },
    // Plain loops: Float64Array.from({ length: n }, draw) goes through the generic iterable path.
    normals: (n, mean = 0, std = 1) => {
      const values = new Float64Array(arrayLength(n));
      for (let i = 0; i < values.length; i++) values[i] = mean + std * standardNormal();
      return values;
    },
    uniforms: (n, low = 0, high = 1) => {
      const values = new Float64Array(arrayLength(n));
      for (let i = 0; i < values.length; i++) values[i] = low + (high - low) * uniform();
      return values;
    },
  };
  return rng;
}
