import { normalCdf, normalPdf } from "../../numerics/normal";
import type { Exercise } from "../types";

// E[ReLU(z)²] for z ~ N(μ, σ²) = (μ² + σ²)Φ(μ/σ) + μσφ(μ/σ), with its parts switchable.
const secondMomentWith =
  (changes: Readonly<Record<string, number | string | boolean>> = {}) =>
  (mu: number, sigma: number): number => {
    const t = mu / sigma;
    const weight = changes.weight === "half" ? 0.5 : normalCdf(t);
    const base = changes.meanSquared === false ? sigma * sigma : mu * mu + sigma * sigma;
    const cross = changes.crossTerm === false ? 0 : mu * sigma * normalPdf(t);
    return base * weight + cross;
  };

export const reluSecondMoment: Exercise = {
  id: "init-relu-second-moment",
  kind: "function",
  notebook: "07-init-variance",
  title: "E[ReLU(z)²] when z is not centred",
  statement:
    "He initialisation rests on E[ReLU(z)²] = σ²/2 for z ~ N(0, σ²). A bias shifts z: derive E[ReLU(z)²] for z ~ N(μ, σ²) as a function of μ and σ > 0, and implement it. `normalCdf` and `normalPdf` (Φ and φ) are imported; `gaussianExpectation` is off limits. *Hint:* write z = μ + σt with t ~ N(0, 1), and use ∫t·φ(t)dt = −φ(t) and ∫t²φ(t)dt = Φ(t) − tφ(t).",
  thinking: "derive",
  difficulty: 3,
  minutes: 20,
  forbids: ["gaussianExpectation"],
  placeAfter: 'check("init-he-variance"',
  points: 3,
  starter: "function reluSecondMoment(mu: number, sigma: number): number",
  // BEGIN SOLUTION
  reference: secondMomentWith(),
  // END SOLUTION
  publicCases: [
    [0, 1],
    [1, 1],
    [-1, 2],
    [0.5, 0.25],
    [3, 0.5],
  ],
  // BEGIN HIDDEN
  hiddenCases: [
    [-2.5, 1.5],
    [0.75, 3],
    [-0.125, 0.5],
  ],
  // END HIDDEN
  tolerance: { absolute: 1e-10, relative: 1e-8 },
  variant: secondMomentWith,
  mistakes: [
    {
      name: "the centred result σ²/2 kept",
      answer: secondMomentWith({ meanSquared: false, weight: "half", crossTerm: false }),
      hint: "σ²/2 holds only for μ = 0: with a shift, the fraction of positive z is Φ(μ/σ), not ½, and μ itself contributes",
    },
    {
      name: "the cross term μσφ(μ/σ) forgotten",
      answer: secondMomentWith({ crossTerm: false }),
      changes: { crossTerm: false },
      hint: "(μ + σt)² = μ² + 2μσt + σ²t²: the middle term, integrated over t > −μ/σ, gives 2μσφ(μ/σ); with the σ²t² term's −tφ part, μσφ(μ/σ) remains",
    },
    {
      name: "weighted by ½ instead of Φ(μ/σ)",
      answer: secondMomentWith({ weight: "half" }),
      changes: { weight: "half" },
      hint: "ReLU keeps z where z > 0, that is t > −μ/σ, which has probability Φ(μ/σ): ½ only when μ = 0",
    },
    {
      name: "μ² left out",
      answer: secondMomentWith({ meanSquared: false }),
      changes: { meanSquared: false },
      hint: "expand (μ + σt)²: the μ² term integrates to μ²Φ(μ/σ)",
    },
  ],
};
