// Exercise gradients-jacobian-shape (notebook 08-gradients-depth; predict · ★☆☆ · about 3 min).
// Check: `npm run check -- gradients-jacobian-shape`. This header is generated from the bank; edit the code.
// A classifier maps 784 pixels through hidden layers of 256 and 64 units to 10 logits; in the core
// its first weight matrix W₁ is 784×256 (rows = inputs). Write each layer's Jacobian with rows =
// outputs, as above. What are the shapes of J₁ and of ∂(logits)/∂(pixels) = J₃J₂J₁? Answer with
// the letter.
//   A: J₁ is 256×784; the product is 10×784
//   B: J₁ is 784×256; the product is 784×10
//   C: J₁ is 256×784; the product is 10×10
//   D: J₁ is 784×256; the product is 10×784
import { check } from "actlab";

function jacobianShape(): string {
  // BEGIN SOLUTION
  return "A"; // a product keeps the rows of its first factor and the columns of its last
  // END SOLUTION
}

check("gradients-jacobian-shape", jacobianShape);
