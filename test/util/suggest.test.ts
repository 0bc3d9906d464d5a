import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestName, editDistance, unknownNameMessage } from "../../src/util/suggest";

describe("editDistance (optimal string alignment)", () => {
  it("counts insertions, deletions, substitutions and one adjacent swap as 1 each", () => {
    expect(editDistance("gleu", "gelu")).toBe(1); // swap
    expect(editDistance("rleu", "relu")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3); // the textbook Levenshtein example
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("mish", "mish")).toBe(0);
  });

  it("is symmetric and at most the longer length", () => {
    const word = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(editDistance(a, b)).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });
});

describe("closestName", () => {
  const known = ["relu", "gelu", "selu", "sigmoid"];

  it("suggests a name at most a third of its letters off, ignoring case", () => {
    expect(closestName("sigmod", known)).toBe("sigmoid");
    expect(closestName("GELU", known)).toBe("gelu");
    expect(closestName("softmax", known)).toBeUndefined();
  });
});

describe("unknownNameMessage", () => {
  it("names the kind, the suggestion if any, and the full list", () => {
    expect(unknownNameMessage("loss", "mes", ["mse", "bce"])).toBe(
      "unknown loss 'mes'; did you mean 'mse'? known: mse, bce",
    );
    expect(unknownNameMessage("loss", "hinge", ["mse"], "valid")).toBe("unknown loss 'hinge'; valid: mse");
  });
});
