// Exercise gradients-jacobian-shape (notebook 08-gradients-depth; predict · ★☆☆ · about 3 min).
// Check: `npm run check -- gradients-jacobian-shape`. This header is generated from the bank; edit the code.
// A network has sizes [2, 16, 16, 1]: layer Jacobians J₁ (16×2), J₂ (16×16), J₃ (1×16), rows =
// outputs. What is the shape of ∂output/∂input = J₃J₂J₁? Answer with the letter.
//   A: 1×2
//   B: 2×1
//   C: 16×16
//   D: 1×16
import { check } from "actlab";

function jacobianShape(): string {
  // BEGIN SOLUTION
  return "A"; // a product keeps the rows of its first factor and the columns of its last
  // END SOLUTION
}

check("gradients-jacobian-shape", jacobianShape);
