// Exercise glu-gate-gradient (notebook 06-glu-ffn; derive · ★★☆ · about 6 min).
// Check: `npm run check -- glu-gate-gradient`. This header is generated from the bank; edit the code.
// One hidden unit of SwiGLU computes h = SiLU(a)·u, with a = (xW)ᵢ the gate pre-activation and u =
// (xV)ᵢ the value. Given a, u and the upstream gradient g = ∂L/∂h, return ∂L/∂a. You may use
// activation("silu") from actlab.
import { activation, check } from "actlab";

function gateGradient(a: number, u: number, g: number): number {
  // BEGIN SOLUTION
  return g * u * activation("silu").df(a); // ∂h/∂a = SiLU′(a)·u
  // END SOLUTION
}

check("glu-gate-gradient", gateGradient);
