import { createRng } from "../numerics/random";
import type { Case } from "./types";

/**
 * Seeded random scalar cases for hidden checks: the same seed gives the same cases on every machine,
 * so a grade can be reproduced. Rounded to 4 decimals so feedback prints them readably.
 */
export function sampleScalars(seed: number, count: number, low: number, high: number): Case[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => [Math.round(rng.uniformIn(low, high) * 1e4) / 1e4]);
}

/** Seeded random vectors (one argument per case), for softmax-like exercises. */
export function sampleVectors(seed: number, count: number, length: number, scale: number): Case[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => [
    Array.from({ length }, () => Math.round(rng.normal(0, scale) * 1e4) / 1e4),
  ]);
}
