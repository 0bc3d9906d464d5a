// Exercise glu-gate-gradient (notebook 06-glu-ffn). Check it with `npm run check -- glu-gate-gradient`.
// One hidden unit of SwiGLU computes h = SiLU(a)·u (a: gate pre-activation, u: value). Given a, u and the
// upstream gradient g = ∂L/∂h, return ∂L/∂a. You may use actlab's `activation("silu")`.
import { activation, check } from "actlab";

export function gateGradient(a: number, u: number, g: number): number {
  // BEGIN SOLUTION
  return g * u * activation("silu").df(a); // ∂h/∂a = SiLU′(a)·u
  // END SOLUTION
}

check("glu-gate-gradient", gateGradient);
