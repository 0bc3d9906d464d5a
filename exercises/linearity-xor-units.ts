// Exercise linearity-xor-units (notebook 01-linearity; derive · ★★★ · about 15 min).
// Check: `npm run check -- linearity-xor-units`. This header is generated from the bank; edit the code.
// A network with one hidden layer of k ReLU units computes ŷ = Σⱼ cⱼ·ReLU(wⱼ·x + bⱼ) + d for x ∈
// ℝ². It must output XOR exactly on the four corners: (0, 0) ↦ 0, (1, 0) ↦ 1, (0, 1) ↦ 1, (1, 1) ↦
// 0. What is the smallest k that can? Prove that fewer cannot. Hint: for one unit, write zᵢ = w·xᵢ
// + b at the corners and use z₀₀ + z₁₁ = z₁₀ + z₀₁.
import { check } from "actlab";

function xorUnits(): number {
  // BEGIN SOLUTION
  // One unit: ŷ(0,0) = ŷ(1,1) and ŷ(1,0) = ŷ(0,1) force ReLU(z₀₀) = ReLU(z₁₁) and
  // ReLU(z₁₀) = ReLU(z₀₁); with z₀₀ + z₁₁ = z₁₀ + z₀₁ all four ReLU values come out equal.
  // Two units: ReLU(x₁ + x₂) − 2·ReLU(x₁ + x₂ − 1) gives 0, 1, 1, 0.
  return 2;
  // END SOLUTION
}

check("linearity-xor-units", xorUnits);
