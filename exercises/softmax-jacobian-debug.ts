// header
import { check } from "actlab";

function fixedJacobian(logits: number[]): number[][] {
  // BEGIN SOLUTION
  const largest = Math.max(...logits); // fault 1: e^1000 is Infinity, and ∞/∞ is NaN
  const e = logits.map((x) => Math.exp(x - largest)); // a shift changes neither y nor J
  const S = e.reduce((sum, ei) => sum + ei, 0);
  // fault 2: the quotient rule is (f′g − fg′)/g², so the eᵢeⱼ term is subtracted
  return e.map((ei, i) => e.map((ej, j) => ((i === j ? ei : 0) * S - ei * ej) / (S * S)));
  // END SOLUTION
}

check("softmax-jacobian-debug", fixedJacobian);
