import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activation, log1pExp, logSigmoid, sigmoid } from "../../src/index";

describe("overflow-free logistic numerics", () => {
  it("sigmoid, softplus and logsigmoid are finite and accurate at |x| = 1000", () => {
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(log1pExp(1000)).toBe(1000);
    expect(log1pExp(-1000)).toBe(0);
    expect(logSigmoid(-1000)).toBe(-1000);
    expect(activation("softplus").f(-1000)).toBe(0);
  });

  it("sigmoid keeps relative precision for very negative x, where it is e^x", () => {
    expect(sigmoid(-700) / Math.exp(-700)).toBeCloseTo(1, 14);
  });

  it("the derivatives of sigmoid and tanh keep relative precision in the tails instead of cancelling to 0", () => {
    // σ'(x) = e^(−x)/(1 + e^(−x))² and tanh'(x) = 4/(e^x + e^(−x))², evaluated directly where they cannot overflow
    for (const x of [20, 40, 200]) {
      expect(activation("sigmoid").df(x) / (Math.exp(-x) / (1 + Math.exp(-x)) ** 2)).toBeCloseTo(1, 12);
      expect(activation("tanh").df(x) / (4 / (Math.exp(x) + Math.exp(-x)) ** 2)).toBeCloseTo(1, 12);
    }
  });

  it("σ(−x) = 1 − σ(x) and log σ(x) = log(σ(x)) where the latter is representable", () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(sigmoid(-x)).toBeCloseTo(1 - sigmoid(x), 14);
        expect(logSigmoid(x)).toBeCloseTo(Math.log(sigmoid(x)), 12);
      }),
    );
  });
});
