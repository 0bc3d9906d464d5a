/**
 * Inverted dropout (Srivastava et al. 2014; PyTorch's nn.Dropout in training mode): each entry is
 * kept with probability 1 − p and then divided by 1 − p, or set to 0. The division keeps the mean,
 * E[y] = E[x], so nothing needs rescaling at evaluation time, when dropout is the identity. It does
 * not keep the second moment: E[y²] = E[x²]/(1 − p) (notebook 07 derives and measures it).
 */
import type { Rng } from "../numerics/random";

export interface DropoutResult {
  readonly output: Float64Array;
  /** 1 where the entry was kept, 0 where it was dropped: the backward pass multiplies by mask/(1 − p). */
  readonly mask: Uint8Array;
}

export function dropout(values: ArrayLike<number>, p: number, rng: Rng): DropoutResult {
  if (!(p >= 0 && p < 1))
    throw new Error(`dropout: p is the probability of dropping an entry, from 0 (keep all) up to but not 1; got ${p}`);
  const keep = 1 - p;
  const mask = new Uint8Array(values.length);
  const output = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    // uniform() is in [0, 1): P(uniform() < keep) = keep, so p = 0 keeps every entry.
    mask[i] = rng.uniform() < keep ? 1 : 0;
    output[i] = mask[i] === 1 ? values[i] / keep : 0;
  }
  return { output, mask };
}
