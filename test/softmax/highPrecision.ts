import { all, create } from "mathjs";
import type { BigNumber } from "mathjs";

/**
 * The softmax family by its textbook formulas, without the max shift, in 50-digit decimal arithmetic
 * (mathjs BigNumber): exp(1000) is about 2e434 there, so nothing overflows and the naive formula is
 * exact to far beyond double precision. Shares no code with src/softmax/.
 */
const big = create(all, { number: "BigNumber", precision: 50 });
type Big = BigNumber;

const exps = (logits: ArrayLike<number>): Big[] => Array.from(logits, (x) => big.exp(big.bignumber(x)));
const total = (values: Big[]): Big => values.reduce((sum, v) => big.add(sum, v), big.bignumber(0));

export function naiveSoftmax(logits: ArrayLike<number>): number[] {
  const e = exps(logits);
  const sum = total(e);
  return e.map((v) => Number(big.divide(v, sum)));
}

export function naiveLogSumExp(logits: ArrayLike<number>): number {
  return Number(big.log(total(exps(logits))));
}

export function naiveLogSoftmax(logits: ArrayLike<number>): number[] {
  const logSum = big.log(total(exps(logits))) as Big;
  return Array.from(logits, (x) => Number(big.subtract(big.bignumber(x), logSum)));
}
