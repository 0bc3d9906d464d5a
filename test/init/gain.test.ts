import { describe, expect, it } from "vitest";
import { activation, calculateGain, createRng, gainEntry, gainTable } from "../../src/index";

describe("calculateGain", () => {
  // torch.nn.init.calculate_gain's documented table (PyTorch docs, "torch.nn.init").
  it("matches PyTorch's table", () => {
    for (const name of ["linear", "identity", "conv1d", "conv2d", "conv3d", "conv_transpose2d", "sigmoid"]) {
      expect(calculateGain(name)).toBe(1);
    }
    expect(calculateGain("tanh")).toBe(5 / 3);
    expect(calculateGain("relu")).toBe(Math.sqrt(2));
    expect(calculateGain("selu")).toBe(3 / 4);
    expect(calculateGain("leaky_relu")).toBeCloseTo(Math.sqrt(2 / (1 + 0.01 ** 2)), 15);
    expect(calculateGain("leaky_relu", 0.2)).toBeCloseTo(Math.sqrt(2 / 1.04), 15);
    expect(calculateGain("leaky_relu", 0)).toBe(Math.sqrt(2));
  });

  it("says which gains are derived and which are conventions", () => {
    expect(gainEntry("relu").origin).toBe("derived");
    expect(gainEntry("leaky_relu").origin).toBe("derived");
    expect(gainEntry("linear").origin).toBe("derived");
    expect(gainEntry("tanh").origin).toBe("convention");
    expect(gainEntry("sigmoid").origin).toBe("convention");
    expect(gainEntry("selu").origin).toBe("convention");
    for (const entry of gainTable) expect(entry.reason.length).toBeGreaterThan(20);
  });

  it("names the valid nonlinearities when given an unknown one", () => {
    expect(() => calculateGain("tahn")).toThrow(/unknown nonlinearity for calculateGain 'tahn'; did you mean 'tanh'\?/);
    expect(() => calculateGain("leaky_relu", NaN)).toThrow(/finite number/);
  });

  // A derived gain g makes g²·E[f(z)²] = E[z²] = 1 for z ~ N(0, 1): checked by sampling.
  it("derived gains preserve the second moment of N(0, 1) inputs (Monte-Carlo)", () => {
    const z = createRng(7).normals(200_000);
    const cases: [string, Record<string, number>, number][] = [
      ["relu", {}, calculateGain("relu")],
      ["leaky_relu", { negative_slope: 0.01 }, calculateGain("leaky_relu")],
      ["leaky_relu", { negative_slope: 0.3 }, calculateGain("leaky_relu", 0.3)],
      ["identity", {}, calculateGain("linear")],
    ];
    for (const [name, params, gain] of cases) {
      const outputs = activation(name, params).forward(z);
      const secondMoment = outputs.reduce((sum, value) => sum + value * value, 0) / outputs.length;
      // E[f(z)²] has relative standard error about √(Var(f²)/n)/E[f²] < 0.01 here.
      expect(Math.abs(gain ** 2 * secondMoment - 1)).toBeLessThan(0.03);
    }
  });
});
