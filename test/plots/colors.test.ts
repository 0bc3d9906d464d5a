import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { activationNames } from "../../src/activations/activation";
import { activationColor, coloredActivationNames, seriesColors } from "../../src/plots/colors";

describe("activation colours", () => {
  it("every registered activation has its own assigned colour", () => {
    expect(coloredActivationNames().sort()).toEqual(activationNames().sort());
    const colors = activationNames().map(activationColor);
    expect(new Set(colors).size).toBe(colors.length);
    for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("a name without an assigned colour always gets the same series colour", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        fc.pre(!coloredActivationNames().includes(name));
        expect(seriesColors).toContain(activationColor(name));
        expect(activationColor(name)).toBe(activationColor(name));
      }),
    );
  });
});
