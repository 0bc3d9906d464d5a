// Exercise init-he-variance (notebook 07-init-variance; derive · ★☆☆ · about 4 min).
// Check: `npm run check -- init-he-variance`. This header is generated from the bank; edit the code.
// A ReLU layer has fan_in inputs and fan_out outputs. Return the weight variance Var(W) of He
// initialisation in PyTorch's default mode (fan_in), which keeps the forward signal's second
// moment constant.
import { check } from "actlab";

function heVariance(fanIn: number, fanOut: number): number {
  // BEGIN SOLUTION
  void fanOut; // fan_in mode preserves the forward pass, so fan_out does not enter
  return 2 / fanIn; // ReLU halves the second moment; the 2 restores it
  // END SOLUTION
}

check("init-he-variance", heVariance);
