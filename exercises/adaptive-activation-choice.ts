// Exercise adaptive-activation-choice (notebook 04-smooth-gates; choose · ★★☆ · about 6 min).
// Check: `npm run check -- adaptive-activation-choice`. This header is generated from the bank; edit the code.
// Seed note 003 (lines 680–688) gives a learnable activation, 可学习参数的激活函数 (an activation with
// learnable parameters):
// python class AdaptiveActivation(nn.Module): def __init__(self): super().__init__() self.alpha =
// nn.Parameter(torch.tensor(1.0)) self.beta = nn.Parameter(torch.tensor(0.0))
// def forward(self, x): return self.alpha torch.tanh(self.beta x)
// Put it after the hidden layer of a network y = a·W₂ + b₂, a = α·tanh(β·z), z = x·W₁ + b₁, with
// random W₁, b₁, W₂, b₂ and a squared-error loss. At this initialisation, which parameters get a
// non-zero gradient on the first step? Answer with the letter.
//   A: None: the activation outputs 0 everywhere, so every gradient is 0 and the network never
//      trains.
//   B: Only β and the output bias b₂; α, W₁, b₁ and W₂ get exactly 0.
//   C: All of them: β = 0 is only a flat gate, like Swish's β → 0, which gives x/2.
//   D: Only α and β, the activation's own parameters.
import { check } from "actlab";

function firstStepChoice(): string {
  // BEGIN SOLUTION
  return "B"; // at β = 0: a = 0, ∂a/∂α = 0, ∂a/∂z = 0, but ∂a/∂β = α·z
  // END SOLUTION
}

check("adaptive-activation-choice", firstStepChoice);
