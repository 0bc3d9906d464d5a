// Exercise init-tanh-depth-predict (notebook 07-init-variance; predict · ★★☆ · about 5 min).
// Check: `npm run check -- init-tanh-depth-predict`. This header is generated from the bank; edit the code.
// A 50-layer tanh network (width 32, zero biases, inputs N(0, 1)) is initialised four ways. Before
// running the grid, predict: at layer 50, which init gives activations whose standard deviation is
// nearest 1? Then look at the saturated fraction as well, and decide whether "nearest 1" is what
// you wanted.
//   A: 𝒩(0, 1) weights
//   B: 0.01·𝒩(0, 1) weights
//   C: Xavier (Var(w) = 1/n for a square layer)
//   D: PyTorch's tanh gain 5/3 (Var(w) = (5/3)²/n)
import { check } from "actlab";

function nearestOne(): string {
  // BEGIN SOLUTION
  return "A"; // std ≈ 0.92 at layer 50 with 𝒩(0, 1) weights, because most units sit at tanh's ±1
  // END SOLUTION
}

check("init-tanh-depth-predict", nearestOne);
