// Exercise init-he-variance (notebook 07-init-variance). Check it with `npm run check -- init-he-variance`.
// A ReLU layer has fanIn inputs and fanOut outputs. Return the weight variance Var(W) of He
// initialisation in PyTorch's default mode (fan_in).
import { check } from "actlab";

export function heVariance(fanIn: number, fanOut: number): number {
  // BEGIN SOLUTION
  void fanOut; // fan_in mode preserves the forward pass, so fan_out does not enter
  return 2 / fanIn; // ReLU halves the second moment; the 2 restores it
  // END SOLUTION
}

check("init-he-variance", heVariance);
