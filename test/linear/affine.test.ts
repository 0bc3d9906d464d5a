import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "../../src/numerics/random";
import { applyAffine, composeAffine, randomAffine } from "../../src/linear/affine";
import { fromRows, matrix } from "../../src/linear/matrix";

describe("composeAffine: a stack of affine layers is one affine layer", () => {
  it("W′x + b′ equals applying random seeded layers one by one, for any widths and depth", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 6 }),
        (seed, widths) => {
          const rng = createRng(seed);
          const layers = widths.slice(1).map((outputs, i) => randomAffine(rng, widths[i], outputs));
          const x = rng.normals(widths[0]);
          const oneByOne = layers.reduce((h, layer) => applyAffine(layer, h), x);
          const combined = applyAffine(composeAffine(layers), x);
          const scale = Math.max(1, ...oneByOne.map(Math.abs));
          oneByOne.forEach((value, i) => expect(Math.abs(combined[i] - value)).toBeLessThan(1e-12 * scale));
        },
      ),
    );
  });

  it("matches the hand formula W′ = W₂W₁, b′ = W₂b₁ + b₂ on a small example", () => {
    const first = { weights: fromRows([[1, 2], [0, 1]]), bias: Float64Array.of(1, -1) }; // prettier-ignore
    const second = { weights: fromRows([[2, 0], [1, 1]]), bias: Float64Array.of(0, 3) }; // prettier-ignore
    const { weights, bias } = composeAffine([first, second]);
    expect(Array.from(weights.data)).toEqual([2, 4, 1, 3]);
    expect(Array.from(bias)).toEqual([2, 3]);
  });

  it("names the layers whose sizes do not chain, and a bias of the wrong length", () => {
    const rng = createRng(1);
    expect(() => composeAffine([randomAffine(rng, 2, 3), randomAffine(rng, 4, 1)])).toThrow(
      /layer 1 takes 4 inputs but layer 0 gives 3 outputs/,
    );
    expect(() => applyAffine({ weights: matrix(2, 2), bias: new Float64Array(3) }, [1, 1])).toThrow(
      /bias has length 3, expected 2/,
    );
    expect(() => composeAffine([])).toThrow(/at least one layer/);
  });
});
