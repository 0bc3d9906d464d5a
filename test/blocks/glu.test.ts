import { describe, expect, it } from "vitest";
import { gluBackward, gluForward, gluVariant, randomGluParams, type GluParams } from "../../src/blocks/glu";
import { gluVariants } from "../../src/blocks/gluVariants";
import { matrix } from "../../src/linear/matrix";
import { createRng } from "../../src/numerics/random";
import { checkBlockGradients } from "./checkBlockGradients";

function setUp(seed: number) {
  const rng = createRng(seed);
  const base = randomGluParams(rng, 3, 4, 2);
  const params: GluParams = { ...base, b: rng.normals(4, 0, 0.5), c: rng.normals(4, 0, 0.5) };
  return { params, input: matrix(5, 3, rng.normals(15)), gradOutput: matrix(5, 2, rng.normals(10)) };
}

describe("GLU feed-forward blocks (Shazeer 2020)", () => {
  it("registers GLU, Bilinear, ReGLU, GEGLU and SwiGLU with the paper's gate activations", () => {
    const gates = Object.fromEntries(gluVariants.map((variant) => [variant.name, variant.activation]));
    expect(gates).toEqual({ glu: "sigmoid", bilinear: "identity", reglu: "relu", geglu: "gelu", swiglu: "silu" });
  });

  it("puts the activation on xW + b, the value branch xV + c stays linear: a hand-checked 1-d example", () => {
    // x = 2, W = 1, b = −3 (gate pre-activation −1), V = 1, c = 0 (value 2), W₂ = 1.
    const params = {
      w: matrix(1, 1, [1]),
      b: Float64Array.of(-3),
      v: matrix(1, 1, [1]),
      c: Float64Array.of(0),
      w2: matrix(1, 1, [1]),
    };
    const x = matrix(1, 1, [2]);
    expect(gluForward("reglu", params, x).data[0]).toBe(0); // relu(−1)·2
    expect(gluForward("bilinear", params, x).data[0]).toBe(-2); // −1·2
    expect(gluForward("glu", params, x).data[0]).toBeCloseTo(2 / (1 + Math.E), 15); // σ(−1)·2
  });

  for (const { name } of gluVariants) {
    it(`${name}: backward matches numeric gradients for x, W, b, V, c and W₂`, () => {
      const { params, input, gradOutput } = setUp(11);
      const analytic = gluBackward(name, params, input, gradOutput);
      const reports = checkBlockGradients((p, x) => gluForward(name, p, x), params, input, gradOutput, analytic);
      expect(Object.keys(reports).sort()).toEqual(["b", "c", "v", "w", "w2", "x"]);
      for (const [key, report] of Object.entries(reports)) {
        expect(report.passed, `∂L/∂${key}: worst relative error ${report.worstRelativeError}`).toBe(true);
      }
    });
  }

  it("suggests the closest variant for a typo, and names mismatched shapes", () => {
    expect(() => gluVariant("swigul")).toThrow(/did you mean 'swiglu'\?/);
    const { params } = setUp(2);
    expect(() => gluForward("glu", { ...params, c: new Float64Array(3) }, matrix(1, 3))).toThrow(
      /c has length 3 but v has 4 columns/,
    );
  });
});
