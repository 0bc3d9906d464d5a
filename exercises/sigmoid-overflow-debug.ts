// Exercise sigmoid-overflow-debug (notebook 02-sigmoid-tanh; debug · ★★☆ · about 8 min).
// Check: `npm run check -- sigmoid-overflow-debug`. This header is generated from the bank; edit the code.
// A colleague computes the binary cross-entropy of a logit z and a label y ∈ {0, 1} as
// ts const bceBroken = (z: number, y: number) => -(y Math.log(sigmoid(z)) + (1 - y) Math.log(1 -
// sigmoid(z)));
// with the core's stable sigmoid. It returns Infinity for z = 40, y = 0, where the true loss is
// about 40, and NaN for z = −800, y = 0, where it is about 0. Find both causes and return a fixed
// version, finite and correct for every z from −1000 to 1000 and y = 0 or 1, without the core's
// logSigmoid, log1pExp or losses. Hint: 1 − σ(z) = σ(−z).
import { check } from "actlab";

function bceFixed(z: number, y: number): number {
  // BEGIN SOLUTION
  // −log σ(t) = log(1 + e^(−t)) = max(−t, 0) + log1p(e^(−|t|)): exp never sees a positive number,
  // and no σ is formed, so nothing rounds to 0 before a log. 1 − σ(z) = σ(−z) gives the y = 0 term.
  const minusLogSigmoid = (t: number) => Math.max(-t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
  return y * minusLogSigmoid(z) + (1 - y) * minusLogSigmoid(-z);
  // END SOLUTION
}

check("sigmoid-overflow-debug", bceFixed);
