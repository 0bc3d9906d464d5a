import type { Exercise } from "../types";

export const adaptiveActivationChoice: Exercise = {
  id: "adaptive-activation-choice",
  kind: "choice",
  notebook: "04-smooth-gates",
  title: "The notes' adaptive activation at its first step",
  statement: [
    "Seed note 003 (lines 680–688) gives a learnable activation, 可学习参数的激活函数 (an activation with learnable parameters):",
    "",
    "```python",
    "class AdaptiveActivation(nn.Module):",
    "    def __init__(self):",
    "        super().__init__()",
    "        self.alpha = nn.Parameter(torch.tensor(1.0))",
    "        self.beta = nn.Parameter(torch.tensor(0.0))",
    "",
    "    def forward(self, x):",
    "        return self.alpha * torch.tanh(self.beta * x)",
    "```",
    "",
    "Put it after the hidden layer of a network y = a·W₂ + b₂, a = α·tanh(β·z), z = x·W₁ + b₁, with random W₁, b₁, W₂, b₂ and a squared-error loss. At this initialisation, which parameters get a non-zero gradient on the first step? Answer with the letter.",
  ].join("\n"),
  thinking: "choose",
  difficulty: 2,
  minutes: 6,
  placeAfter: "**The notes' adaptive activation.**",
  points: 1,
  starter: 'const firstStepChoice = (): string => "…"',
  options: {
    A: "None: the activation outputs 0 everywhere, so every gradient is 0 and the network never trains.",
    B: "Only β and the output bias b₂; α, W₁, b₁ and W₂ get exactly 0.",
    C: "All of them: β = 0 is only a flat gate, like Swish's β → 0, which gives x/2.",
    D: "Only α and β, the activation's own parameters.",
  },
  // BEGIN SOLUTION
  reference: "B", // a = 0, ∂a/∂α = tanh(0) = 0, ∂a/∂z = αβ(…) = 0, but ∂a/∂β = α·z ≠ 0
  // END SOLUTION
  publicCases: [],
  mistakes: [
    {
      name: "zero output means zero gradient",
      answer: "A",
      hint: "a zero output can still have a non-zero slope: ∂a/∂β = α·z·(1 − tanh²(βz)) = α·z at β = 0, and b₂ moves because y − target ≠ 0",
    },
    {
      name: "as harmless as Swish at β = 0",
      answer: "C",
      hint: "Swish at β = 0 is x·σ(0) = x/2, which still passes the signal; α·tanh(0·z) = 0 passes nothing, so ∂a/∂z = αβ(1 − tanh²) = 0 cuts W₁ and b₁ off, and W₂ multiplies a = 0",
    },
    {
      name: "both activation parameters",
      answer: "D",
      hint: "∂a/∂α = tanh(βz) = 0 at β = 0, so α gets no gradient until β has moved; and the output bias b₂ is not behind the activation at all",
    },
  ],
};
