import type { Exercise } from "../types";

export const jacobianShape: Exercise = {
  id: "gradients-jacobian-shape",
  kind: "choice",
  notebook: "08-gradients-depth",
  title: "The shape of a network's Jacobian",
  statement:
    "A classifier maps 784 pixels through hidden layers of 256 and 64 units to 10 logits; in the core its first weight matrix W₁ is 784×256 (rows = inputs). Write each layer's Jacobian with rows = outputs, as above. What are the shapes of J₁ and of ∂(logits)/∂(pixels) = J₃J₂J₁? Answer with the letter.",
  thinking: "predict",
  difficulty: 1,
  minutes: 3,
  points: 1,
  starter: 'const jacobianShape = (): string => "…"',
  options: {
    A: "J₁ is 256×784; the product is 10×784",
    B: "J₁ is 784×256; the product is 784×10",
    C: "J₁ is 256×784; the product is 10×10",
    D: "J₁ is 784×256; the product is 10×784",
  },
  // BEGIN SOLUTION
  reference: "A", // J₁ = diag(f′)W₁ᵀ; a product keeps the rows of its first factor and the columns of its last
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "transposed throughout",
      answer: "B",
      hint: "rows are outputs: J₁ has one row per hidden unit (256) and one column per pixel (784), and the product one row per logit: 10×784. 784×10 is its transpose",
    },
    {
      name: "a square product",
      answer: "C",
      hint: "(10×64)(64×256)(256×784) keeps the rows of the first factor and the columns of the last: 10×784, not 10×10",
    },
    {
      name: "J₁ copied from the weight matrix",
      answer: "D",
      hint: "W₁ is stored inputs × outputs (784×256), but ∂z₁/∂x = W₁ᵀ: the Jacobian is 256×784",
    },
  ],
};
