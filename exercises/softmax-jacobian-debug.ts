// Exercise softmax-jacobian-debug (notebook 05-softmax; debug · ★★☆ · about 8 min).
// Check: `npm run check -- softmax-jacobian-debug`. This header is generated from the bank; edit the code.
// A colleague wrote the Jacobian straight from the quotient rule, ∂(eᵢ/S)/∂xⱼ with S = Σₖ eₖ:
// ts function brokenJacobian(logits: number[]): number[][] { const e = logits.map((x) =>
// Math.exp(x)); const S = e.reduce((sum, ei) => sum + ei, 0); return e.map((ei, i) => e.map((ej,
// j) => ((i === j ? ei : 0) S + ei ej) / (S S))); }
// At x = [1, 2, 3] its rows sum to [0.18, 0.49, 1.33], and at x = [1000, 1000.5, 999] every entry
// is NaN. Find every fault and return a fixed version, keeping the quotient-rule form or not,
// correct for logits as large as 1000. The core's softmaxJacobian is off limits.
import { check } from "actlab";

function fixedJacobian(logits: number[]): number[][] {
  // BEGIN SOLUTION
  const largest = Math.max(...logits); // fault 1: Math.exp(1000) is Infinity, and ∞/∞ is NaN
  const shifted = logits.map((x) => Math.exp(x - largest)); // a shift changes neither y nor J
  const total = shifted.reduce((sum, e) => sum + e, 0);
  // fault 2: the quotient rule is (f′g − fg′)/g², so the eᵢeⱼ term is subtracted
  return shifted.map((ei, i) =>
    shifted.map((ej, j) => ((i === j ? ei : 0) * total - ei * ej) / (total * total)),
  );
  // END SOLUTION
}

check("softmax-jacobian-debug", fixedJacobian);
