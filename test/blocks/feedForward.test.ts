import { describe, expect, it } from "vitest";
import {
  feedForward,
  feedForwardBackward,
  randomFeedForwardParams,
  type FeedForwardParams,
} from "../../src/blocks/feedForward";
import { matrix } from "../../src/linear/matrix";
import { createRng } from "../../src/numerics/random";
import { checkBlockGradients } from "./checkBlockGradients";

function setUp(seed: number) {
  const rng = createRng(seed);
  const base = randomFeedForwardParams(rng, 3, 5);
  // Non-zero biases so their gradients and the activation's kinks are exercised away from 0.
  const params: FeedForwardParams = { ...base, b1: rng.normals(5, 0, 0.5), b2: rng.normals(3, 0, 0.5) };
  return { params, input: matrix(4, 3, rng.normals(12)), gradOutput: matrix(4, 3, rng.normals(12)) };
}

describe("Transformer FFN block", () => {
  it("computes act(xW₁ + b₁)W₂ + b₂: with identity it is the affine map x(W₁W₂) + b₁W₂ + b₂ at a hand-checked point", () => {
    const params = {
      w1: matrix(1, 2, [1, -1]),
      b1: Float64Array.of(0.5, 0.5),
      w2: matrix(2, 1, [2, 3]),
      b2: Float64Array.of(1),
    };
    // relu([2 + 0.5, −2 + 0.5]) = [2.5, 0]; 2.5·2 + 0·3 + 1 = 6
    expect(feedForward(params, matrix(1, 1, [2]), "relu").data[0]).toBe(6);
  });

  for (const name of ["relu", "gelu", "tanh", "silu"]) {
    it(`backward matches numeric gradients for x, W₁, b₁, W₂, b₂ (${name})`, () => {
      const { params, input, gradOutput } = setUp(7);
      const analytic = feedForwardBackward(params, input, gradOutput, name);
      const reports = checkBlockGradients((p, x) => feedForward(p, x, name), params, input, gradOutput, analytic);
      expect(Object.keys(reports).sort()).toEqual(["b1", "b2", "w1", "w2", "x"]);
      for (const [key, report] of Object.entries(reports)) {
        expect(report.passed, `∂L/∂${key}: worst relative error ${report.worstRelativeError}`).toBe(true);
      }
    });
  }

  it("says which shapes disagree", () => {
    const { params } = setUp(1);
    expect(() => feedForward(params, matrix(2, 4))).toThrow(/input has 4 columns but w1 has 3 rows/);
  });
});
