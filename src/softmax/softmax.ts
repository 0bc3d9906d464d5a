/**
 * Softmax and its log-domain relatives over one vector. Every function subtracts the maximum first:
 * softmax is shift-invariant, and after the shift the largest exponent is e⁰ = 1, so nothing overflows
 * at x = 1000 and the sum is at least 1, so nothing divides by zero.
 */

function checkNonEmpty(logits: ArrayLike<number>, what: string): void {
  if (logits.length === 0) throw new Error(`${what} needs at least one value, got an empty vector`);
}

function maxOf(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (Number.isNaN(value)) return NaN;
    if (value > max) max = value;
  }
  return max;
}

/** log Σ exp(xᵢ), computed as m + log Σ exp(xᵢ − m) with m = max x. */
export function logSumExp(logits: ArrayLike<number>): number {
  checkNonEmpty(logits, "logSumExp");
  const max = maxOf(logits);
  // All −Infinity (or +Infinity present): the shift would give NaN, and the max is the answer.
  if (!Number.isFinite(max)) return max;
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += Math.exp(logits[i] - max);
  return max + Math.log(sum);
}

/** softmax(x)ᵢ = exp(xᵢ)/Σⱼ exp(xⱼ), divided by `temperature` first (T < 1 sharpens, T > 1 flattens). */
export function softmax(logits: ArrayLike<number>, temperature = 1): Float64Array {
  checkNonEmpty(logits, "softmax");
  if (!(temperature > 0) || !Number.isFinite(temperature)) {
    throw new Error(`softmax temperature must be a finite number > 0, got ${temperature}`);
  }
  const max = maxOf(logits);
  const probabilities = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const e = Math.exp((logits[i] - max) / temperature);
    probabilities[i] = e;
    sum += e;
  }
  for (let i = 0; i < logits.length; i++) probabilities[i] /= sum;
  return probabilities;
}

/** log softmax(x)ᵢ = xᵢ − logSumExp(x): finite where log(softmax(x)) would be log 0 = −Infinity. */
export function logSoftmax(logits: ArrayLike<number>): Float64Array {
  const normaliser = logSumExp(logits);
  return Float64Array.from(logits, (value) => value - normaliser);
}
