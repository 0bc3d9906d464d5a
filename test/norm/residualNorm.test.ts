import { describe, expect, it } from "vitest";
import { randomFeedForwardParams } from "../../src/blocks/feedForward";
import { matrix } from "../../src/linear/matrix";
import { compareGradients, numericGradient } from "../../src/numerics/gradcheck";
import { createRng } from "../../src/numerics/random";
import {
  residualNormBackward,
  residualNormForward,
  residualNormGradients,
  type NormPlacement,
} from "../../src/norm/residualNorm";

function smallStack(placement: NormPlacement, seed: number) {
  const rng = createRng(seed);
  const blocks = Array.from({ length: 3 }, () => randomFeedForwardParams(rng, 4, 6));
  return {
    stack: { placement, blocks, activation: "tanh" },
    input: matrix(3, 4, rng.normals(12, 0, 2)),
    gradOutput: matrix(3, 4, rng.normals(12)),
  };
}

describe("residual blocks with LayerNorm before (pre-norm) or after (post-norm) the sum", () => {
  for (const placement of ["pre", "post"] as const) {
    it(`${placement}-norm: ∂L/∂input matches central differences of L = Σ G ⊙ stack(x)`, () => {
      const { stack, input, gradOutput } = smallStack(placement, placement === "pre" ? 1 : 2);
      const { cache } = residualNormForward(stack, input);
      const analytic = residualNormBackward(stack, cache, gradOutput).gradWrtBlockInputs[0];
      const loss = (values: Float64Array) =>
        residualNormForward(stack, { ...input, data: values }).output.data.reduce(
          (s, v, i) => s + v * gradOutput.data[i],
          0,
        );
      expect(compareGradients(analytic.data, numericGradient(loss, input.data), 1e-6).passed).toBe(true);
    });
  }

  it("ends in a LayerNorm either way: every output row has mean 0 and variance 1 (up to ε)", () => {
    for (const placement of ["pre", "post"] as const) {
      const { stack, input } = smallStack(placement, 5);
      const { output } = residualNormForward(stack, input);
      for (let r = 0; r < output.rows; r++) {
        const row = Array.from(output.data.subarray(r * 4, r * 4 + 4));
        const mean = row.reduce((a, b) => a + b, 0) / 4;
        expect(Math.abs(mean)).toBeLessThan(1e-12);
        expect(row.reduce((a, b) => a + (b - mean) ** 2, 0) / 4).toBeCloseTo(1, 4);
      }
    }
  });

  it("reports one gradient per block, and rejects an unknown placement", () => {
    expect(residualNormGradients({ placement: "pre", depth: 5, width: 8 }).map((b) => b.block)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    const { stack, input } = smallStack("pre", 1);
    expect(() => residualNormForward({ ...stack, placement: "sandwich" as NormPlacement }, input)).toThrow(
      'placement must be "pre" or "post"',
    );
  });
});
